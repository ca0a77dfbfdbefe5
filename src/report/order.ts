/**
 * What the reader meets first. Groups about casualties come before the rest, then groups more
 * outlets and claimants speak to, then bigger groups; ties go by group id ("g2" before "g10"),
 * so the order is total and the report the same whatever order its data came in.
 */
import { actionEntry } from "../claims/registry.ts"
import type { Claim } from "../domain/Claim.ts"
import type { Group } from "../domain/Group.ts"
import { byKind } from "./format.ts"
import { compareNatural, compareText } from "./text.ts"

/** Events whose verb says people were killed or hurt (events.ts names its own actions). */
const CASUALTY_EVENT = /kill|injur|wound|dead|die|death|hurt|hospital|casualt|missing|murder/i

/**
 * Whether a claim is about people killed or hurt: a quantity whose action the registry marks as a
 * casualty (killed, injured, missing, in hospital...), or an event of such a verb.
 */
export const isCasualty = byKind<boolean>({
  quantity: (q) => actionEntry(q.action)?.casualty === true,
  event: (e) => CASUALTY_EVENT.test(e.action) || CASUALTY_EVENT.test(e.verb),
  attribute: () => false,
})

export interface Ranked {
  readonly group: Group
  readonly claims: ReadonlyArray<Claim>
}

const claimantCount = (cs: ReadonlyArray<Claim>) => new Set(cs.map((c) => c.claimant.key)).size
const outletCount = (r: Ranked) =>
  r.group.outlets.length > 0
    ? new Set(r.group.outlets).size
    : new Set(r.claims.map((c) => c.outlet ?? c.document)).size
/** 0 when a claim of the group is about casualties, else 1: casualties first. */
const casualtyRank = (r: Ranked) => (r.claims.some(isCasualty) ? 0 : 1)

// The sorts below compute each group's sort key once, before sorting (decorate, sort, undecorate).
// The key's parts are costly (regexes over every claim, Sets of outlets and
// claimants), and a comparator runs O(n log n) times: computing them inside the comparator took
// most of the report's rendering time on large inputs.

/** Ties go by group id, naturally ("g2" before "g10"), then by code points, so the order is total. */
const compareIds = (a: Ranked, b: Ranked): number =>
  compareNatural(a.group.id, b.group.id) || compareText(a.group.id, b.group.id)

/** Most consequential first: casualties, then outlets, claimants, claims, flags; then group id. */
export function sortGroups(ranked: ReadonlyArray<Ranked>): Ranked[] {
  return ranked
    .map((r) => ({
      r,
      casualty: casualtyRank(r),
      outlets: outletCount(r),
      claimants: claimantCount(r.claims),
      claims: r.claims.length,
      flags: r.group.flags.length,
    }))
    .sort(
      (a, b) =>
        a.casualty - b.casualty ||
        b.outlets - a.outlets ||
        b.claimants - a.claimants ||
        b.claims - a.claims ||
        b.flags - a.flags ||
        compareIds(a.r, b.r),
    )
    .map((k) => k.r)
}

/** Single-source claims: casualties, then the most flagged (`flagsOf`), then group id. */
export function sortSingleSource(ranked: ReadonlyArray<Ranked>, flagsOf: (r: Ranked) => number): Ranked[] {
  return ranked
    .map((r) => ({ r, casualty: casualtyRank(r), flags: flagsOf(r) }))
    .sort((a, b) => a.casualty - b.casualty || b.flags - a.flags || compareIds(a.r, b.r))
    .map((k) => k.r)
}
