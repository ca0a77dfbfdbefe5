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
import { rivalClaimants, sameClaimant } from "../claims/claimant.ts"
import { runningOf } from "../claims/registry.ts"
import type { Claim, QuantityClaim } from "../domain/Claim.ts"
import type { Group, GroupFlag, GroupId, Verdict } from "../domain/Group.ts"
import { type Interval, meets, toInterval, type Value } from "../domain/Value.ts"
import { type Content, compat, type Features } from "./compat.ts"
import { valuesAgree } from "./group.ts"
import { describe, formatValue } from "./subject.ts"
import { written } from "./values.ts"

/**
 * Sentences' wording, for telling wire copy (the same text under two outlets) from sentences that
 * merely share a frame ("At least 30 people were killed in the earthquake, officials said." and
 * "The earthquake killed 34 people, officials said." share most of their words, not their text):
 * a sentence is read as its word pairs (shingles of two consecutive runs of letters or digits,
 * lower-cased, numbers kept), and as its figures (its runs of digits, in order). Each sentence is
 * read once per run (wire copy repeats one sentence across outlets and groups), its pairs kept as
 * numbers, distinct and in order, so that comparing two sentences is a merge.
 */
export interface Wording {
  readonly numbers: Map<string, number>
  readonly sentences: Map<string, Shingled>
}

/** A sentence's word pairs, as numbers, distinct and in order; and its figures as one string. */
interface Shingled {
  readonly pairs: Int32Array
  readonly figures: string
}

export const wording = (): Wording => ({ numbers: new Map(), sentences: new Map() })

/** Abbreviations written with stops or without ("U.S." and "US", "U.K." and "UK"): one word. */
const DOTTED = /\b(\p{L})\.(\p{L})\.(?:(\p{L})\.)?/gu
const MAY_BE_DOTTED = /\b\p{L}\.\p{L}\./u

function words(sentence: string, { numbers, sentences }: Wording): Shingled {
  const known = sentences.get(sentence)
  if (known !== undefined) return known
  const text = MAY_BE_DOTTED.test(sentence) ? sentence.replace(DOTTED, "$1$2$3") : sentence
  const found: number[] = []
  let figures = ""
  let previous: string | null = null
  const token = (w: string) => {
    const c = w.charCodeAt(0)
    if (c >= 48 && c <= 57) figures += `${w} `
    if (previous !== null) {
      const pair = `${previous} ${w}`
      let n = numbers.get(pair)
      if (n === undefined) {
        n = numbers.size
        numbers.set(pair, n)
      }
      found.push(n)
    }
    previous = w
  }
  if (!asciiWords(text, token, 1)) for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) token(w)
  const sorted = Int32Array.from(found).sort()
  let distinct = 0
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!
  const ws: Shingled = { pairs: sorted.slice(0, distinct), figures }
  sentences.set(sentence, ws)
  return ws
}

/**
 * `words`' runs for an ASCII sentence, most of them, without lower-casing the sentence and
 * matching a Unicode pattern over it: in ASCII, the letters and digits are [A-Za-z0-9], and
 * lower-casing changes only A-Z. Gives each run of `min` characters or more (three unless told),
 * lower-cased, to `visit`, and true; false, having given nothing, when the sentence holds a
 * character beyond ASCII.
 */
export function asciiWords(text: string, visit: (w: string) => void, min = 3): boolean {
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
      if (i - start >= min) {
        const w = text.slice(start, i)
        visit(upper ? w.toLowerCase() : w)
      }
      start = -1
    }
  }
  return true
}

/**
 * How alike two sentences' word pairs must be (Jaccard) to be one wire copy: a copy with its
 * punctuation or spelling changed, or a word or two edited, stays above it when the sentence is
 * of news length (one word changed in a sentence of n words changes two of its n - 1 pairs:
 * (n - 3) / (n + 1), 0.75 from 15 words); two sentences that share a frame ("..., officials
 * said.") but tell it in their own words share few pairs and stay below.
 */
const SYNDICATED = 0.75
/** Sentences with fewer word pairs are too short to tell a copy from a coincidence. */
const MIN_PAIRS = 6

/**
 * Whether two sentences are copies of one text: the same figures, in the same order, and word
 * pairs alike. A copy whose figure was changed ("killed 30" in one, "killed 34" in another) is
 * not one: whether it is a wire story's update or another account, its figure is what the group
 * weighs, and merging the two outlets into one source would hide the change (a single-source
 * verdict where the figures disagree). Copies only ever merge outlets that say the same thing.
 */
function nearIdentical(a: Shingled, b: Shingled): boolean {
  if (a.figures !== b.figures) return false
  const wa = a.pairs
  const wb = b.pairs
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

/** Whether two sentences are copies of one text, as sources() reads them (for tests and tools). */
export const isCopy = (a: string, b: string, w: Wording = wording()): boolean => {
  const [sa, sb] = [words(a, w), words(b, w)]
  return sa.pairs.length >= MIN_PAIRS && sb.pairs.length >= MIN_PAIRS && nearIdentical(sa, sb)
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
  readonly content: Content
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
  content: f.content,
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
    const entries: Array<{ outlet: number; words: Shingled }> = []
    for (const [text, os] of carriers) {
      const ws = words(text, wording)
      if (ws.pairs.length >= MIN_PAIRS) entries.push({ outlet: os[0]!, words: ws })
    }
    // Jaccard is at most the smaller set's size over the larger's: in order of size, a pair whose
    // sizes rule out a match ends the inner loop.
    entries.sort((a, b) => a.words.pairs.length - b.words.pairs.length)
    for (let i = 0; i < entries.length; i++)
      for (let j = i + 1; j < entries.length; j++) {
        const a = entries[i]!
        const b = entries[j]!
        if (a.words.pairs.length < b.words.pairs.length * SYNDICATED) break
        if (find(a.outlet) === find(b.outlet) || !nearIdentical(a.words, b.words)) continue
        union(a.outlet, b.outlet)
      }
  }
  return { independent, source: outlet.map(find) }
}

