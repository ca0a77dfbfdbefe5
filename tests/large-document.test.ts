/**
 * One large document: grouping is linear in its size (issue 20, item 2). Each claim used to mark
 * every earlier signature of its document, and to gather every group of its block and day before
 * keeping the 400 most recent: 20,000 figures of one article took 22 s, 5.7 times 10,000's.
 */
import { describe, expect, it } from "vitest"
import { extractClaims } from "../src/claims/extract.ts"
import type { Document, DocumentId } from "../src/domain/Document.ts"
import { reconcile } from "../src/reconcile/index.ts"

/** One article of `n` lines, each a figure of its own that disagrees with all the others. */
const article = (n: number): Document => ({
  id: "big" as DocumentId,
  path: "big.txt",
  outlet: "Wire",
  published: "2025-10-01",
  story: null,
  url: null,
  title: null,
  text: Array.from({ length: n }, (_, i) => `Officials said ${i + 1} people were killed in Kharkiv.`).join(
    "\n",
  ),
  firstLine: 1,
})

const timed = (n: number) => {
  const doc = article(n)
  const claims = extractClaims(doc)
  const t = performance.now()
  const { groups } = reconcile([doc], claims)
  return { claims: claims.length, groups: groups.length, ms: performance.now() - t }
}

describe("one large document", () => {
  it("is grouped in time linear in its claims: twice the claims, about twice the time", () => {
    timed(500) // warm-up
    const small = timed(8000)
    const large = timed(16000)
    expect(small.claims).toBe(8000)
    expect(large.claims).toBe(16000)
    // One article does not contradict itself: its figures are about different things.
    expect(large.groups).toBeGreaterThan(15000)
    // Linear is 2; the quadratic grouping gave 4 or more.
    expect(large.ms / small.ms).toBeLessThan(3)
  }, 120_000)
})
