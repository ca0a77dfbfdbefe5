/**
 * Verdicts do not depend on file names (issue 20, item 4): documents of one outlet and day used to
 * be ordered by id, which comes from the file name, and renaming 1,000 generated articles turned
 * 103 conflicts into 104. Renaming documents (ids and paths) may change the names in the report,
 * never which claims are grouped together, nor any group's verdict and flags.
 */
import { createHash } from "node:crypto"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { generateCorpus } from "../bench/generate.ts"
import type { Document, DocumentId } from "../src/domain/Document.ts"
import { reconcileInputs } from "../src/pipeline.ts"

/** The report's verdicts, as names cannot change them: each group by its claims' contents. */
function verdicts(documents: ReadonlyArray<Document>): string[] {
  const report = reconcileInputs({ documents, skipped: [], warnings: [] })
  const text = new Map(
    documents.map((d) => [d.id as string, createHash("sha1").update(d.text).digest("hex")]),
  )
  const where = new Map(
    report.claims.map((c) => [c.id as string, `${text.get(c.document)}:${c.start}:${c.end}`]),
  )
  return report.groups
    .map(
      (g) =>
        `${g.verdict} [${g.flags.join(",")}] ${g.claims
          .map((c) => where.get(c))
          .sort()
          .join(" ")}`,
    )
    .sort()
}

/** The same documents under other names: the ids (and paths) permuted. */
function renamed(documents: ReadonlyArray<Document>, order: ReadonlyArray<number>): Document[] {
  return documents.map((d, i) => {
    const other = documents[order[i] ?? i]!
    return { ...d, id: `r-${other.id}` as DocumentId, path: `renamed/${other.id}.md` }
  })
}

const permutation = (n: number) =>
  fc.array(fc.nat(), { minLength: n, maxLength: n }).map((ws) =>
    ws
      .map((w, i) => [w, i] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, i]) => i),
  )

describe("verdicts do not depend on file names", () => {
  it("a generated corpus with its names reversed: the same groups, verdicts and flags", () => {
    const docs = generateCorpus({ n: 240, seed: 11, days: 3, withStory: false })
    const reversed = docs.map((_, i) => docs.length - 1 - i)
    expect(verdicts(renamed(docs, reversed))).toEqual(verdicts(docs))
  })

  it("generated corpora, renamed at random: the same groups, verdicts and flags", () => {
    const corpora = [
      generateCorpus({ n: 240, seed: 7, days: 4 }),
      generateCorpus({ n: 240, seed: 11, days: 3, withStory: false }),
    ]
    const before = corpora.map(verdicts)
    fc.assert(
      fc.property(fc.nat({ max: corpora.length - 1 }), permutation(240), (which, order) => {
        const docs = corpora[which]!
        expect(verdicts(renamed(docs, order))).toEqual(before[which])
      }),
      { numRuns: 6, endOnFailure: true },
    )
  }, 120_000)
})
