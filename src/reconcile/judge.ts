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
import type { Features } from "./compat.ts"
import { valuesAgree } from "./group.ts"
import { describe, formatValue } from "./subject.ts"
import { written } from "./values.ts"

const TOLLS = new Set(["killed", "injured", "hospitalised", "evacuated", "missing", "arrested", "displaced"])

/**
 * Sentences' words: the runs of letters and digits of three characters or more, lower-cased.
 * Each sentence is read once per run (wire copy repeats one sentence across outlets and groups),
 * its words kept as numbers, distinct and in order, so that comparing two sentences is a merge.
 */
export interface Wording {
  readonly numbers: Map<string, number>
  readonly sentences: Map<string, Int32Array>
}

export const wording = (): Wording => ({ numbers: new Map(), sentences: new Map() })

function words(text: string, { numbers, sentences }: Wording): Int32Array {
  const known = sentences.get(text)
  if (known !== undefined) return known
  const found: number[] = []
  const number = (w: string) => {
    let n = numbers.get(w)
    if (n === undefined) {
      n = numbers.size
      numbers.set(w, n)
    }
    found.push(n)
  }
  if (!asciiWords(text, number))
    for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (w.length > 2) number(w)
  const sorted = Int32Array.from(found).sort()
  let distinct = 0
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!
  const ws = sorted.slice(0, distinct)
  sentences.set(text, ws)
  return ws
}

/**
 * `words`' runs for an ASCII sentence, most of them, without lower-casing the sentence and
 * matching a Unicode pattern over it: in ASCII, the letters and digits are [A-Za-z0-9], and
 * lower-casing changes only A-Z. Gives each run of three or more, lower-cased, to `visit`, and
 * true; false, having given nothing, when the sentence holds a character beyond ASCII.
 */
export function asciiWords(text: string, visit: (w: string) => void): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false
  let start = -1
  let upper = false
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 32
    const isUpper = ch >= 65 && ch <= 90
    if (isUpper || (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57)) {
      if (start < 0) {
        start = i
        upper = false
      }
      if (isUpper) upper = true
    } else if (start >= 0) {
      if (i - start > 2) {
        const w = text.slice(start, i)
        visit(upper ? w.toLowerCase() : w)
      }
      start = -1
    }
  }
  return true
}

/** How alike two sentences' words must be (Jaccard) to be one wire copy. */
const SYNDICATED = 0.75

function nearIdentical(wa: Int32Array, wb: Int32Array): boolean {
  let shared = 0
  for (let i = 0, j = 0; i < wa.length && j < wb.length; )
    if (wa[i] === wb[j]) {
      shared++
      i++
      j++
    } else if (wa[i]! < wb[j]!) i++
    else j++
  return shared / (wa.length + wb.length - shared) >= SYNDICATED
}

const outletOf = (c: Claim) => c.outlet ?? `(${c.document})`

/** What judging reads of a claim, worked out once per group (of two sources or more). */
interface Item<C extends Claim = Claim> {
  readonly claim: C
  /** Its independent source (see sources()). */
  readonly source: number
  readonly published: string | null
  /** Quantities: the figure's interval as written (values.ts); null for other kinds. */
  readonly written: Interval | null
  /** Its value as a key: claims with equal keys agree with everything alike. */
  readonly value: string
  /** Its document's content key and its sentence's offset: the order of one time's claims. */
  readonly key: string
  readonly sentence: number
}

const isQuantity = (i: Item): i is Item<QuantityClaim> => i.claim._tag === "quantity"

const itemOf = (f: Features, source: number): Item => ({
  claim: f.claim,
  source,
  published: f.published,
  written: f.content.written,
  value: f.content.valueKey,
  key: f.key,
  sentence: f.sentence,
})

/** valuesAgree(), with the figures' intervals already worked out. */
const agree = (a: Item, b: Item): boolean =>
  a.written !== null && b.written !== null ? meets(a.written, b.written) : valuesAgree(a.claim, b.claim)

/** Independent sources: a group's outlets, merged where they carry the same wording. */
interface Sources {
  readonly independent: number
  /** Each claim's source: the index, in the sorted outlets, of the first of its merged outlets. */
  readonly source: ReadonlyArray<number>
}

function sources(claims: ReadonlyArray<Claim>, outlets: ReadonlyArray<string>, wording: Wording): Sources {
  const index = new Map(outlets.map((o, i) => [o, i]))
  const outlet = claims.map((c) => index.get(outletOf(c))!)
  if (outlets.length === 1) return { independent: 1, source: outlet }
  // Union-find over outlet indices; a set of merged outlets is represented by its lowest index.
  const parent = outlets.map((_, i) => i)
  const find = (o: number): number => {
    let r = o
    while (parent[r] !== r) r = parent[r]!
    return r
  }
  let independent = outlets.length
  const union = (x: number, y: number) => {
    const rx = find(x)
    const ry = find(y)
    if (rx === ry) return
    parent[Math.max(rx, ry)] = Math.min(rx, ry)
    independent--
  }
  // The same sentence, word for word, under two outlets.
  const carriers = new Map<string, number[]>()
  claims.forEach((c, i) => {
    const o = outlet[i]!
    const os = carriers.get(c.text)
    if (os === undefined) carriers.set(c.text, [o])
    else if (!os.includes(o)) {
      union(os[0]!, o)
      os.push(o)
    }
  })
  // Wire copy: near-identical sentences from two outlets, while there are outlets left to merge.
  // Each sentence once, under its first outlet (its outlets are one source already). Sentences
  // are compared across sources only, in order of size, so that pairs whose sizes alone rule out
  // a match are never compared. (The outlets merged in the end do not depend on the order of
  // sentences of one size.)
  if (independent > 1) {
    const entries: Array<{ outlet: number; words: Int32Array }> = []
    for (const [text, os] of carriers) {
      const ws = words(text, wording)
      if (ws.length >= 6) entries.push({ outlet: os[0]!, words: ws })
    }
    entries.sort((a, b) => a.words.length - b.words.length)
    for (let i = 0; i < entries.length; i++)
      for (let j = i + 1; j < entries.length; j++) {
        const a = entries[i]!
        const b = entries[j]!
        if (a.words.length < b.words.length * SYNDICATED) break
        if (find(a.outlet) === find(b.outlet) || !nearIdentical(a.words, b.words)) continue
        union(a.outlet, b.outlet)
      }
  }
  return { independent, source: outlet.map(find) }
}

