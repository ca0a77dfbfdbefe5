// Reconciliation invariants (issue 4), as properties over generated documents and claims.
import { Arbitrary } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { extractClaims, withClaimant } from "../src/claims/extract.ts"
import {
  type Claim,
  Claimant,
  ClaimFlag,
  type ClaimId,
  Claim as ClaimSchema,
  QuantityClaim,
} from "../src/domain/Claim.ts"
import type { DocumentId } from "../src/domain/Document.ts"
import { featuresOf, memo } from "../src/reconcile/compat.ts"
import { reconcile } from "../src/reconcile/index.ts"
import { asciiWords } from "../src/reconcile/judge.ts"
import {
  checkEveryClaimInOneGroup,
  checkRestatementNoConflict,
  newsDocuments,
  properties,
  reportOf,
  shuffled as shuffle,
} from "../src/testing/index.ts"
import { doc } from "./helpers/docs.ts"

// The generators and invariants of newsroom-reconcile/testing (src/testing), as a user's tests use them.
const corpus = newsDocuments()

describe("reconciliation invariants", () => {
  it("puts every claim in exactly one group", () => {
    fc.assert(properties.everyClaimInOneGroup(corpus), { numRuns: 150 })
  })

  it("gives byte-identical JSON in any input order", () => {
    fc.assert(properties.sameReportInAnyOrder(corpus), { numRuns: 150 })
  })

  it("never creates a conflict by adding an exact copy of a document", () => {
    fc.assert(properties.copyAddsNoConflict(corpus), { numRuns: 150 })
  })

  it("never finds a conflict between a figure and its own restatement", () => {
    fc.assert(properties.restatementNoConflict(), { numRuns: 150 })
  })

  it("the invariants' checks fail on a report that breaks them", () => {
    const report = reportOf([doc("a", "Alpha", "2025-01-01", "At least 14 people were killed in Odesa.")])
    expect(report.claims.length).toBeGreaterThan(0)
    expect(() => checkEveryClaimInOneGroup(report)).not.toThrow()
    const twice = { ...report, groups: [...report.groups, report.groups[0]!] }
    expect(() => checkEveryClaimInOneGroup(twice)).toThrow(/is in 2 groups/)
    const none = { ...report, groups: [] }
    expect(() => checkEveryClaimInOneGroup(none)).toThrow(/is in 0 groups/)
    const conflicting = [
      doc("a", "Alpha", "2025-01-01", "14 people were killed in Odesa overnight."),
      doc("b", "Bravo", "2025-01-01", "90 people were killed in Odesa overnight."),
    ]
    expect(() => checkRestatementNoConflict(conflicting)).toThrow(/conflict/)
  })

  it("judges a group the same whatever its claims' ids", () => {
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 1_000_000 }), (docs, seed) => {
        const claims = docs.flatMap(extractClaims)
        const ids = shuffle(
          claims.map((c) => c.id),
          seed,
        ).map((id) => `x-${id}` as ClaimId)
        const renamed: Claim[] = claims.map((c, i) => ({ ...c, id: ids[i]! }))
        const back = new Map(renamed.map((c, i) => [c.id as string, claims[i]!.id as string]))
        const verdicts = (gs: ReturnType<typeof reconcile>["groups"], map: (id: string) => string) =>
          gs.map((g) => `${g.verdict}:${g.flags.join()}:${g.claims.map(map).sort().join()}`).sort()
        expect(verdicts(reconcile(docs, renamed).groups, (id) => back.get(id)!)).toEqual(
          verdicts(reconcile(docs, claims).groups, (id) => id),
        )
      }),
      { numRuns: 100 },
    )
  })

  it("holds over claims generated from the claim Schema itself", () => {
    // The claim types generate test data: arbitrary quantity claims, with any values and frames.
    const claimArb = Arbitrary.make(QuantityClaim)
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 25 }), (raw) => {
        const docs = [doc("a", "Alpha", "2025-01-01", "x"), doc("b", "Bravo", "2025-01-02", "y")]
        const claims = raw.map((c, i) => ({ ...c, id: `c${i}` as ClaimId, document: docs[i % 2]!.id }))
        const { groups } = reconcile(docs, claims)
        const all = groups.flatMap((g) => g.claims)
        expect(all.sort()).toEqual(claims.map((c) => c.id as string).sort())
        for (const g of groups)
          expect(["conflict", "evolving", "single-source", "corroborated"]).toContain(g.verdict)
      }),
      { numRuns: 100 },
    )
  })
})

describe("withClaimant (reconcile's copy of a claim with another claimant)", () => {
  it("copies every field of any claim, and changes only the claimant and the flags", () => {
    const arb = fc.tuple(
      Arbitrary.make(ClaimSchema),
      Arbitrary.make(Claimant),
      fc.array(Arbitrary.make(ClaimFlag), { maxLength: 3 }),
    )
    fc.assert(
      fc.property(arb, ([c, claimant, flags]) => {
        expect(withClaimant(c, claimant, flags)).toStrictEqual({ ...c, claimant, flags })
      }),
      { numRuns: 300 },
    )
  })

  it("writes the keys in the order extraction writes them, for every kind (one hidden class a kind)", () => {
    const text =
      "Russia launched 145 drones overnight, Zelensky said. Trump called Putin on Monday. " +
      "A fire broke out on the fifth floor of the building."
    const claims = extractClaims(doc("a", "Alpha", "2025-01-01", text))
    expect(new Set(claims.map((c) => c._tag))).toEqual(new Set(["quantity", "event", "attribute"]))
    for (const c of claims) {
      const other = { name: "Someone", key: "person:someone", kind: "named" as const, side: null }
      expect(Object.keys(withClaimant(c, other, []))).toEqual(Object.keys(c))
    }
  })
})

