/**
 * The verdict and flags of one group of claims (DESIGN.md, "Verdicts and flags").
 *
 * - Copies of one wire story count as one outlet: outlets whose sentences in the group are
 *   near-identical are merged (flag `syndicated`).
 * - `single-source`: one independent outlet.
 * - `conflict`: two independent outlets give values that do not meet, or one asserts what
 *   another denies; unless the figure is `evolving`: it moves over publication time the way
 *   tolls move, or the later wording says it is an update ("rose to").
 * - `corroborated`: otherwise.
 */
import { sameClaimant } from "../claims/claimant.ts"
import type { Claim, QuantityClaim } from "../domain/Claim.ts"
import type { Group, GroupFlag, GroupId, Verdict } from "../domain/Group.ts"
import { type Interval, meets, toInterval, type Value } from "../domain/Value.ts"
import { valuesAgree } from "./group.ts"
import { describe, formatValue } from "./subject.ts"
import { written } from "./values.ts"

export interface DocFacts {
  readonly published: string | null
  readonly outlet: string | null
}

const TOLLS = new Set(["killed", "injured", "hospitalised", "evacuated", "missing", "arrested", "displaced"])

const words = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, " ")
      .split(/\s+/)
      .filter((w) => w.length > 2),
  )

/** Near-identical sentences: wire copy carried by two outlets. */
export function syndicatedText(a: string, b: string): boolean {
  if (a === b) return true
  const wa = words(a)
  const wb = words(b)
  if (wa.size < 6 || wb.size < 6) return false
  let shared = 0
  for (const w of wa) if (wb.has(w)) shared++
  return shared / (wa.size + wb.size - shared) >= 0.75
}

const outletOf = (c: Claim) => c.outlet ?? `(${c.document})`

export function judge(id: string, claims: ReadonlyArray<Claim>, docs: ReadonlyMap<string, DocFacts>): Group {
  const outlets = [...new Set(claims.map(outletOf))].sort()
  // Independent sources: outlets, merged where they carry the same wording.
  const parent = new Map(outlets.map((o) => [o, o]))
  const find = (o: string): string => {
    const p = parent.get(o)!
    return p === o ? o : find(p)
  }
  let syndicated = false
  for (let i = 0; i < claims.length; i++)
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i]!
      const b = claims[j]!
      if (outletOf(a) !== outletOf(b) && syndicatedText(a.text, b.text)) {
        const [ra, rb] = [find(outletOf(a)), find(outletOf(b))]
        if (ra !== rb) {
          parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
          syndicated = true
        }
      }
    }
  const independent = new Set(outlets.map(find)).size
  const published = (c: Claim) => docs.get(c.document)?.published ?? null

  // Pairs of independent outlets that disagree.
  const disagreements: Array<readonly [Claim, Claim]> = []
  for (let i = 0; i < claims.length; i++)
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i]!
      const b = claims[j]!
      if (find(outletOf(a)) !== find(outletOf(b)) && !valuesAgree(a, b)) disagreements.push([a, b])
    }

  let verdict: Verdict
  let reason: string
  let timeline: Group["timeline"]
  let latest: Value | undefined
  if (independent < 2) {
    verdict = "single-source"
    reason =
      outlets.length > 1
        ? `${outlets.join(", ")} carry the same wire copy: one source`
        : claims.length > 1
          ? `only ${outlets[0]} reports it (${claims.length} times)`
          : `only ${outlets[0]} reports it`
  } else if (
    disagreements.length === 0 &&
    !(claims.some((c) => c._tag === "quantity" && c.update) && evolution(claims, published, true))
  ) {
    verdict = "corroborated"
    reason = `${independent} independent outlets agree`
  } else {
    const evolving = evolution(claims, published, disagreements.length === 0)
    if (evolving) {
      verdict = "evolving"
      timeline = evolving
      latest = evolving[evolving.length - 1]!.value
      reason = `the figure moves over publication time, from ${formatValue(evolving[0]!.value)} to ${formatValue(latest)}`
    } else {
      verdict = "conflict"
      reason = whyConflict(disagreements, claims)
    }
  }

  const flags = new Set<GroupFlag>()
  if (claims.some((c) => c.flags.includes("anonymous-source"))) flags.add("anonymous-source")
  if (claims.some((c) => c.flags.includes("hedged"))) flags.add("hedged")
  if (claims.every((c) => c.flags.includes("interested-party"))) flags.add("interested-party")
  if (syndicated) flags.add("syndicated")
  const first = claims[0]!
  if (independent >= 2 && claims.every((c) => sameClaimant(c.claimant, first.claimant)))
    flags.add("single-claimant")

  return {
    id: id as GroupId,
    claims: claims.map((c) => c.id),
    verdict,
    flags: [...flags].sort(),
    subject: describe(claims),
    outlets,
    reason,
    ...(timeline ? { timeline, latest } : {}),
  }
}

