/**
 * The same article given twice. The same text under the same outlet is one document read twice
 * (a file saved twice, a JSONL record repeated): one is kept and the others are named as skipped.
 * The same text under different outlets is syndication: both are kept, for the reconciler to flag.
 */
import type { Skipped } from "../domain/Document.ts"

export interface Candidate {
  readonly path: string
  readonly outlet: string | null
  readonly published: string | null
  readonly text: string
}

/**
 * Splits candidates into those kept and those skipped as duplicates. Which copy is kept does not
 * depend on the input order: a dated copy before an undated one, then the smallest path.
 */
export function dropDuplicates<D extends Candidate>(
  docs: ReadonlyArray<D>,
): { readonly kept: ReadonlyArray<D>; readonly skipped: ReadonlyArray<Skipped> } {
  const byKey = new Map<string, D[]>()
  for (const d of docs) {
    const key = `${(d.outlet ?? "").trim().toLowerCase()}\u0000${sameText(d.text)}`
    const copies = byKey.get(key)
    if (copies) copies.push(d)
    else byKey.set(key, [d])
  }
  const kept: D[] = []
  const skipped: Skipped[] = []
  for (const copies of byKey.values()) {
    const [first, ...others] = [...copies].sort(preferred)
    kept.push(first!)
    for (const o of others)
      skipped.push({
        path: o.path,
        reason: `duplicate of ${first!.path} (the same text from the same outlet)`,
      })
  }
  return { kept: kept.sort((a, b) => comparePaths(a.path, b.path)), skipped }
}

const sameText = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim()

const preferred = (a: Candidate, b: Candidate) =>
  (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0) || comparePaths(a.path, b.path)

/** Orders paths, with JSONL lines (`file.jsonl:12`) by their line number. */
export function comparePaths(a: string, b: string): number {
  const ma = /^(.*):(\d+)$/.exec(a)
  const mb = /^(.*):(\d+)$/.exec(b)
  if (ma && mb && ma[1] === mb[1]) return Number(ma[2]) - Number(mb[2])
  return a < b ? -1 : a > b ? 1 : 0
}
