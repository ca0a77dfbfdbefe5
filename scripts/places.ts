/**
 * The places the reader finds, per corpus: every distinct place name of every sentence (findPlaces),
 * with how often it is found, and the places that claims keep. For checking by eye that people and
 * bodies are not read as places:
 *
 *   node --import tsx scripts/places.ts [DIR...]     (default: seeds ../shared/corpus/dev ../shared/corpus/dev2)
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { extractClaims, forgetReadings } from "../src/claims/extract.ts"
import { findPlaces } from "../src/claims/place.ts"
import { segment } from "../src/claims/segment.ts"
import type { Document, DocumentId } from "../src/domain/Document.ts"
import { splitFrontMatter } from "../src/ingest/frontMatter.ts"

const dirs =
  process.argv.length > 2 ? process.argv.slice(2) : ["seeds", "../shared/corpus/dev", "../shared/corpus/dev2"]
for (const dir of dirs) {
  const found = new Map<string, number>()
  const kept = new Set<string>()
  for (const f of readdirSync(dir).sort()) {
    const path = join(dir, f)
    if (!statSync(path).isFile() || !/\.(txt|md)$/.test(f)) continue
    const raw = readFileSync(path, "utf8")
    const fm = splitFrontMatter(raw)
    const text = fm._tag === "Fields" || fm._tag === "Invalid" ? fm.body : raw
    for (const s of segment(text))
      for (const span of findPlaces(s.text))
        for (const p of span.places) found.set(p.name, (found.get(p.name) ?? 0) + 1)
    forgetReadings()
    const doc: Document = {
      id: f as DocumentId,
      path,
      outlet: null,
      published: null,
      story: null,
      title: null,
      url: null,
      text,
      firstLine: 1,
    }
    for (const c of extractClaims(doc)) for (const p of c.places) kept.add(p.name)
  }
  const names = [...found.keys()].sort()
  console.log(`${dir}: ${names.length} places found, ${kept.size} kept by claims`)
  console.log(
    `  found: ${names.map((n) => `${n}${found.get(n)! > 1 ? ` ×${found.get(n)}` : ""}`).join("; ")}`,
  )
  console.log(`  kept: ${[...kept].sort().join("; ")}`)
}
