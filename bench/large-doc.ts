/**
 * One large document: the whole pipeline (extraction, grouping and judging, rendering) on a single
 * article of 1, 2 and 4 MB, in process, main thread, of two kinds: "articles", generated articles'
 * texts one after another (one outlet, one day, no story); "figures", a line per figure ("Officials
 * said 1234 people were killed in Kharkiv on Monday."), each a figure of its own, which one article
 * never contradicts itself with: the most claims and groups a megabyte can hold. Time should grow
 * linearly with the size: grouping compares a claim with at most 400 groups of its block, never
 * with every earlier claim of its document.
 *
 *   node --import tsx bench/large-doc.ts [--sizes 1,2,4] [--seed 1] [--kind articles|figures]
 *
 * Prints one row per size (MB, claims, seconds per stage) and the ratio of each size's time to
 * the previous one's, against the ratio of the sizes.
 */
import { Buffer } from "node:buffer"
import type { Document, DocumentId } from "../src/domain/Document.ts"
import { reconcileInputs, type StageTimes } from "../src/pipeline.ts"
import { renderReport } from "../src/report/bytes.ts"
import { generateDocuments } from "./generate.ts"

export type LargeKind = "articles" | "figures"

const PLACES = ["Kharkiv", "Odesa", "Kyiv", "Dnipro", "Lviv", "Sumy", "Belgorod", "Kursk"]
const ACTIONS = ["were killed", "were injured", "were evacuated"]

/** One document of about `mb` MB of text (UTF-8), reproducible from `seed`. */
export function largeDocument(mb: number, seed = 1, kind: LargeKind = "articles"): Document {
  const parts: string[] = []
  let bytes = 0
  if (kind === "figures")
    for (let i = 0; bytes < mb * 2 ** 20; i++) {
      const line = `Officials said ${i + seed} people ${ACTIONS[i % 3]} in ${PLACES[i % 8]} on Monday.`
      parts.push(line)
      bytes += line.length + 2
    }
  else
    for (const d of generateDocuments({ n: 1_000_000, seed, withStory: false })) {
      parts.push(d.text)
      bytes += Buffer.byteLength(d.text) + 2
      if (bytes >= mb * 2 ** 20) break
    }
  return {
    id: "large" as DocumentId,
    path: "large.txt",
    outlet: "Wire",
    published: "2025-10-01",
    story: null,
    url: null,
    title: null,
    text: parts.join("\n\n"),
    firstLine: 1,
  }
}

export interface LargeRow {
  readonly kind: LargeKind
  readonly mb: number
  readonly claims: number
  readonly extract: number
  readonly group: number
  readonly render: number
  readonly total: number
}

/** Runs the pipeline once on one document of `mb` MB; times in seconds. */
export function runLarge(mb: number, seed = 1, kind: LargeKind = "articles"): LargeRow {
  const doc = largeDocument(mb, seed, kind)
  const times: StageTimes = { extract: 0, group: 0 }
  const t0 = performance.now()
  const report = reconcileInputs({ documents: [doc], skipped: [], warnings: [] }, times)
  const t1 = performance.now()
  renderReport(report, "md", () => {})
  const t2 = performance.now()
  return {
    kind,
    mb,
    claims: report.claims.length,
    extract: times.extract / 1000,
    group: times.group / 1000,
    render: (t2 - t1) / 1000,
    total: (t2 - t0) / 1000,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name)
    return i === -1 ? undefined : process.argv[i + 1]
  }
  const sizes = (arg("--sizes") ?? "1,2,4").split(",").map(Number)
  const seed = Number(arg("--seed") ?? 1)
  const kinds: LargeKind[] =
    arg("--kind") === undefined ? ["articles", "figures"] : [arg("--kind") as LargeKind]
  runLarge(0.25, seed, "articles") // warm-up
  runLarge(0.25, seed, "figures")
  console.log("kind      MB  claims  extract s  group s  render s  total s  x time  x size")
  for (const kind of kinds) {
    let previous: LargeRow | null = null
    for (const mb of sizes) {
      const row = runLarge(mb, seed, kind)
      const ratio = previous ? (row.total / previous.total).toFixed(2) : "-"
      const size = previous ? (row.mb / previous.mb).toFixed(2) : "-"
      console.log(
        [
          kind.padEnd(9),
          String(row.mb).padEnd(3),
          String(row.claims).padStart(6),
          row.extract.toFixed(2).padStart(10),
          row.group.toFixed(2).padStart(8),
          row.render.toFixed(2).padStart(9),
          row.total.toFixed(2).padStart(8),
          ratio.padStart(7),
          size.padStart(7),
        ].join(" "),
      )
      previous = row
    }
  }
}