/**
 * The first pair of claims from independent sources that disagree, between distinct values, of
 * claims that match strongly (compat.ts): a loosely matched claim may sit in a group beside
 * claims it does not agree with, but never makes a conflict on its own.
 */
function firstDisagreement(items: ReadonlyArray<Item>): readonly [Claim, Claim] | null {
  const distinct = new Map<string, Item>()
  const contents = new Map<Content, number>()
  for (const item of items) {
    let c = contents.get(item.content)
    if (c === undefined) {
      c = contents.size
      contents.set(item.content, c)
    }
    const k = `${item.source}\u0000${item.value}\u0000${c}`
    if (!distinct.has(k)) distinct.set(k, item)
  }
  const reps = [...distinct.values()]
  for (let i = 0; i < reps.length; i++)
    for (let j = i + 1; j < reps.length; j++) {
      const a = reps[i]!
      const b = reps[j]!
      if (
        (a.source !== b.source || rivalClaimants(a.claim.claimant, b.claim.claimant)) &&
        !agree(a, b) &&
        compat(a.content, b.content) === "strong"
      )
        return [a.claim, b.claim]
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
  // One outlet may still carry two speakers' figures that do not meet ("police put the crowd at
  // 4,000, organisers at 20,000"): a conflict between witnesses, reported as one.
  const rivals =
    independent < 2 &&
    claims.some((c, i) => claims.some((d, j) => j > i && rivalClaimants(c.claimant, d.claimant)))
      ? firstDisagreement(group.map((f, i) => itemOf(f, source[i]!)))
      : null
  if (rivals !== null) {
    verdict = "conflict"
    reason = whyConflict(rivals, claims)
  } else if (independent < 2) {
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
        timeline = evolving.timeline
        latest = evolving.last
        reason = `the figure moves over publication time, from ${formatValue(evolving.first)} to ${formatValue(latest)}${evolving.older ? " (some outlets carry earlier figures)" : ""}`
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
    camp.outlets.add(c.claimant.kind === "outlet" ? outletOf(c) : `${outletOf(c)} (${c.claimant.name})`)
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
): { timeline: NonNullable<Group["timeline"]>; first: Value; last: Value; older: boolean } | null {
  const qs = items.filter(isQuantity)
  if (qs.length < items.length) return null
  if (qs.some((q) => q.published === null)) return null
  const running =
    qs.some((q) => q.claim.update) || qs.some((q) => runningOf(q.claim.action, q.claim.counted) !== undefined)
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
  // Per publication time, the figures given. Outlets publishing at one time may carry figures of
  // different hours, or an older one (wire copy is reused): a total that rises evolves when the
  // highest figure of each time is not below the highest of the time before, nor below a bound
  // given before ("more than 149"), and the figure ends higher than it began. A bound given later
  // ("at least four") fits any figure above it and orders nothing. Missing people may instead
  // fall, the same way down.
  const days = new Map<string, Array<Item<QuantityClaim>>>()
  for (const q of sorted) {
    const list = days.get(q.published!) ?? []
    list.push(q)
    days.set(q.published!, list)
  }
  if (days.size < 2) return null
  /** The figures that end and begin the series, moving one way (1: up, -1: down), or null. */
  const moves = (sign: 1 | -1): { first: Value; last: Value; older: boolean } | null => {
    // sign 1: rising, looking at highs and lower bounds; -1: falling, at lows and upper bounds.
    let best: number | null = null
    let bound: number | null = null
    let first: { v: number; value: Value } | null = null
    let end: { v: number; value: Value } | null = null
    let older = false
    for (const list of days.values()) {
      let day: { v: number; value: Value } | null = null
      let dayBound: { v: number; value: Value } | null = null
      for (const q of list) {
        const i = toInterval(q.claim.value)
        const exact = i.min !== null && i.max !== null
        const v = sign === 1 ? (exact ? i.max! : i.min) : exact ? i.min! : i.max
        if (v === null) continue
        const here = { v, value: q.claim.value }
        if (exact) {
          if (day !== null && v !== day.v) older = true
          if (day === null || sign * v > sign * day.v) day = here
        } else if (dayBound === null || sign * v > sign * dayBound.v) dayBound = here
      }
      const here = day ?? dayBound
      if (here === null) continue
      first ??= here
      end = here
      if (day !== null) {
        if (best !== null && sign * day.v < sign * best) return null
        if (bound !== null && sign * day.v < sign * bound) return null
        best = day.v
      }
      if (dayBound !== null && (bound === null || sign * dayBound.v > sign * bound)) bound = dayBound.v
    }
    return first !== null && end !== null && sign * end.v > sign * first.v
      ? { first: first.value, last: end.value, older }
      : null
  }
  const either = qs.some((q) => runningOf(q.claim.action, q.claim.counted) === "either")
  const series = moves(1) ?? (either ? moves(-1) : null)
  if (series === null) return null
  if (compatible) {
    const stated = (c: QuantityClaim) => toInterval(c.value).min ?? toInterval(c.value).max ?? 0
    const last = sorted[sorted.length - 1]!.claim
    if (!last.update || !(stated(last) > stated(sorted[0]!.claim))) return null
  }
  return {
    ...series,
    timeline: sorted.map((q) => ({
      published: q.published,
      outlet: q.claim.outlet,
      claim: q.claim.id,
      value: q.claim.value,
    })),
  }
}
