/**
 * src/reconcile: claims in, judged groups out. Pure; the result does not depend on input order.
 *
 *   claimant sides (corpus-wide) -> interested parties -> group -> judge -> parts and wholes
 */
import { createHash } from "node:crypto"
import { withClaimant } from "../claims/extract.ts"
import { actionEntry } from "../claims/registry.ts"
import { learnedRoles, learnFrom, type RoleSide, roleOfMention } from "../claims/sides.ts"
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

/**
 * A person's side is learned from any mention that names it ("Moscow Mayor Sergei Sobyanin"), and
 * given to the mentions that do not ("Sobyanin said"); so is one name across spellings. A claimant whose side is a party to what
 * the claim reports is an interested party.
 *
 * So is a claimant whose role (claims/sides.ts: the police, organisers and unions, a company, a
 * government, a party) is a side of the dispute the claim's sentence is about: the police's crowd
 * count of a protest, the union's turnout, the company's pay figure. A role is read from the
 * claimant's name or the title before it ("Interior Minister Gérald Darmanin"), from names the run
 * teaches ("the CGT union" makes "the CGT" a union's), and, like a side, given to the mentions of
 * the same claimant that do not say it ("Darmanin said").
 */
export function withSides(claims: ReadonlyArray<Claim>): Claim[] {
  const sides = new Map<string, Set<string>>()
  const spellings = new Map<string, Map<string, number>>()
  const learned = learnedRoles()
  const read = new Set<string>()
  for (const c of claims)
    if (!read.has(c.text)) {
      read.add(c.text)
      learnFrom(c.text, learned)
    }
  // Each named claim's role as its mention says it, and each claimant's roles across mentions.
  const mentionRoles = claims.map((c) =>
    c.claimant.kind === "named" ? roleOfMention(c.text, c.claimant.name, learned) : null,
  )
  const roles = new Map<string, Set<RoleSide>>()
  claims.forEach((c, i) => {
    const r = mentionRoles[i]
    if (r == null) return
    const s = roles.get(c.claimant.key) ?? new Set()
    s.add(r)
    roles.set(c.claimant.key, s)
  })
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
  const learnedSide = new Map<string, string>()
  for (const [key, s] of sides) if (s.size === 1) learnedSide.set(key, s.values().next().value!)
  const learnedRole = new Map<string, RoleSide>()
  for (const [key, s] of roles) if (s.size === 1) learnedRole.set(key, s.values().next().value!)
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
  return claims.map((c, i) => {
    const side = c.claimant.side ?? learnedSide.get(c.claimant.key) ?? null
    const role = mentionRoles[i] ?? learnedRole.get(c.claimant.key) ?? null
    const name = canonical.get(c.claimant.key) ?? c.claimant.name
    const claimant =
      side === c.claimant.side && name === c.claimant.name ? c.claimant : { ...c.claimant, side, name }
    const flagged =
      claimant.kind === "named" &&
      ((side !== null && isParty(c, side)) || (role !== null && inDispute(c, role))) &&
      !c.flags.includes("interested-party")
    if (claimant === c.claimant && !flagged) return c
    const flags: ClaimFlag[] = flagged ? [...c.flags, "interested-party"] : [...c.flags]
    return withClaimant(c, claimant, flags.sort())
  })
}

/** Whether a claimant of this side is a party to what the claim reports. */
function isParty(c: Claim, side: string): boolean {
  if (c._tag === "attribute" || (c.actor === null && c.target === null)) return false
  return c.actor?.key === side || c.target?.key === side || (actionEntry(c.action)?.hostile ?? false)
}

/** Whether a claim is a figure or an event of a dispute this role is a side of (sides.ts). */
export function inDispute(c: Claim, role: RoleSide): boolean {
  return c._tag !== "attribute" && role.disputes.test(c.text)
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
