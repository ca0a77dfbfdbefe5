/**
 * newsroom-reconcile/testing: generators and invariants for property-based tests (fast-check),
 * for your own test suite as for this project's.
 *
 * Arbitraries:
 * - `claim`, `quantityClaim`, `anyDocument`: derived from the domain Schemas (any value the type
 *   allows), for code that consumes claims and documents;
 * - `newsSentence`, `newsDocument`, `newsDocuments`: articles made of wire-copy sentences (figures,
 *   bounds, places, days, attributions), so that claims really meet, agree and disagree;
 * - `figureAndRestatement`: two outlets' articles giving one figure, the second restating it.
 *
 * Invariants, each a check that throws an Error naming what broke (usable from any test runner),
 * and the same as ready fast-check properties in `properties`:
 * - `checkEveryClaimInOneGroup(report)`;
 * - `checkSameReportInAnyOrder(documents, seed)`: any input order gives the same JSON report;
 * - `checkCopyAddsNoConflict(documents, pick)`: an exact copy of a document adds no conflict;
 * - `checkRestatementNoConflict(documents)`: a figure and its own restatement never conflict.
 *
 * fast-check is a peer dependency of this entry (optional for the main one): use the one copy
 * your tests use, so that these arbitraries and yours mix.
 */
import { Arbitrary } from "effect"
import fc from "fast-check"
import {
  Claim as ClaimSchema,
  type Claim as ClaimType,
  QuantityClaim as QuantitySchema,
  type QuantityClaim as QuantityType,
} from "../domain/Claim.ts"
import {
  type DocumentId,
  Document as DocumentSchema,
  type Document as DocumentType,
} from "../domain/Document.ts"
import type { Report } from "../domain/Report.ts"
import { reconcileInputs } from "../pipeline.ts"
import { renderJson } from "../report/json.ts"

// ---------------------------------------------------------------------------------------------
// Arbitraries from the Schemas

/** Any claim the Claim Schema allows (quantity, event or attribute), however unlikely in text. */
export const claim: fc.Arbitrary<ClaimType> = Arbitrary.make(ClaimSchema)
/** Any quantity claim the Schema allows. */
export const quantityClaim: fc.Arbitrary<QuantityType> = Arbitrary.make(QuantitySchema)
/** Any document the Document Schema allows (any text, facts and id). */
export const anyDocument: fc.Arbitrary<DocumentType> = Arbitrary.make(DocumentSchema)

// ---------------------------------------------------------------------------------------------
// News-like articles

export const OUTLETS: ReadonlyArray<string> = ["Alpha News", "Bravo Post", "Charlie Wire", "Delta Times"]
export const PLACES: ReadonlyArray<string> = [
  "Kharkiv",
  "Odesa",
  "the Rostov region",
  "the Bryansk region",
  "Moscow",
]
export const DATES: ReadonlyArray<string> = ["2025-03-12", "2025-03-13", "2025-10-24"]
const WHAT = [
  "people were killed",
  "people were injured",
  "drones were shot down",
  "drones were launched",
  "residents were evacuated",
]
const BOUNDS = ["", "At least ", "About ", "More than "]
const WHEN = ["", " overnight", " on Sunday"]
const WHO = ["", ", officials said", ", the governor said", ", a source told reporters"]

/** One figure as wire copy writes it: "At least 14 people were killed in Odesa overnight, officials said." */
export const newsSentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 1, max: 200 }),
    fc.constantFrom(...WHAT),
    fc.constantFrom(...PLACES),
    fc.constantFrom(...BOUNDS),
    fc.constantFrom(...WHEN),
    fc.constantFrom(...WHO),
  )
  .map(([n, what, place, bound, when, who]) => `${bound}${n} ${what} in ${place}${when}${who}.`)

/** A document as `reconcile` would read it from `${id}.md`, with an outlet and a date. */
export const makeDocument = (
  id: string,
  outlet: string | null,
  published: string | null,
  text: string,
  story: string | null = null,
): DocumentType => ({
  id: id as DocumentId,
  path: `${id}.md`,
  outlet,
  published,
  story,
  url: null,
  title: null,
  text,
  firstLine: 1,
})

/** An article of 1 to 5 news sentences, by one of four outlets, on one of three days. */
export const newsArticle: fc.Arbitrary<{ outlet: string; published: string; text: string }> = fc
  .record({
    outlet: fc.constantFrom(...OUTLETS),
    published: fc.constantFrom(...DATES),
    sentences: fc.array(newsSentence, { minLength: 1, maxLength: 5 }),
  })
  .map(({ outlet, published, sentences }) => ({ outlet, published, text: sentences.join(" ") }))

/** One news document, id `doc0`. */
export const newsDocument: fc.Arbitrary<DocumentType> = newsArticle.map((a) =>
  makeDocument("doc0", a.outlet, a.published, a.text),
)