/** The first pair of claims from independent sources that disagree, between distinct values. */
function firstDisagreement(items: ReadonlyArray<Item>): readonly [Claim, Claim] | null {
  const distinct = new Map<string, Item>()
  for (const item of items) {
    const k = `${item.source}\u0000${item.value}`
    if (!distinct.has(k)) distinct.set(k, item)
  }
  const reps = [...distinct.values()]
  for (let i = 0; i < reps.length; i++)
    for (let j = i + 1; j < reps.length; j++) {
      const a = reps[i]!
      const b = reps[j]!
      if (a.source !== b.source && !agree(a, b)) return [a.claim, b.claim]
    }
  return null
}

/** Judges a group of claims, given as their features (compat.ts), in the group's order. */
export function judge(id: string, group: ReadonlyArray<Features>, w: Wording = wording()): Group {
  const claims = group.map((f) => f.claim)
  const outlets = [...new Set(claims.map(outletOf))].sort()
  const { independent, source } = sources(claims, outlets, w)

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
  } else {
    const items = group.map((f, i) => itemOf(f, source[i]!))
    const disagreement = firstDisagreement(items)
    if (
      disagreement === null &&
      !(claims.some((c) => c._tag === "quantity" && c.update) && evolution(items, true))
    ) {
      verdict = "corroborated"
      reason = `${independent} independent outlets agree`
    } else {
      const evolving = evolution(items, disagreement === null)
      if (evolving) {
        verdict = "evolving"
        timeline = evolving
        latest = evolving[evolving.length - 1]!.value
        reason = `the figure moves over publication time, from ${formatValue(evolving[0]!.value)} to ${formatValue(latest)}`
      } else {
        verdict = "conflict"
        reason = whyConflict(disagreement!, claims)
      }
    }
  }

  const flags = new Set<GroupFlag>()
  if (claims.some((c) => c.flags.includes("anonymous-source"))) flags.add("anonymous-source")
  if (claims.some((c) => c.flags.includes("hedged"))) flags.add("hedged")
  if (claims.every((c) => c.flags.includes("interested-party"))) flags.add("interested-party")
  if (independent < outlets.length) flags.add("syndicated")
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
function whyConflict([a, b]: readonly [Claim, Claim], claims: ReadonlyArray<Claim>): string {
  if (a._tag === "event" && b._tag === "event") {
    const [yes, no] = a.polarity === "denied" ? [b, a] : [a, b]
    return `${yes.outlet ?? yes.document} reports it as a fact; ${no.outlet ?? no.document} carries a denial`
  }
  // Camps: outlets by the value they give, largest camp first.
  const camps = new Map<string, { label: string; outlets: Set<string> }>()
  for (const c of claims) {
    const w = c._tag === "quantity" ? interval(written(c)) : null
    const key = w ?? String(c.value)
    let camp = camps.get(key)
    if (camp === undefined) {
      const label = "mention" in c ? `"${c.mention.text}"${w !== null ? ` ${w}` : ""}` : String(c.value)
      camp = { label, outlets: new Set<string>() }
      camps.set(key, camp)
    }
    camp.outlets.add(outletOf(c))
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
  items: ReadonlyArray<Item>,
  /** The intervals all meet: evolving only if the stated figure itself rises, as an update says. */
  compatible = false,
): Group["timeline"] | null {
  const qs = items.filter(isQuantity)
  if (qs.length < items.length) return null
  if (qs.some((q) => q.published === null)) return null
  const running =
    qs.some((q) => q.claim.update) || qs.some((q) => q.claim.action !== null && TOLLS.has(q.claim.action))
  if (!running) return null
  // Claims of one time in the order of their documents' contents, never of their file names.
  const sorted = [...qs].sort((a, b) =>
    a.published! < b.published!
      ? -1
      : a.published! > b.published!
        ? 1
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : a.sentence - b.sentence,
  )
  const times = new Set(sorted.map((q) => q.published))
  if (times.size < 2) return null
  // Each distinct (time, value) once: the pairwise check is over those.
  const seen = new Set<string>()
  const points = sorted.filter((q) => {
    const k = `${q.published}\u0000${q.value}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  const intervals = points.map((q) => toInterval(q.claim.value))
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const ia = intervals[i]!
      const ib = intervals[j]!
      if (points[i]!.published === points[j]!.published) {
        if (!meets(ia, ib)) return null
      } else if ((ib.min ?? Number.NEGATIVE_INFINITY) < (ia.min ?? Number.NEGATIVE_INFINITY)) return null
    }
  if (compatible) {
    const stated = (c: QuantityClaim) => toInterval(c.value).min ?? toInterval(c.value).max ?? 0
    const last = sorted[sorted.length - 1]!.claim
    if (!last.update || !(stated(last) > stated(sorted[0]!.claim))) return null
  }
  return sorted.map((q) => ({
    published: q.published,
    outlet: q.claim.outlet,
    claim: q.claim.id,
    value: q.claim.value,
  }))
}
