/**
 * The library API (src/index.ts, the package's main export): what the command does, as functions;
 * its JSON report decodes with the Report Schema.
 */
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  Claim,
  extractClaims,
  Report,
  readDocuments,
  reconcile,
  reconcileFiles,
  reconcileTexts,
  render,
  renderJson,
  renderMarkdown,
} from "../src/index.ts"

const ROOT = join(import.meta.dirname, "..")
const SEED = join(ROOT, "seeds", "000_9c715886b8356fcd.txt")

describe("the library", () => {
  it("reconcileFiles gives the report the command prints, in both formats", async () => {
    const report = await reconcileFiles(["seeds"])
    expect(report.documents).toHaveLength(5)
    expect(render(report)).toBe(readFileSync(join(ROOT, "reports", "seeds.md"), "utf8"))
    expect(render(report, "md")).toBe(renderMarkdown(report))
    expect(render(report, "json")).toBe(renderJson(report))
    const cli = execFileSync(
      process.execPath,
      [join(ROOT, "bin", "reconcile.js"), "--format", "json", "seeds"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    )
    expect(render(report, "json")).toBe(cli)
  })

  it("the JSON report decodes with the Report Schema (and a broken one does not)", async () => {
    const report = await reconcileFiles(["seeds", "tests/corpus/dev"])
    const json = JSON.parse(renderJson(report)) as unknown
    const decoded = Schema.decodeUnknownSync(Report)(json)
    expect(decoded.claims).toHaveLength(report.claims.length)
    expect(decoded.groups.map((g) => g.verdict)).toEqual(report.groups.map((g) => g.verdict))
    for (const c of decoded.claims) expect(Schema.is(Claim)(c)).toBe(true)
    const broken = { ...(json as Record<string, unknown>), groups: [{ id: "g1", verdict: "maybe" }] }
    expect(Schema.decodeUnknownEither(Report)(broken)._tag).toBe("Left")
  })

  it("reconcileTexts reads texts in memory, with front matter, as files are read", async () => {
    const text = readFileSync(SEED, "utf8")
    const report = await reconcileTexts([
      { name: "sky.md", content: `---\noutlet: Sky News\npublished: 2025-02-05\n---\n${text}` },
      "Officials said 14 people were killed in Odesa overnight.",
    ])
    expect(report.documents.map((d) => [d.id, d.outlet, d.published])).toEqual([
      ["sky", "Sky News", "2025-02-05"],
      ["text-2", null, null],
    ])
    const fromFile = await reconcileFiles(["seeds"])
    const seedClaims = fromFile.claims.filter((c) => c.document === "000_9c715886b8356fcd").map((c) => c.text)
    expect(report.claims.filter((c) => c.document === "sky").map((c) => c.text)).toEqual(seedClaims)
  })

  it("readDocuments names what it cannot read; extractClaims and reconcile work on what it read", async () => {
    const inputs = await readDocuments({
      paths: ["no-such-file.md", SEED],
      texts: [{ name: "empty.txt", content: "" }],
    })
    expect(inputs.skipped).toEqual([
      { path: "empty.txt", reason: "empty file" },
      { path: "no-such-file.md", reason: "no such file or directory" },
    ])
    expect(inputs.documents).toHaveLength(1)
    const claims = extractClaims(inputs.documents[0]!)
    expect(claims.length).toBeGreaterThan(5)
    const report = reconcile(inputs)
    expect(report.claims.map((c) => c.text)).toEqual(claims.map((c) => c.text))
    expect(report.skipped).toHaveLength(2)
    expect(reconcile(inputs.documents).skipped).toEqual([])
  })
})
