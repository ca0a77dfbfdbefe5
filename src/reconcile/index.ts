/**
 * src/reconcile: claims in, judged groups out. Pure; the result does not depend on input order.
 *
 *   claimant sides (corpus-wide) -> interested parties -> group -> judge -> parts and wholes
 */
import type { Claim, ClaimFlag } from "../domain/Claim.ts"
import type { Document } from "../domain/Document.ts"
import type { Group, GroupFlag, GroupId } from "../domain/Group.ts"
import { featuresOf } from "./compat.ts"
import { groupClaims } from "./group.ts"
import { judge } from "./judge.ts"
import { partsSumMismatches } from "./parts.ts"

export interface Reconciled {
  readonly claims: Claim[]
  readonly groups: Group[]
}

const HOSTILE = new Set([
  "launched",
  "shot-down",
  "struck",
  "killed",
  "injured",
  "captured",
  "strike",
  "capture",
])

/**
 * A person's side is learned from any mention that names it ("Moscow Mayor Sergei Sobyanin"), and
 * given to the mentions that do not ("Sobyanin said"); so is one name across spellings. A claimant whose side is a party to what
 * the claim reports is an interested party.
 */
export function withSides(claims: ReadonlyArray<Claim>): Claim[] {
  const sides = new Map<string, Set<string>>()
  const spellings = new Map<string, Map<string, number>>()
  for (const c of claims) {
    if (c.claimant.side !== null) {
      const s = sides.get(c.claimant.key) ?? new Set()
      s.add(c.claimant.side)
      sides.set(c.claimant.key, s)
    }
    if (c.claimant.key.startsWith("person:")) {
      const m = spellings.get(c.claimant.key) ?? new Map<string, number>()
      m.set(c.claimant.name, (m.get(c.claimant.name) ?? 0) + 1)
      spellings.set(c.claimant.key, m)
    }
  }
  // One name per person across spellings: the fullest ("Andrei Vorobyov" over "Vorobyov"), then
  // the most frequent, then the first in alphabetical order.
  const canonical = new Map<string, string>()
  for (const [key, m] of spellings) {
    const best = [...m.entries()].sort(
      ([a, na], [b, nb]) =>
        b.split(" ").length - a.split(" ").length || nb - na || (a < b ? -1 : a > b ? 1 : 0),
    )[0]![0]
    canonical.set(key, best)
  }
  return claims.map((c) => {
    const learned = sides.get(c.claimant.key)
    const side = c.claimant.side ?? (learned?.size === 1 ? [...learned][0]! : null)
    const name = canonical.get(c.claimant.key) ?? c.claimant.name
    const claimant =
      side === c.claimant.side && name === c.claimant.name ? c.claimant : { ...c.claimant, side, name }
    const parties = new Set<string>()
    if (c._tag !== "attribute") {
      if (c.actor) parties.add(c.actor.key)
      if (c.target) parties.add(c.target.key)
    }
    const action = c._tag === "attribute" ? null : c.action
    const interested =
      side !== null &&
      claimant.kind === "named" &&
      (parties.has(side) || (parties.size > 0 && action !== null && HOSTILE.has(action)))
    const flags: ClaimFlag[] =
      interested && !c.flags.includes("interested-party") ? [...c.flags, "interested-party"] : [...c.flags]
    return claimant === c.claimant && flags.length === c.flags.length
      ? c
      : { ...c, claimant, flags: flags.sort() }
  })
}

export function reconcile(documents: ReadonlyArray<Document>, extracted: ReadonlyArray<Claim>): Reconciled {
  const docs = new Map(documents.map((d) => [d.id as string, d]))
  const claims = withSides(extracted)
  const features = claims.map((c) => {
    const d = docs.get(c.document)
    return featuresOf(c, d?.story ?? null, d?.published ?? null)
  })
  const position = new Map(claims.map((c, i) => [c.id as string, i]))
  // Groups in the order of their first claim, so that ids follow the documents.
  const at = (c: Claim) => position.get(c.id) ?? 0
  const first = (g: ReadonlyArray<Claim>) => g.reduce((m, c) => Math.min(m, at(c)), Number.POSITIVE_INFINITY)
  const grouped = groupClaims(features)
    .map((g) => [...g].sort((a, b) => at(a) - at(b)))
    .sort((a, b) => first(a) - first(b))
  const groups = grouped.map((g, i) => judge(`g${i + 1}`, g, docs))
  const mismatched = partsSumMismatches(claims, groups)
  return {
    claims,
    groups: groups.map((g) =>
      mismatched.has(g.id) ? { ...g, flags: [...g.flags, "parts-sum-mismatch" as GroupFlag].sort() } : g,
    ),
  }
}

export type { GroupId }
