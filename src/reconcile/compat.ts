/**
 * Whether two claims can be about the same thing, and how sure that is.
 *
 * - "no":     something both specify differs (the night, the city, the action, what is counted).
 * - "loose":  nothing differs, but one side leaves something unsaid (no place, no action, "three
 *             more drones"). A loose match may corroborate; it may never make a conflict, since
 *             the unsaid part may be what tells them apart (a part and its whole, another night).
 * - "strong": both say the same about everything that tells events apart.
 */
import { baseKey } from "../claims/entities.ts"
import { actionEntry, isKnownAction } from "../claims/registry.ts"
import { dayOf } from "../claims/time.ts"
import type { Claim, ClaimKind } from "../domain/Claim.ts"
import type { Interval } from "../domain/interval.ts"
import { stem } from "../nlp/natural.ts"
import { written } from "./values.ts"

export type Compat = "no" | "loose" | "strong"

/** How many days apart two claims may be when at least one states no time of its own. */
export const SLACK = 14

const worse = (a: Compat, b: Compat): Compat =>
  a === "no" || b === "no" ? "no" : a === "loose" || b === "loose" ? "loose" : "strong"

/**
 * A claim's features that grouping compares and orders by, computed once. compat() and
 * grouping read these rather than the claim: claims come in several shapes (three kinds, as
 * read or as rewritten by withSides), features in one, which keeps the innermost loop fast.
 *
 * In two parts: what is the claim's own (where it stands), and its `content`, everything that
 * compat() and agree() compare, which is a function of the claim's signature and is shared by
 * all the claims of one signature (the same wire sentence in fifty outlets): it is worked out
 * once per signature: the 61,496 claims of the benchmark's 10,000 articles hold 27,982 of them.
 */
export interface Features {
  readonly claim: Claim
  /** Where the claim stands in reconcile()'s input: a group lists its claims in this order. */
  readonly position: number
  /** Its document's publication date (ISO), and that day as a number. */
  readonly published: string | null
  readonly day: number | null
  /** For the content-derived order (group.ts): outlet, document, sentence and mention offsets. */
  readonly outlet: string | null
  readonly document: string
  /**
   * Its document's content key (a hash of its text, see reconcile()): documents of one outlet and
   * day are ordered by it, not by their ids, which come from file names.
   */
  readonly key: string
  readonly sentence: number
  readonly mention: number | null
  readonly content: Content
}

/** What the claims of one signature have in common: all that compat() and agree() read. */
export interface Content {
  readonly story: string | null
  /** The kind and what is counted or asserted: claims with different heads never meet. */
  readonly head: string
  readonly start: number | null
  readonly end: number | null
  /** Explicit time words: an undated fallback window is looser than a stated one. */
  readonly timed: boolean
  readonly kind: ClaimKind
  readonly polarity: Claim["polarity"]
  readonly aggregate: boolean
  /** The key of the most specific place, and of every place in scope (also without " region"). */
  readonly place: string | null
  readonly placeKeys: ReadonlyArray<string>
  readonly baseKeys: ReadonlyArray<string>
  /**
   * Quantities and events: the action (a registry action's name, or "~" and the stem of a verb
   * the registry does not know), whether the registry knows it, and the keys of who did it and
   * to whom.
   */
  readonly action: string | null
  readonly known: boolean
  readonly actor: string | null
  readonly target: string | null
  /** Quantities: "each", the qualifiers that make it another figure (joined), and whether any is soft ("more"). */
  readonly each: boolean
  readonly hard: string
  readonly soft: boolean
  /** Quantities: the noun people were named by, when the registry does not know it ("as:rioter"). */
  readonly role: string | null
  /**
   * Quantities: a running total, worded as an update ("grew to 146") or of an action whose
   * figures are (the dead, the missing): a later article's figure may be its next value.
   */
  readonly running: boolean
  /** Quantities: worded as an update. */
  readonly update: boolean
  /** Quantities: a measure of something (money, a share, a duration), which needs its subject to be compared. */
  readonly measure: boolean
  /** Quantities: the figure's interval at the precision it was written with (values.ts). */
  readonly written: Interval | null
  /** What valuesAgree() compares for the other kinds: an attribute's value; whether an event is denied. */
  readonly value: string | number | boolean | null
  /** The value as a key (judge.ts): claims with equal keys agree with everything alike. */
  readonly valueKey: string
}

/** Qualifiers that make a figure loosely stated rather than about something else. */
const SOFT = new Set(["more", "part"])
/** "as:rioter": the noun people were named by, which tells figures apart only loosely. */
const isRole = (x: string) => x.startsWith("as:")
const hard = (q: ReadonlyArray<string>) => q.filter((x) => !SOFT.has(x) && !isRole(x)).join()
const roleOf = (q: ReadonlyArray<string>): string | null => q.find(isRole) ?? null

