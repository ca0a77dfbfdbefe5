/**
 * Parts and wholes: a breakdown ("By region, 34 drones were downed over the Rostov Region, 25 over
 * the Bryansk Region, ...") checked against its stated total ("111 drones"). A breakdown is the
 * figures of one document that share the total's frame but each name one place; it is checked
 * when it is complete by its own words (in the total's sentence, or in one sentence of three or
 * more parts), and whenever its parts add up to more than the whole.
 */
import type { Claim, QuantityClaim } from "../domain/Claim.ts"
import type { Group, GroupId } from "../domain/Group.ts"

const exact = (c: QuantityClaim): number | null => (typeof c.value === "number" ? c.value : null)

export function partsSumMismatches(claims: ReadonlyArray<Claim>, groups: ReadonlyArray<Group>): Set<GroupId> {
  const byDoc = new Map<string, QuantityClaim[]>()
  for (const c of claims) {
    if (c._tag !== "quantity") continue
    const qs = byDoc.get(c.document)
    if (qs) qs.push(c)
    else byDoc.set(c.document, [c])
  }
  // The totals their parts do not add up to; then their groups.
  const totals = new Set<string>()
  for (const qs of byDoc.values()) {
    for (const total of qs) {
      const t = exact(total)
      if (t === null || !(total.aggregate || total.places.length === 0) || total.qualifiers.length > 0)
        continue
      const parts = qs.filter(
        (p) =>
          p !== total &&
          p.counted === total.counted &&
          p.action === total.action &&
          p.places.length === 1 &&
          !p.aggregate &&
          p.qualifiers.length === 0 &&
          p.time?.start === total.time?.start &&
          p.start >= total.start,
      )
      // The parts in the total's own sentence, or in the sentence right after it.
      const sameSentence = parts.filter((p) => p.start === total.start)
      const nextSentence = parts.filter((p) => p.start > total.start)
      const firstNext = nextSentence.length > 0 ? Math.min(...nextSentence.map((p) => p.start)) : -1
      const listed =
        sameSentence.length >= 2 ? sameSentence : nextSentence.filter((p) => p.start === firstNext)
      if (listed.length < 2) continue
      const values = listed.map(exact)
      if (values.some((v) => v === null)) continue
      const sum = (values as number[]).reduce((a, b) => a + b, 0)
      const complete = sameSentence.length >= 2 || listed.length >= 3
      if (sum > t || (complete && sum !== t)) totals.add(total.id)
    }
  }
  const out = new Set<GroupId>()
  if (totals.size > 0) for (const g of groups) if (g.claims.some((id) => totals.has(id))) out.add(g.id)
  return out
}