/** 1 to `maxLength` (default 6) news documents with distinct ids `doc0`, `doc1`... */
export const newsDocuments = (options: { readonly maxLength?: number } = {}): fc.Arbitrary<DocumentType[]> =>
  fc
    .array(newsArticle, { minLength: 1, maxLength: options.maxLength ?? 6 })
    .map((as) => as.map((a, i) => makeDocument(`doc${i}`, a.outlet, a.published, a.text)))

/**
 * Two outlets' articles of one day: the first gives a figure, the second restates it (the same
 * sentence, with another attribution, or with "at least" before the same number).
 */
export const figureAndRestatement: fc.Arbitrary<DocumentType[]> = fc
  .tuple(
    fc.integer({ min: 1, max: 200 }),
    fc.constantFrom(...WHAT),
    fc.constantFrom(...PLACES),
    fc.constantFrom(...WHEN),
    fc.constantFrom(...WHO),
    fc.constantFrom(...WHO),
    fc.constantFrom("", "At least "),
    fc.constantFrom(...DATES),
  )
  .map(([n, what, place, when, who, whoAgain, bound, day]) => [
    makeDocument("figure", "Alpha News", day, `${n} ${what} in ${place}${when}${who}.`),
    makeDocument("restatement", "Bravo Post", day, `${bound}${n} ${what} in ${place}${when}${whoAgain}.`),
  ])

// ---------------------------------------------------------------------------------------------
// Invariants

/** The report of documents read elsewhere (no skipped input, no warning). */
export const reportOf = (documents: ReadonlyArray<DocumentType>): Report =>
  reconcileInputs({ documents, skipped: [], warnings: [] })

const fail = (what: string): never => {
  throw new Error(what)
}

/** Every claim of the report is in exactly one group, and every group's claim is in the report. */
export function checkEveryClaimInOneGroup(report: Report): void {
  const seen = new Map<string, number>()
  for (const g of report.groups) for (const id of g.claims) seen.set(id, (seen.get(id) ?? 0) + 1)
  for (const c of report.claims) {
    const n = seen.get(c.id) ?? 0
    if (n !== 1) fail(`claim ${c.id} is in ${n} groups`)
  }
  const ids = new Set<string>(report.claims.map((c) => c.id))
  for (const id of seen.keys()) if (!ids.has(id)) fail(`group claim ${id} is not in the report's claims`)
}

/** The documents in another order, from a seed (the same seed, the same order). */
export function shuffled<T>(xs: ReadonlyArray<T>, seed: number): T[] {
  const out = [...xs]
  let s = Math.abs(Math.trunc(seed)) % 2147483648
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** The JSON report of the documents is the same, byte for byte, in the order `seed` gives. */
export function checkSameReportInAnyOrder(documents: ReadonlyArray<DocumentType>, seed: number): void {
  const a = renderJson(reportOf(documents))
  const b = renderJson(reportOf(shuffled(documents, seed)))
  if (a !== b) fail(`the report changes with the input order (seed ${seed})`)
}

const conflicts = (r: Report) => r.groups.filter((g) => g.verdict === "conflict").length

/** An exact copy of one document (`pick` modulo their number), under another id, adds no conflict. */
export function checkCopyAddsNoConflict(documents: ReadonlyArray<DocumentType>, pick: number): void {
  if (documents.length === 0) return
  const original = documents[Math.abs(Math.trunc(pick)) % documents.length]!
  const copy: DocumentType = {
    ...original,
    id: `${original.id}-copy` as DocumentId,
    path: `${original.path}.copy`,
  }
  const before = conflicts(reportOf(documents))
  const after = conflicts(reportOf([...documents, copy]))
  if (after > before) fail(`a copy of ${original.id} adds ${after - before} conflict(s)`)
}

/** Documents that restate one figure (see `figureAndRestatement`) make no conflict. */
export function checkRestatementNoConflict(documents: ReadonlyArray<DocumentType>): void {
  const report = reportOf(documents)
  const g = report.groups.find((x) => x.verdict === "conflict")
  if (g !== undefined) fail(`a figure and its restatement conflict: ${g.reason}`)
}

/** The invariants as fast-check properties, over the given documents (default: newsDocuments()). */
export const properties = {
  everyClaimInOneGroup: (documents: fc.Arbitrary<DocumentType[]> = newsDocuments()) =>
    fc.property(documents, (docs) => checkEveryClaimInOneGroup(reportOf(docs))),
  sameReportInAnyOrder: (documents: fc.Arbitrary<DocumentType[]> = newsDocuments()) =>
    fc.property(documents, fc.integer({ min: 1, max: 1_000_000 }), (docs, seed) =>
      checkSameReportInAnyOrder(docs, seed),
    ),
  copyAddsNoConflict: (documents: fc.Arbitrary<DocumentType[]> = newsDocuments()) =>
    fc.property(documents, fc.nat(), (docs, pick) => checkCopyAddsNoConflict(docs, pick)),
  restatementNoConflict: (documents: fc.Arbitrary<DocumentType[]> = figureAndRestatement) =>
    fc.property(documents, (docs) => checkRestatementNoConflict(docs)),
}
