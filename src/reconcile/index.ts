/**
 * src/reconcile: claims in, judged groups out. Pure; the result does not depend on input order.
 *
 *   claimant sides (corpus-wide) -> interested parties -> group -> judge -> parts and wholes
 */
import { createHash } from "node:crypto"
import { withClaimant } from "../claims/extract.ts"
import type { Claim, ClaimFlag } from "../domain/Claim.ts"
import type { Document } from "../domain/Document.ts"
import type { Group, GroupFlag, GroupId } from "../domain/Group.ts"
import { featuresOf, memo } from "./compat.ts"
import { groupClaims } from "./group.ts"
import { judge, wording } from "./judge.ts"
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
  // The side learned for each claimant: only when every mention that names one names the same.
  const learned = new Map<string, string>()
  for (const [key, s] of sides) if (s.size === 1) learned.set(key, s.values().next().value!)
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
    const side = c.claimant.side ?? learned.get(c.claimant.key) ?? null
    const name = canonical.get(c.claimant.key) ?? c.claimant.name
    const claimant =
      side === c.claimant.side && name === c.claimant.name ? c.claimant : { ...c.claimant, side, name }
    const flagged =
      side !== null && claimant.kind === "named" && isParty(c, side) && !c.flags.includes("interested-party")
    if (claimant === c.claimant && !flagged) return c
    const flags: ClaimFlag[] = flagged ? [...c.flags, "interested-party"] : [...c.flags]
    return withClaimant(c, claimant, flags.sort())
  })
}

/** Whether a claimant of this side is a party to what the claim reports. */
function isParty(c: Claim, side: string): boolean {
  if (c._tag === "attribute" || (c.actor === null && c.target === null)) return false
  return c.actor?.key === side || c.target?.key === side || (c.action !== null && HOSTILE.has(c.action))
}

/**
 * Each document's content key, for the orders that must not depend on file names (group.ts,
 * judge.ts): a hash of its text.
 */
function contentKeys(documents: ReadonlyArray<Document>): Map<string, string> {
  const keys = new Map<string, string>()
  for (const d of documents) keys.set(d.id, createHash("sha1").update(d.text).digest("hex"))
  return keys
}

export function reconcile(documents: ReadonlyArray<Document>, extracted: ReadonlyArray<Claim>): Reconciled {
  const docs = new Map(documents.map((d) => [d.id as string, d]))
  const keys = contentKeys(documents)
  const claims = withSides(extracted)
  const m = memo()
  const features = claims.map((c, i) => {
    const d = docs.get(c.document)
    return featuresOf(c, i, d?.story ?? null, d?.published ?? null, m, keys.get(c.document))
  })
  // Each group's claims in input order, and groups in the order of their first claim, so that
  // ids follow the documents.
  const grouped = groupClaims(features).map((g) => g.sort((a, b) => a.position - b.position))
  grouped.sort((a, b) => a[0]!.position - b[0]!.position)
  const w = wording()
  const groups = grouped.map((g, i) => judge(`g${i + 1}`, g, w))
  const mismatched = partsSumMismatches(claims, groups)
  return {
    claims,
    groups: groups.map((g) =>
      mismatched.has(g.id) ? { ...g, flags: [...g.flags, "parts-sum-mismatch" as GroupFlag].sort() } : g,
    ),
  }
}

export type { GroupId }