/**
 * What featuresOf() remembers from claim to claim of one run: the days of ISO dates (a corpus
 * speaks of few distinct days); one copy of each head, story, outlet and document, so that
 * grouping, which compares and looks these up millions of times, finds equal ones to be one
 * object (compared at once, hashed once); and the content of each signature.
 */
export interface Memo {
  readonly days: Map<string, number>
  readonly copies: Map<string, string>
  readonly contents: Map<string, Content>
}

export const memo = (): Memo => ({ days: new Map(), copies: new Map(), contents: new Map() })

function day(iso: string, { days }: Memo): number {
  let d = days.get(iso)
  if (d === undefined) {
    d = dayOf(iso)
    days.set(iso, d)
  }
  return d
}

function copy(s: string, { copies }: Memo): string {
  const c = copies.get(s)
  if (c !== undefined) return c
  copies.set(s, s)
  return s
}

/** The content that depends on the kind of claim. */
type KindContent = Pick<
  Content,
  | "action"
  | "known"
  | "actor"
  | "target"
  | "each"
  | "hard"
  | "soft"
  | "role"
  | "running"
  | "update"
  | "measure"
  | "written"
  | "value"
>

/** A verb the registry does not know is compared by its stem: "idled" and "idle" are one. */
const actionKey = (action: string | null): string | null =>
  action === null || isKnownAction(action) ? action : `~${stem(action)}`
const MEASURE = /^(?:money:|percent$|duration:)/

const KIND: { readonly [K in ClaimKind]: (c: Extract<Claim, { _tag: K }>) => KindContent } = {
  quantity: (q) => ({
    action: actionKey(q.action),
    known: isKnownAction(q.action),
    actor: q.actor?.key ?? null,
    target: q.target?.key ?? null,
    each: q.each,
    hard: hard(q.qualifiers),
    soft: q.qualifiers.some((x) => SOFT.has(x)),
    role: roleOf(q.qualifiers),
    running: q.update || actionEntry(q.action)?.running !== undefined,
    update: q.update,
    measure: MEASURE.test(q.counted),
    written: written(q),
    value: null,
  }),
  event: (e) => ({
    action: e.action,
    known: true,
    actor: e.actor?.key ?? null,
    target: e.target?.key ?? null,
    each: false,
    hard: "",
    soft: false,
    role: null,
    running: false,
    update: false,
    measure: false,
    written: null,
    value: e.polarity === "denied",
  }),
  attribute: (a) => ({
    action: null,
    known: false,
    actor: null,
    target: null,
    each: false,
    hard: "",
    soft: false,
    role: null,
    running: false,
    update: false,
    measure: false,
    written: null,
    value: a.value,
  }),
}

const headOf = (c: Claim): string =>
  c._tag === "quantity"
    ? `q|${c.counted}|${c.unit ?? ""}|${c.currency ?? ""}`
    : c._tag === "event"
      ? `e|${c.action}`
      : `a|${c.attribute}`

/** No places: one empty list for all the claims without one. */
const NONE: ReadonlyArray<string> = []

export function featuresOf(
  c: Claim,
  position: number,
  story: string | null,
  published: string | null,
  m: Memo = memo(),
  key = "",
): Features {
  const placeKeys = c.places.length === 0 ? NONE : c.places.map((p) => p.key)
  const head = headOf(c)
  const s = story === null ? null : copy(story, m)
  const start = c.time ? day(c.time.start, m) : null
  const end = c.time ? day(c.time.end, m) : null
  const timed = c.time?.text != null
  const signature = signatureOf(c, { head, story: s, start, end, timed }, list(placeKeys))
  let content = m.contents.get(signature)
  if (content === undefined) {
    // The first claim of its signature: its content, for all of them. Everything here is read
    // from what the signature holds, so another claim of the signature would give the same.
    const k = (KIND[c._tag] as (c: Claim) => KindContent)(c)
    content = {
      story: s,
      head: copy(head, m),
      start,
      end,
      timed,
      kind: c._tag,
      polarity: c.polarity,
      aggregate: c.aggregate,
      place: c.place?.key ?? null,
      placeKeys,
      baseKeys: placeKeys.some((p) => baseKey(p) !== p) ? placeKeys.map(baseKey) : placeKeys,
      action: k.action,
      known: k.known,
      actor: k.actor,
      target: k.target,
      each: k.each,
      hard: k.hard,
      soft: k.soft,
      role: k.role,
      running: k.running,
      update: k.update,
      measure: k.measure,
      written: k.written,
      value: k.value,
      valueKey:
        k.written !== null ? JSON.stringify(k.written) : c._tag === "event" ? c.polarity : String(k.value),
    }
    m.contents.set(signature, content)
  }
  return {
    claim: c,
    position,
    published,
    day: published === null ? null : day(published, m),
    outlet: c.outlet === null ? null : copy(c.outlet, m),
    document: copy(c.document, m),
    key,
    sentence: c.start,
    mention: c._tag === "event" ? null : c.mention.start,
    content,
  }
}