/** Why a group is a conflict: the camps of outlets by the value they give, or assertion against denial. */
function whyConflict(pairs: ReadonlyArray<readonly [Claim, Claim]>, claims: ReadonlyArray<Claim>): string {
  const [a, b] = pairs[0]!
  if (a._tag === "event" && b._tag === "event") {
    const [yes, no] = a.polarity === "denied" ? [b, a] : [a, b]
    return `${yes.outlet ?? yes.document} reports it as a fact; ${no.outlet ?? no.document} carries a denial`
  }
  // Camps: outlets by the value they give, largest camp first.
  const camps = new Map<string, { label: string; outlets: Set<string> }>()
  for (const c of claims) {
    const key = c._tag === "quantity" ? interval(written(c)) : String(c.value)
    const label =
      "mention" in c
        ? `"${c.mention.text}"${c._tag === "quantity" ? ` ${interval(written(c))}` : ""}`
        : String(c.value)
    const camp = camps.get(key) ?? { label, outlets: new Set<string>() }
    camp.outlets.add(outletOf(c))
    camps.set(key, camp)
  }
  const sorted = [...camps.values()].sort(
    (x, y) => y.outlets.size - x.outlets.size || (x.label < y.label ? -1 : 1),
  )
  const parts = sorted.map(
    (c) => `${[...c.outlets].sort().join(", ")} ${c.outlets.size > 1 ? "give" : "gives"} ${c.label}`,
  )
  return `${parts.join("; ")}: these values do not meet`
}

const interval = (i: Interval) => `[${i.min ?? "-∞"}, ${i.max ?? "+∞"}]`

/**
 * A figure that moves with publication time: claims of one time agree; each later time's figure
 * is not below the earlier; and the wording or the kind of figure says it is a running count.
 */
function evolution(
  claims: ReadonlyArray<Claim>,
  published: (c: Claim) => string | null,
  /** The intervals all meet: evolving only if the stated figure itself rises, as an update says. */
  compatible = false,
): Group["timeline"] | null {
  if (!claims.every((c) => c._tag === "quantity")) return null
  const qs = claims.filter((c) => c._tag === "quantity")
  if (qs.some((c) => published(c) === null)) return null
  const running = qs.some((c) => c.update) || qs.some((c) => c.action !== null && TOLLS.has(c.action))
  if (!running) return null
  const sorted = [...qs].sort((a, b) =>
    published(a)! < published(b)! ? -1 : published(a)! > published(b)! ? 1 : 0,
  )
  const times = new Set(sorted.map((c) => published(c)))
  if (times.size < 2) return null
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!
      const b = sorted[j]!
      const ia = toInterval(a.value)
      const ib = toInterval(b.value)
      if (published(a) === published(b)) {
        if (!meets(ia, ib)) return null
      } else if ((ib.min ?? Number.NEGATIVE_INFINITY) < (ia.min ?? Number.NEGATIVE_INFINITY)) return null
    }
  if (compatible) {
    const stated = (c: QuantityClaim) => toInterval(c.value).min ?? toInterval(c.value).max ?? 0
    const last = sorted[sorted.length - 1]!
    if (!last.update || !(stated(last) > stated(sorted[0]!))) return null
  }
  return sorted.map((c) => ({ published: published(c), outlet: c.outlet, claim: c.id, value: c.value }))
}
