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
  // Keyed by the compared text of the first words only (see openingOf), not the whole text:
  // whole texts as keys would be kept until the end, for the garbage collector to copy, and cost
  // each article a normalised copy and a digest, though few articles have a copy. Texts of one
  // key are then compared whole.
  const byKey = new Map<string, D[]>()
  for (const d of docs) {
    const key = `${(d.outlet ?? "").trim().toLowerCase()}\u0000${openingOf(d.text)}`
    const copies = byKey.get(key)
    if (copies) copies.push(d)
    else byKey.set(key, [d])
  }
  const kept: D[] = []
  const skipped: Skipped[] = []
  for (const candidates of byKey.values()) {
    for (const copies of candidates.length === 1 ? [candidates] : sameTexts(candidates)) {
      const [first, ...others] = [...copies].sort(preferred)
      kept.push(first!)
      for (const o of others)
        skipped.push({
          path: o.path,
          reason: `duplicate of ${first!.path} (the same text from the same outlet)`,
        })
    }
  }
  return { kept: kept.sort((a, b) => comparePaths(a.path, b.path)), skipped }
}

/**
 * The text as compared: NFC, each run of white space one space, trimmed. (Replacing only what is
 * not already a single space gives the same string as replacing `/\s+/g`, at a quarter of the
 * cost: most white space is single spaces.)
 */
export const sameText = (text: string) =>
  text
    .normalize("NFC")
    .replace(/\s{2,}|[^\S ]/g, " ")
    .trim()

/** The first 24 runs of non-white space, and the white space between them. */
const OPENING = /^\s*(?:\S+\s+){0,23}\S+/

/**
 * The compared text of a text's first 24 words (runs of non-white space). Equal compared texts
 * have equal openings: white space is read alike in both, and NFC neither makes nor takes white
 * space, nor joins a character to one across it, so it maps words to words.
 */
export const openingOf = (text: string): string => sameText(OPENING.exec(text)?.[0] ?? "")

/** Candidates of one opening, grouped by their compared text. */
function sameTexts<D extends Candidate>(candidates: ReadonlyArray<D>): D[][] {
  const byText = new Map<string, D[]>()
  for (const d of candidates) {
    const text = sameText(d.text)
    const copies = byText.get(text)
    if (copies) copies.push(d)
    else byText.set(text, [d])
  }
  return [...byText.values()]
}

const preferred = (a: Candidate, b: Candidate) =>
  (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0) || comparePaths(a.path, b.path)

/**
 * Orders paths, with JSONL lines (`file.jsonl:12`) by their line number: what
 * `/^(.*):(\d+)$/` matches in both, with the same file part, compares by the number; anything
 * else, by code points. Without a regular expression: sorts call it n log n times.
 */
export function comparePaths(a: string, b: string): number {
  const ia = lineNumberAt(a)
  const ib = lineNumberAt(b)
  if (ia >= 0 && ia === ib && samePrefix(a, b, ia)) return Number(a.slice(ia + 1)) - Number(b.slice(ib + 1))
  return a < b ? -1 : a > b ? 1 : 0
}

const samePrefix = (a: string, b: string, n: number): boolean => {
  for (let k = 0; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false
  return true
}

/**
 * Where a `:123` suffix starts (the colon's index), or -1; as in `/^(.*):(\d+)$/`, the part
 * before it may not hold a line break (`.` does not match one), and may be empty.
 */
function lineNumberAt(p: string): number {
  let i = p.length - 1
  while (i >= 0 && p.charCodeAt(i) >= 48 && p.charCodeAt(i) <= 57) i--
  if (i < 0 || i === p.length - 1 || p.charCodeAt(i) !== 58) return -1
  for (let k = 0; k < i; k++) {
    const c = p.charCodeAt(k)
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return -1
  }
  return i
}
