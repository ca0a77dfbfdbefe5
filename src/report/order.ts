/**
 * What the reader meets first. Groups about casualties come before the rest, then groups more
 * outlets and claimants speak to, then bigger groups; ties go by group id ("g2" before "g10"),
 * so the order is total and the report the same whatever order its data came in.
 */
import { match } from "ts-pattern"
import type { Claim } from "../domain/Claim.ts"
import type { Group } from "../domain/Group.ts"
import { compareNatural, compareText } from "./text.ts"

const CASUALTY_ACTION = /kill|injur|wound|dead|die|death|hurt|hospital|casualt|missing|murder/i
const CASUALTY_COUNTED =
  /^(person|people|civilian|child|children|soldier|casualty|casualties|death|victim|body|bodies|resident|adult|woman|women|man|men|troop|serviceman|servicemen|patient|hostage)$/i

/** Whether a claim is about people killed or hurt. */
export const isCasualty = (c: Claim): boolean =>
  match(c)
    .with(
      { _tag: "quantity" },
      (q) => CASUALTY_COUNTED.test(q.counted) || CASUALTY_ACTION.test(q.action ?? ""),
    )
    .with({ _tag: "event" }, (e) => CASUALTY_ACTION.test(e.action) || CASUALTY_ACTION.test(e.verb))
    .with({ _tag: "attribute" }, () => false)
    .exhaustive()

export interface Ranked {
  readonly group: Group
  readonly claims: ReadonlyArray<Claim>
}

const claimantCount = (cs: ReadonlyArray<Claim>) => new Set(cs.map((c) => c.claimant.key)).size
const outletCount = (r: Ranked) => {
  const fromClaims = new Set(r.claims.map((c) => c.outlet ?? c.document)).size
  return r.group.outlets.length > 0 ? new Set(r.group.outlets).size : fromClaims
}

/** Most consequential first: casualties, then outlets, claimants, claims, flags; then group id. */
export function compareGroups(a: Ranked, b: Ranked): number {
  const casualty = (r: Ranked) => (r.claims.some(isCasualty) ? 0 : 1)
  return (
    casualty(a) - casualty(b) ||
    outletCount(b) - outletCount(a) ||
    claimantCount(b.claims) - claimantCount(a.claims) ||
    b.claims.length - a.claims.length ||
    b.group.flags.length - a.group.flags.length ||
    compareNatural(a.group.id, b.group.id) ||
    compareText(a.group.id, b.group.id)
  )
}

/** Single-source claims: casualties, then the most flagged, then group id. */
export function compareSingleSource(a: Ranked, b: Ranked, flagsOf: (r: Ranked) => number): number {
  const casualty = (r: Ranked) => (r.claims.some(isCasualty) ? 0 : 1)
  return (
    casualty(a) - casualty(b) ||
    flagsOf(b) - flagsOf(a) ||
    compareNatural(a.group.id, b.group.id) ||
    compareText(a.group.id, b.group.id)
  )
}