/**
 * A list as a signature holds it: none, one string, or the array. Each form is its own type in
 * JSON, so no two lists give one key (joined, [] and [""] did), and the usual lists (none or one)
 * stringify as cheaply as a joined string (an array in the array costs 10% more).
 */
const list = (xs: ReadonlyArray<string>): string | ReadonlyArray<string> | null =>
  xs.length === 0 ? null : xs.length === 1 ? xs[0]! : xs

/**
 * A claim's signature: everything compat() and agree() read of it, as a key (JSON). Claims with
 * one signature compare alike: they share their content, and grouping compares them once.
 * What all claims share comes first, then what the kind adds.
 */
function signatureOf(
  c: Claim,
  f: Pick<Content, "head" | "story" | "start" | "end" | "timed">,
  places: ReturnType<typeof list>,
): string {
  // What all claims share (the first nine fields, the same in each case), then what the kind adds:
  // one array literal per kind. Measured on 1,000 articles: a spread of a shared array cost 3.1%
  // of the whole run's instructions, two arrays stringified and joined 1%.
  switch (c._tag) {
    case "quantity":
      return JSON.stringify([
        f.head,
        f.story,
        f.start,
        f.end,
        f.timed,
        c.place?.key,
        c.aggregate,
        places,
        c.polarity,
        c.value,
        c.approx,
        c.mention.text,
        list(c.qualifiers),
        c.action,
        c.actor?.key,
        c.target?.key,
        c.each,
        c.update,
      ])
    case "event":
      return JSON.stringify([
        f.head,
        f.story,
        f.start,
        f.end,
        f.timed,
        c.place?.key,
        c.aggregate,
        places,
        c.polarity,
        c.actor?.key,
        c.target?.key,
        c.action,
      ])
    case "attribute":
      return JSON.stringify([
        f.head,
        f.story,
        f.start,
        f.end,
        f.timed,
        c.place?.key,
        c.aggregate,
        places,
        c.polarity,
        c.attribute,
        c.value,
      ])
  }
}

/** Two parties, by key: the same, or one side does not say. */
function entities(a: string | null, b: string | null): Compat {
  if (a === null && b === null) return "strong"
  if (a === null || b === null) return "loose"
  return a === b ? "strong" : "no"
}

/** Whether two short lists share an element. */
function share(xs: ReadonlyArray<string>, ys: ReadonlyArray<string>): boolean {
  for (const x of xs) if (ys.includes(x)) return true
  return false
}

/** "Paisley" and "Paisley High Street", "Texas" and "West Texas": one place inside the other, by name. */
function nested(xs: ReadonlyArray<string>, ys: ReadonlyArray<string>): boolean {
  for (const x of xs)
    for (const y of ys) if (within(x, y) || within(y, x) || endsWithin(x, y) || endsWithin(y, x)) return true
  return false
}

/** Whether `y` is `x` with words before it ("West Texas" of "Texas"). */
const endsWithin = (x: string, y: string): boolean =>
  y.length > x.length && y.charCodeAt(y.length - x.length - 1) === 32 && y.endsWith(x)

/** Both claims name places of their own, which differ (not one of them unsaid). */
const bothPlaced = (a: Content, b: Content): boolean =>
  a.placeKeys.length > 0 && b.placeKeys.length > 0 && !nested(a.placeKeys, b.placeKeys)

/** Whether `y` is `x` followed by a space and more: `y.startsWith(x + " ")`, without making the string. */
const within = (x: string, y: string): boolean => y.charCodeAt(x.length) === 32 && y.startsWith(x)

/** A place read from the sentence before, not the claim's own (extract.ts): `place` null, `places` not. */
const inherited = (c: Content): boolean => c.place === null && c.placeKeys.length > 0 && !c.aggregate

