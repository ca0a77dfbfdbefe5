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

/** How alike two sentences' words must be (Jaccard) to be one wire copy. */
const SYNDICATED = 0.75

function nearIdentical(wa: Set<string>, wb: Set<string>): boolean {
  let shared = 0
  for (const w of wa) if (wb.has(w)) shared++
  return shared / (wa.size + wb.size - shared) >= SYNDICATED
}

/** A claim's value, as a key: claims with equal keys agree with everything alike. */
const valueKey = (c: Claim): string =>
  c._tag === "quantity" ? `${JSON.stringify(written(c))}` : c._tag === "event" ? c.polarity : String(c.value)

const outletOf = (c: Claim) => c.outlet ?? `(${c.document})`

export function judge(id: string, claims: ReadonlyArray<Claim>, docs: ReadonlyMap<string, DocFacts>): Group {
  const outlets = [...new Set(claims.map(outletOf))].sort()
  // Independent sources: outlets, merged where they carry the same wording.
  const parent = new Map(outlets.map((o) => [o, o]))
  const find = (o: string): string => {
    const p = parent.get(o)!
    return p === o ? o : find(p)
  }
  // Wire copy: near-identical sentences from two outlets. Each distinct sentence is read into
  // words once; sentences are compared across outlets only, in order of size, so that pairs
  // whose sizes alone rule out a match are never compared.
  const texts = new Map<string, { outlet: string; words: Set<string> }>()
  for (const c of claims) {
    const k = `${outletOf(c)}\u0000${c.text}`
    if (!texts.has(k)) texts.set(k, { outlet: outletOf(c), words: words(c.text) })
  }
  let syndicated = false
  const union = (x: string, y: string) => {
    const [ra, rb] = [find(x), find(y)]
    if (ra === rb) return
    parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
    syndicated = true
  }
  // The same sentence, word for word, under two outlets.
  const byText = new Map<string, string>()
  for (const c of claims) {
    const first = byText.get(c.text)
    if (first === undefined) byText.set(c.text, outletOf(c))
    else if (first !== outletOf(c)) union(first, outletOf(c))
  }
  const entries = [...texts.values()]
    .filter((e) => e.words.size >= 6)
    .sort((a, b) => a.words.size - b.words.size)
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i]!
      const b = entries[j]!
      if (a.words.size < b.words.size * SYNDICATED) break
      if (a.outlet === b.outlet || find(a.outlet) === find(b.outlet) || !nearIdentical(a.words, b.words))
        continue
      union(a.outlet, b.outlet)
    }
  const independent = new Set(outlets.map(find)).size
  const published = (c: Claim) => docs.get(c.document)?.published ?? null

  // Pairs of independent outlets that disagree, between distinct values.
  const distinct = new Map<string, Claim>()
  for (const c of claims) {
    const k = `${find(outletOf(c))}\u0000${valueKey(c)}`
    if (!distinct.has(k)) distinct.set(k, c)
  }
  const reps = [...distinct.values()]
  const disagreements: Array<readonly [Claim, Claim]> = []
  for (let i = 0; i < reps.length; i++)
    for (let j = i + 1; j < reps.length; j++) {
      const a = reps[i]!
      const b = reps[j]!
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
  // Each distinct (time, value) once: the pairwise check is over those.
  const seen = new Set<string>()
  const points = sorted.filter((c) => {
    const k = `${published(c)}\u0000${valueKey(c)}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!
      const b = points[j]!
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
