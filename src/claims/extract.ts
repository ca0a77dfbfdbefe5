/**
 * Claims from one document: the pure heart of src/claims. Sentences in, typed claims out, each
 * with its provenance (document, sentence, offsets, verbatim text).
 */
import type { Claim, ClaimId, QuantityClaim } from "../domain/Claim.ts"
import type { Document } from "../domain/Document.ts"
import { fromInterval } from "../domain/Value.ts"
import { findNumbers, isFigure } from "./numbers.ts"
import { segment } from "./segment.ts"

export function extractClaims(doc: Document): Claim[] {
  const claims: Claim[] = []
  const lineOffset = doc.firstLine
  for (const s of segment(doc.text)) {
    for (const n of findNumbers(s.text)) {
      if (!isFigure(n)) continue
      const after =
        s.text
          .slice(n.end)
          .match(/^\s+([A-Za-z-]+)/)?.[1]
          ?.toLowerCase() ?? "thing"
      const claim: QuantityClaim = {
        _tag: "quantity",
        id: `${doc.id}#${claims.length + 1}` as ClaimId,
        document: doc.id,
        text: s.text,
        start: s.start,
        end: s.end,
        line: lineOffset + s.line,
        outlet: doc.outlet,
        claimant: {
          name: doc.outlet ?? "unknown outlet",
          key: `outlet:${doc.outlet ?? doc.id}`,
          kind: "outlet",
          side: null,
        },
        polarity: "asserted",
        place: null,
        time: doc.published
          ? { start: doc.published.slice(0, 10), end: doc.published.slice(0, 10), text: null }
          : null,
        flags: [],
        value: fromInterval({ min: n.min, max: n.max }),
        approx: n.approx,
        bound: n.bound,
        mention: { text: n.text, start: s.start + n.start, end: s.start + n.end },
        unit: n.unit,
        currency: n.currency,
        counted: after.replace(/s$/, ""),
        qualifiers: [],
        action: null,
        actor: null,
        target: null,
        each: false,
        update: false,
      }
      claims.push(claim)
    }
  }
  return claims
}