function places(a: Content, b: Content): Compat {
  if (a.aggregate !== b.aggregate) return "loose"
  if (inherited(a) || inherited(b)) {
    // The paragraph's place is a hint: it tells two claims apart only loosely, and stands for
    // nothing against a claim with no place.
    if (a.placeKeys.length === 0 || b.placeKeys.length === 0) return "strong"
    if (share(b.placeKeys, a.placeKeys) || share(b.baseKeys, a.baseKeys) || nested(a.placeKeys, b.placeKeys))
      return "strong"
    return "loose"
  }
  if (a.placeKeys.length === 0 && b.placeKeys.length === 0) return "strong"
  if (a.placeKeys.length === 0 || b.placeKeys.length === 0) return "loose"
  if (a.place !== null && a.place === b.place) return "strong"
  if (share(b.placeKeys, a.placeKeys)) return "loose"
  if (share(b.baseKeys, a.baseKeys)) return "loose"
  if (nested(a.placeKeys, b.placeKeys)) return "loose"
  return "no"
}

/**
 * Two actions: the same; or one unsaid, or two verbs the registry does not know, which may
 * corroborate but never conflict; else different things (killed and missing, lit and injured).
 */
function actions(a: Content, b: Content): Compat {
  if (a.action === b.action) return a.action === null && a.measure && b.measure ? "loose" : "strong"
  if (a.action === null || b.action === null) return "loose"
  // Two verbs the registry does not know may say one thing ("lit", "set"); a verb it does not
  // know beside one it does says another thing than the registry's (it holds the usual words).
  // (A measure's action may be the noun it is of, "59% approval": a noun beside a registry verb
  // says nothing either way.)
  return (a.known || b.known) && !(a.measure && b.measure) ? "no" : "loose"
}

function quantities(a: Content, b: Content): Compat {
  // A narrowing on both sides that differs (children and adults) is another figure; on one side
  // only (one child died, one death), a part that may be the whole.
  if (a.hard !== b.hard && a.hard !== "" && b.hard !== "") return "no"
  let c: Compat = a.soft || b.soft || a.hard !== b.hard || a.role !== b.role ? "loose" : "strong"
  c = worse(c, actions(a, b))
  c = worse(c, entities(a.actor, b.actor))
  c = worse(c, entities(a.target, b.target))
  if (a.each !== b.each) c = worse(c, "loose")
  // Two figures that are both hedged ("could cut emissions 20%") are guesses, not rival facts.
  if (a.polarity === "hedged" && b.polarity === "hedged") c = worse(c, "loose")
  return c
}

const partyless = (e: Content): boolean => e.polarity === "denied" && e.actor === null && e.target === null

/**
 * How two claims relate, by their contents. The rule that two figures of one sentence are never
 * the same figure is the caller's (see group.ts), so that identical claims can be compared once.
 */
export function compat(a: Content, b: Content): Compat {
  if (a.head !== b.head) return "no"
  if (a.story !== b.story && a.story !== null && b.story !== null) return "no"
  // A running total with no time word is its value as of publication: beside one with a stated
  // time, or days apart (two stated times are two events), it may be the next value of a series
  // when one of the two is worded as an update ("remain missing", "rose to") or both name the
  // same place. Any other figure without a time word only corroborates one with.
  // (A denial that names no party denies the event on the days it speaks of, however it says them.)
  // A figure with no time word is about the day it was published and the night before: beside a
  // stated time within that window, it is about the same days.
  let c: Compat = "strong"
  if (a.start !== null && b.start !== null && a.end !== null && b.end !== null) {
    if (a.start > b.end || b.start > a.end) {
      // A total's update ("grew to 146" on 28 February, "198 in all" on Friday) may be a later
      // value of a figure given for another day.
      const gap = Math.max(a.start, b.start) - Math.min(a.end, b.end)
      if (gap > SLACK || (a.timed && b.timed && !(a.update || b.update))) return "no"
      // The later of the two brings the news: it is the one worded as an update.
      const later = a.start > b.start ? a : b
      const series = a.running && b.running && (later.update || (a.place !== null && a.place === b.place))
      c = series ? "strong" : "loose"
    }
  } else if ((a.start === null) !== (b.start === null)) return "no"
  // Two updates of a total, one of which names no place or a place inside the other's ("West
  // Texas", "Texas"), are one total: what it counts is stated in full each time.
  const p = places(a, b)
  c = worse(c, p === "loose" && a.update && b.update && !bothPlaced(a, b) ? "strong" : p)
  if (c === "no" || a.kind !== b.kind) return "no"
  // A switch, not a pattern match: this is the innermost loop of grouping.
  if (a.kind === "quantity") return worse(c, quantities(a, b))
  if (a.kind === "event") {
    // A denial that names no party ("There was no conversation", "the government denied any
    // arrests") denies the event whoever took part: it meets the assertion as fully as one that does.
    if (partyless(a) || partyless(b)) return c
    return worse(c, worse(entities(a.actor, b.actor), entities(a.target, b.target)))
  }
  return c
}