describe("featuresOf: the claims of one signature share one content", () => {
  // Grouping compares contents, and a content is worked out once per signature (src/reconcile/
  // compat.ts): all it is read from must be in the signature, or a claim would be given the
  // content of an earlier claim that differs from it.
  const story = fc.constantFrom(null, "s1", "s2")
  const published = fc.constantFrom(null, "2025-03-12", "2025-10-24")
  /** The same claim somewhere else: another document, outlet, claimant, sentence and offsets. */
  const elsewhere = (c: Claim, k: number): Claim => {
    const moved = {
      ...c,
      id: `other${k}#1` as ClaimId,
      document: `other${k}` as DocumentId,
      outlet: c.outlet === null ? "Elsewhere" : null,
      text: `${c.text} (copy)`,
      start: c.start + 7,
      end: c.end + 7,
      line: c.line + 1,
      claimant: { name: "Someone", key: "person:someone", kind: "named" as const, side: null },
      flags: [],
    }
    return "mention" in c
      ? ({ ...moved, mention: { ...c.mention, start: c.mention.start + 7 } } as Claim)
      : moved
  }
  /** The same claim saying something else in one respect that grouping compares. */
  const tweaks: ReadonlyArray<(c: Claim) => Claim> = [
    (c) => ({ ...c, polarity: c.polarity === "denied" ? "asserted" : "denied" }),
    (c) => ({ ...c, aggregate: !c.aggregate }),
    (c) => ({ ...c, place: null, places: [] }),
    (c) => ({ ...c, time: c.time === null ? { start: "2025-01-01", end: "2025-01-02", text: null } : null }),
    (c) => (c._tag === "quantity" ? { ...c, each: !c.each } : c),
    (c) => (c._tag === "quantity" ? { ...c, approx: c.approx === "exact" ? "about" : "exact" } : c),
    (c) => (c._tag === "quantity" ? { ...c, qualifiers: [...c.qualifiers, "more"] } : c),
    (c) => (c._tag === "quantity" ? { ...c, value: typeof c.value === "number" ? c.value + 1 : 7 } : c),
    (c) => (c._tag === "event" ? { ...c, target: null } : c),
    (c) => (c._tag === "attribute" ? { ...c, value: `${c.value}!` } : c),
  ]

  it("gives each claim the content it has alone, whatever claims came before; moved claims share it", () => {
    fc.assert(
      fc.property(
        Arbitrary.make(ClaimSchema),
        Arbitrary.make(ClaimSchema),
        fc.integer({ min: 0, max: tweaks.length - 1 }),
        story,
        published,
        (a, b, t, s, p) => {
          const m = memo()
          const claims = [a, elsewhere(a, 1), b, tweaks[t]!(a), elsewhere(tweaks[t]!(a), 2)]
          const shared = claims.map((c, i) => featuresOf(c, i, s, p, m))
          claims.forEach((c, i) => {
            expect(shared[i]!.content).toEqual(featuresOf(c, i, s, p, memo()).content)
          })
          expect(shared[1]!.content).toBe(shared[0]!.content)
          expect(shared[4]!.content).toBe(shared[3]!.content)
        },
      ),
      { numRuns: 400 },
    )
  })

  it("tells apart lists that would join to one string: no place and a place of empty key, qualifiers with a bar", () => {
    const [q] = extractClaims(doc("a", "Alpha", "2025-01-01", "Russia launched 145 drones overnight."))
    if (q?._tag !== "quantity") throw new Error("expected a quantity claim")
    const m = memo()
    const contentOf = (c: Claim) => featuresOf(c, 0, null, "2025-01-01", m).content
    const none = contentOf({ ...q, place: null, places: [] })
    const empty = contentOf({ ...q, place: null, places: [{ name: "", key: "" }] })
    expect(empty).not.toBe(none)
    expect(empty.placeKeys).toEqual([""])
    const barred = contentOf({ ...q, qualifiers: ["a|b"] })
    const two = contentOf({ ...q, qualifiers: ["a", "b"] })
    expect(two).not.toBe(barred)
    expect([barred.hard, two.hard]).toEqual(["a|b", "a,b"])
  })
})

describe("judge's words of an ASCII sentence (the fast path of syndication)", () => {
  /** What judge reads of any sentence: the Unicode pattern over the lower-cased text. */
  const byPattern = (text: string) =>
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2)
  const ascii = fc.stringOf(
    fc.constantFrom(..."aAzZbQ09_ -,.'’\"()\t\n#@[]{}`~^".split("").filter((c) => c.charCodeAt(0) < 128)),
    { maxLength: 60 },
  )

  it("are the pattern's, in order, for any ASCII text", () => {
    fc.assert(
      fc.property(ascii, (text) => {
        const seen: string[] = []
        expect(asciiWords(text, (w) => seen.push(w))).toBe(true)
        expect(seen).toEqual(byPattern(text))
      }),
      { numRuns: 500 },
    )
  })

  it("leave a text with any character beyond ASCII to the pattern, having given nothing", () => {
    fc.assert(
      fc.property(ascii, ascii, fc.constantFrom("é", "—", "€", "İ", "\u0080"), (a, b, wide) => {
        const seen: string[] = []
        expect(asciiWords(`${a}${wide}${b}`, (w) => seen.push(w))).toBe(false)
        expect(seen).toEqual([])
      }),
    )
  })
})
