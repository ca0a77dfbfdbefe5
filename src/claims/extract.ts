/**
 * Claims from one document: the pure heart of src/claims. Sentences in, typed claims out, each
 * with its provenance (document, sentence, character offsets, verbatim text).
 *
 *   segment -> numbers -> frame (counted, action, actor, target, place) -> time -> claimant -> flags
 */
import type {
  AttributeClaim,
  Claim,
  Claimant,
  ClaimFlag,
  ClaimId,
  Entity,
  EventClaim,
  QuantityClaim,
  TimeWindow,
} from "../domain/Claim.ts"
import type { Document } from "../domain/Document.ts"
import { fromInterval } from "../domain/interval.ts"
import {
  type Attribution,
  claimantOf,
  type FoundClaimant,
  figureAttributions,
  findAttribution,
} from "./claimant.ts"
import { findEvent, MAYBE_EVENT } from "./events.ts"
import { DENIALS, HEDGES } from "./lexicon.ts"
import { FAST_PATH } from "./numbers/lexicon.ts"
import { findNumbers, isFigure, type NumberMention } from "./numbers.ts"
import { findPlaces } from "./place.ts"
import {
  clauseAround,
  type Frame,
  findActions,
  frameOf,
  isTemperatureLabel,
  placesOf,
  updateBefore,
} from "./quantity.ts"
import { isKnownAction, KNOWN_THINGS, thingEntry } from "./registry.ts"
import { type Sentence, segment } from "./segment.ts"
import { dayOf, isoDay, timeCandidates, windowAt } from "./time.ts"

/**
 * Whether a line (or a sentence) may hold a claim: a number, or a verb of an event. One pattern
 * for both (the same flags), so that a line with neither, most lines, is scanned once, not twice.
 */
const MAY_HOLD_CLAIM = new RegExp(`${FAST_PATH.source}|${MAYBE_EVENT.source}`, "i")
const FLOOR = /\b(?:on|to|at|near|into|from)\s+(?:the\s+)?$/i

/**
 * What a sentence says, whatever document it stands in: its claims without their provenance, in
 * the order they are reported. Wire copy repeats itself (a story's updates, syndication, the same
 * agency sentence quoted by several outlets), so a sentence is read once per run and each document
 * that carries it only adds its provenance: `readingOf` remembers readings by text. A reading is a
 * pure function of the sentence's text, so remembering changes nothing (tests/claims-speed.test.ts
 * holds it to that); claims of different documents share its parts, which are read-only.
 */
export interface Reading {
  /**
   * The place the sentence names first, if any: the place a later sentence of its paragraph that
   * names none is about ("In Poltava, a missile struck a building. At least 14 people were killed.").
   * Such a claim lists it in `places` and keeps `place` null: the sentence itself does not name it.
   */
  readonly context: Entity | null
  readonly attribution: Attribution
  readonly hedged: boolean
  readonly drafts: ReadonlyArray<Draft>
  /** When each draft's claim is about, by publication day (null: none), read when first needed. */
  readonly times: Map<number | null, ReadonlyArray<TimeWindow | null>>
}

/** A claim of a sentence without its provenance. `seq`: its number among the sentence's claims. */
type Draft = QuantityDraft | FloorDraft | EventDraft
interface DraftBase {
  readonly seq: number
  /** Where in the sentence its time is looked for. */
  readonly at: number
  readonly polarity: QuantityClaim["polarity"]
}
interface Span {
  readonly text: string
  readonly start: number
  readonly end: number
}
interface QuantityDraft extends DraftBase {
  readonly _tag: "quantity"
  readonly place: QuantityClaim["place"]
  readonly places: QuantityClaim["places"]
  readonly aggregate: boolean
  readonly value: QuantityClaim["value"]
  readonly approx: QuantityClaim["approx"]
  readonly bound: QuantityClaim["bound"]
  /** Offsets in the sentence. */
  readonly mention: Span
  readonly unit: QuantityClaim["unit"]
  readonly currency: QuantityClaim["currency"]
  readonly counted: string
  readonly qualifiers: ReadonlyArray<string>
  readonly action: QuantityClaim["action"]
  readonly actor: QuantityClaim["actor"]
  readonly target: QuantityClaim["target"]
  readonly each: boolean
  readonly update: boolean
}
interface FloorDraft extends DraftBase {
  readonly _tag: "attribute"
  /** "floor", or what a change sets ("retirement age"). */
  readonly attribute: string
  readonly value: number
  /** Offsets in the sentence. */
  readonly mention: Span
}
interface EventDraft extends DraftBase {
  readonly _tag: "event"
  readonly place: EventClaim["place"]
  readonly places: EventClaim["places"]
  readonly actor: EventClaim["actor"]
  readonly verb: EventClaim["verb"]
  readonly action: EventClaim["action"]
  readonly target: EventClaim["target"]
}

/** A sentence with no claim, whatever document it is in. */
const NOTHING: Reading = {
  context: null,
  attribution: { kind: "none", name: "", start: 0, end: 0, verb: null },
  hedged: false,
  drafts: [],
  times: new Map(),
}

const READINGS = new Map<string, Reading>()
/** Readings kept at most; past that the memory starts afresh (a day of wire copy holds fewer). */
const MAX_READINGS = 100_000

/** The reading of a sentence, remembered by its text. */
function readingOf(text: string): Reading {
  let r = READINGS.get(text)
  if (r === undefined) {
    r = readSentence(text)
    if (READINGS.size >= MAX_READINGS) READINGS.clear()
    READINGS.set(text, r)
  }
  return r
}

/**
 * Forgets the sentences read so far: at the end of a run's extraction (their memory is then free for
 * the later stages), and in tests (a reading must not depend on what came before).
 */
export function forgetReadings(): void {
  READINGS.clear()
}

/** After a figure's noun: "34 people remain missing", "still unaccounted for", "so far". */
const UPDATE_AFTER =
  /^(?:\s*(?:,\s*)?(?:remain(?:s|ed)?|still|so far|to date|now|in all|in total)\b|[^.;:!?]{0,30}?,\s*(?:up|down) from\b)/i
const FLOOR_WORD = /^\s*(floor|storey|story)\b/i
const DESIGNATION = /\p{L}-$/u
const AGE_ONE = /\ban?\s+$/i
const DENIED_BEFORE = /\b(denied|dismissed|refuted)\b[^.]*$/i
const DENIAL_VERB = /\b(denied|rejected|dismissed)\b/i

/**
 * "in one speech", "we will one day get there": the word "one" before a noun that is no thing the
 * registry knows, nor people, nor done to by a registry action, is an article, not a count; nor
 * is a duration of one.
 */
function idiom(n: NumberMention, frame: Frame): boolean {
  if (n.kind === "duration") return n.min === 1 && n.max === 1
  if (!ONE.test(n.text) || (frame.action !== null && isKnownAction(frame.action))) return false
  return (
    thingEntry(frame.counted) === undefined && frame.counted !== "person" && !KNOWN_THINGS.has(frame.counted)
  )
}
const ONE = /^(?:one|a|an)$/i

const FROM_BEFORE = /\bfrom\s+$/i
const TO_BETWEEN = /^\s+to\s+$/i
const CHANGE_VERB =
  "(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|push(?:es|ed|ing)? back|(?:bring|bringing|brings|brought) (?:down|up))"
/** "increase the retirement age from 62 to 64": the verb, then what it changes. */
const CHANGE_ACTIVE = new RegExp(
  `\\b${CHANGE_VERB}\\s+(?:the|its|their|his|her)\\s+((?:[a-z-]+\\s+){0,3}?[a-z-]+)\\s+$`,
  "i",
)
/** "the retirement age is to be raised step by step from 62 to 65 years". */
const CHANGE_PASSIVE = new RegExp(
  `\\b(?:the|its|their)\\s+((?:[a-z-]+\\s+){0,3}?[a-z-]+)\\s+(?:is|was|are|were|will be|would be|has been|had been|is to be|are to be|is set to be|is due to be)\\s+(?:[a-z]+\\s+){0,4}?${CHANGE_VERB}\\s+(?:[a-z]+\\s+){0,4}?$`,
  "i",
)

/**
 * What a change "from A to B" sets, read before the range: "increase the retirement age", "the
 * retirement age is to be raised step by step". Null when the range follows no such change.
 */
function changeOf(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 100), at)
  const m = CHANGE_ACTIVE.exec(before) ?? CHANGE_PASSIVE.exec(before)
  if (m === null) return null
  // Its head and the noun before it: "the minimum retirement age" and "the retirement age" are one.
  return m[1]!.toLowerCase().split(/\s+/).slice(-2).join(" ")
}

/** The words before a figure since the last break of its phrase ("The rising totals – and two deaths"). */
const sinceBreak = (before: string): string => before.slice(before.search(LAST_BREAK) + 1)
const LAST_BREAK = /[–—,;:()](?=[^–—,;:()]*$)/

const MEMBER_OF = /^\s+of\s+(?:the\s+|an?\s+)?(?:estimated\s+)?$/i

/** Whether an offset of the sentence stands after the attribution's verb of saying. */
function afterVerb(text: string, a: Attribution, at: number): boolean {
  if (a.verb === null) return false
  const v = text.indexOf(a.verb, a.start)
  return v >= 0 && v < at && at >= v + a.verb.length
}

/** Reads the claims of one sentence (see Reading). */
export function readSentence(text: string): Reading {
  const numbers = findNumbers(text)
  const figures =
    numbers.length === 0
      ? numbers
      : numbers.filter(
          (n) =>
            isFigure(n) ||
            n.kind === "age" ||
            n.kind === "duration" ||
            (n.kind === "label" && isTemperatureLabel(n.text)),
        )
  const eventLike = MAYBE_EVENT.test(text)
  if (figures.length === 0 && !eventLike) return NOTHING

  const attribution = findAttribution(text)
  const span = [attribution.start, attribution.end] as const
  const places = findPlaces(text)
  const context =
    placesOf(places.filter((p) => !p.aggregate && !(p.start >= span[0] && p.end <= span[1])))[0] ?? null
  const hedged = HEDGES.test(text)
  const asserted = hedged ? "hedged" : "asserted"
  const drafts: Draft[] = []
  let seq = 0

  const actions = figures.length > 0 ? findActions(text) : []
  const quantities: QuantityDraft[] = []
  let previous: Frame | null = null
  for (let j = 0; j < figures.length; j++) {
    const n = figures[j]!
    // "one of 40 people aboard": a member of the group the next figure counts.
    const next = figures[j + 1]
    if (next !== undefined && MEMBER_OF.test(text.slice(n.end, next.start))) continue
    // A figure in the speaker's words is no claim ("Sixty officials said"); one after the verb
    // of saying is the speaker's figure ("..., whereas the CGT declared around 3.5 million").
    if (
      n.start >= span[0] &&
      n.end <= span[1] &&
      attribution.kind !== "none" &&
      !afterVerb(text, attribution, n.start)
    )
      continue
    // a designation: "Kh-22", "MS-13"
    if (
      text.charCodeAt(n.start - 1) === 45 &&
      DESIGNATION.test(text.slice(Math.max(0, n.start - 3), n.start))
    )
      continue

    if (n.kind === "ordinal") {
      const floor = FLOOR_WORD.exec(text.slice(n.end))
      if (floor && FLOOR.test(text.slice(Math.max(0, n.start - 12), n.start))) {
        const end = n.end + floor[0].length
        drafts.push({
          _tag: "attribute",
          seq: ++seq,
          at: n.start,
          polarity: asserted,
          attribute: "floor",
          value: n.min ?? 0,
          mention: { text: text.slice(n.start, end), start: n.start, end },
        })
      }
      continue
    }

    // "increase the retirement age from 62 to 64", "cut its rate from 5% to 4.75%": the value a
    // change sets, of what it sets.
    const from = n.approx === "range" ? null : FROM_BEFORE.exec(text.slice(Math.max(0, n.start - 6), n.start))
    const to =
      from !== null && next !== undefined && TO_BETWEEN.test(text.slice(n.end, next.start)) ? next : null
    const set =
      n.approx === "range" && n.max !== null
        ? changeOf(text, n.start)
        : to !== null
          ? changeOf(text, n.start - from![0].length)
          : null
    if (set !== null) {
      const target = to ?? n
      drafts.push({
        _tag: "attribute",
        seq: ++seq,
        at: n.start,
        polarity: asserted,
        attribute: set,
        value: target.max ?? target.min ?? 0,
        mention: { text: text.slice(n.start, target.end), start: n.start, end: target.end },
      })
      if (to !== null) j++
      continue
    }

    // "a 52-year-old woman": one person, aged 52.
    const age = n.kind === "age"
    const figure =
      age && AGE_ONE.test(text.slice(Math.max(0, n.start - 4), n.start)) ? { ...n, min: 1, max: 1 } : n
    if (age && figure === n) continue
    const frame = frameOf(text, figure, previous, actions, places, span)
    if (frame === null || idiom(n, frame)) continue
    if (!frame.scope) previous = frame
    // "half of them": a share, not a count of things.
    if (figure.max !== null && figure.max < 1 && n.kind === "cardinal") continue
    const before = text.slice(Math.max(0, n.start - 40), n.start)
    const denied = DENIED_BEFORE.test(before)
    const spread = frame.each && frame.places.length > 1 ? frame.places.map((p) => [p]) : [frame.places]
    for (const ps of spread) {
      quantities.push({
        _tag: "quantity",
        seq: ++seq,
        at: n.start,
        polarity: denied ? "denied" : asserted,
        place: ps[0] ?? null,
        places: ps,
        aggregate: frame.aggregate,
        value: fromInterval({ min: figure.min, max: figure.max }),
        approx: figure.approx,
        bound: figure.bound,
        mention: { text: n.text, start: n.start, end: n.end },
        unit: n.unit,
        currency: n.currency,
        counted: frame.counted,
        qualifiers: frame.qualifiers,
        action: frame.action,
        actor: frame.actor,
        target: frame.target,
        each: frame.each,
        update:
          updateBefore(sinceBreak(before.slice(-25))) ||
          UPDATE_AFTER.test(text.slice(frame.nounEnd, frame.nounEnd + 30)),
      })
    }
  }
  if (quantities.length > 0) markParts(text, quantities, drafts)

  if (eventLike) {
    const ev = findEvent(text, span)
    // An event needs something it was done to: a named target, a place, or a figure it governs
    // ("Police arrested 17 protesters", which a denial of any arrests contradicts).
    const verbAt = ev?.verbStart ?? -1
    const counted = quantities.some((q) => q.at > verbAt && q.at - verbAt < 40)
    if (ev && (ev.target !== null || places.length > 0 || ev.existential || counted)) {
      const denied =
        ev.negated ||
        (ev.action !== "reject" && DENIALS.test(text.slice(0, ev.verbStart)) && DENIAL_VERB.test(text))
      const scope = places.filter((p) => p.start > ev.verbStart).slice(0, 1)
      const ps = placesOf(scope.length > 0 ? scope : places)
      drafts.push({
        _tag: "event",
        seq: ++seq,
        at: ev.verbStart,
        polarity: denied ? "denied" : asserted,
        place: ps[0] ?? null,
        places: ps,
        actor: ev.actor,
        verb: ev.verb,
        action: ev.action,
        target: ev.target,
      })
    }
  }
  return drafts.length === 0 && context === null
    ? NOTHING
    : { context, attribution, hedged, drafts, times: new Map() }
}

/**
 * The flags a claim gets where it is read: an anonymous source, a hedge, both or neither. A
 * claim's flags are read-only (later stages make new lists), so claims share these four lists
 * rather than each holding a copy.
 */
const NO_FLAGS: ReadonlyArray<ClaimFlag> = []
const HEDGED: ReadonlyArray<ClaimFlag> = ["hedged"]
const ANONYMOUS: ReadonlyArray<ClaimFlag> = ["anonymous-source"]
const ANONYMOUS_HEDGED: ReadonlyArray<ClaimFlag> = ["anonymous-source", "hedged"]

/** A sentence of a document, with what its claims share there. */
interface Said {
  readonly doc: Document
  readonly s: Sentence
  readonly found: FoundClaimant
  readonly flags: ReadonlyArray<ClaimFlag>
}

/**
 * When each claim of a sentence is about, in a document published on `published`: the time
 * expression nearest to the draft's offset. Read once per sentence and publication day.
 */
function timesOf(reading: Reading, text: string, published: string | null): ReadonlyArray<TimeWindow | null> {
  const day = published === null ? null : dayOf(published)
  let times = reading.times.get(day)
  if (times === undefined) {
    const candidates = timeCandidates(text, published)
    times = reading.drafts.map((d) => {
      const w = windowAt(candidates, d.at, clauseAround(text, d.at))
      return w === null ? null : { start: isoDay(w.start), end: isoDay(w.end), text: w.text }
    })
    reading.times.set(day, times)
  }
  return times
}

const shifted = (m: Span, by: number): Span => ({ text: m.text, start: by + m.start, end: by + m.end })

/**
 * The claim of a draft in one document. Each kind's claim is written as one object literal, with
 * the provenance every claim carries first, in the contract's key order (the document, the
 * verbatim sentence and its offsets, the line, who published it and who says it, when, flags).
 * One literal, not a spread of a provenance object and the kind's fields: V8 then keeps all of a
 * claim's fields inside the object (with a spread, a quantity claim kept 9 of its 28 in a second
 * array), and every later stage reads claims field by field.
 */
function claimOf(said: Said, d: Draft, id: ClaimId, time: TimeWindow | null, context: Entity | null): Claim {
  const { doc, s } = said
  switch (d._tag) {
    case "quantity":
      return {
        _tag: "quantity",
        id,
        document: doc.id,
        text: s.text,
        start: s.start,
        end: s.end,
        line: doc.firstLine + s.line,
        outlet: doc.outlet,
        claimant: said.found.claimant,
        time,
        flags: said.flags,
        polarity: d.polarity,
        place: d.place,
        places: d.places.length > 0 || d.aggregate || context === null ? d.places : [context],
        aggregate: d.aggregate,
        value: d.value,
        approx: d.approx,
        bound: d.bound,
        mention: shifted(d.mention, s.start),
        unit: d.unit,
        currency: d.currency,
        counted: d.counted,
        qualifiers: d.qualifiers,
        action: d.action,
        actor: d.actor,
        target: d.target,
        each: d.each,
        update: d.update,
      } satisfies QuantityClaim
    case "attribute":
      return {
        _tag: "attribute",
        id,
        document: doc.id,
        text: s.text,
        start: s.start,
        end: s.end,
        line: doc.firstLine + s.line,
        outlet: doc.outlet,
        claimant: said.found.claimant,
        time,
        flags: said.flags,
        polarity: d.polarity,
        place: null,
        places: [],
        aggregate: false,
        attribute: d.attribute,
        value: d.value,
        mention: shifted(d.mention, s.start),
      } satisfies AttributeClaim
    case "event":
      return {
        _tag: "event",
        id,
        document: doc.id,
        text: s.text,
        start: s.start,
        end: s.end,
        line: doc.firstLine + s.line,
        outlet: doc.outlet,
        claimant: said.found.claimant,
        time,
        flags: said.flags,
        polarity: d.polarity,
        place: d.place,
        places: d.places.length > 0 || context === null ? d.places : [context],
        aggregate: false,
        value: null,
        actor: d.actor,
        verb: d.verb,
        action: d.action,
        target: d.target,
      } satisfies EventClaim
  }
}

/**
 * A claim with another claimant and flags (what reconcile learns of claimants' sides), written as
 * claimOf writes it, the same literal key for key, so that V8 gives the copy the hidden class of
 * the claim: a spread (`{ ...c, claimant, flags }`) gave copies classes of their own, six classes
 * for three kinds, and the functions that read claims of every kind (grouping, judging, the
 * reports) went from polymorphic to megamorphic property lookups.
 */
export function withClaimant(c: Claim, claimant: Claimant, flags: ReadonlyArray<ClaimFlag>): Claim {
  switch (c._tag) {
    case "quantity":
      return {
        _tag: "quantity",
        id: c.id,
        document: c.document,
        text: c.text,
        start: c.start,
        end: c.end,
        line: c.line,
        outlet: c.outlet,
        claimant,
        time: c.time,
        flags,
        polarity: c.polarity,
        place: c.place,
        places: c.places,
        aggregate: c.aggregate,
        value: c.value,
        approx: c.approx,
        bound: c.bound,
        mention: c.mention,
        unit: c.unit,
        currency: c.currency,
        counted: c.counted,
        qualifiers: c.qualifiers,
        action: c.action,
        actor: c.actor,
        target: c.target,
        each: c.each,
        update: c.update,
      } satisfies QuantityClaim
    case "attribute":
      return {
        _tag: "attribute",
        id: c.id,
        document: c.document,
        text: c.text,
        start: c.start,
        end: c.end,
        line: c.line,
        outlet: c.outlet,
        claimant,
        time: c.time,
        flags,
        polarity: c.polarity,
        place: c.place,
        places: c.places,
        aggregate: c.aggregate,
        attribute: c.attribute,
        value: c.value,
        mention: c.mention,
      } satisfies AttributeClaim
    case "event":
      return {
        _tag: "event",
        id: c.id,
        document: c.document,
        text: c.text,
        start: c.start,
        end: c.end,
        line: c.line,
        outlet: c.outlet,
        claimant,
        time: c.time,
        flags,
        polarity: c.polarity,
        place: c.place,
        places: c.places,
        aggregate: c.aggregate,
        value: c.value,
        actor: c.actor,
        verb: c.verb,
        action: c.action,
        target: c.target,
      } satisfies EventClaim
  }
}

export function extractClaims(doc: Document): Claim[] {
  return claimsOf(doc, sentencesOf(doc), readingOf)
}

/** The sentences of a document that may hold a claim. */
export const sentencesOf = (doc: Document): Sentence[] => segment(doc.text, MAY_HOLD_CLAIM)

/**
 * The claims of a document from its sentences (`sentencesOf`) and their readings: what
 * `extractClaims` does once the sentences are read. For callers that read the sentences elsewhere
 * (worker threads); `read` must give `readSentence(text)`, or a copy of it (`readingsFromJson`).
 */
export function claimsOf(
  doc: Document,
  sentences: ReadonlyArray<Sentence>,
  read: (text: string) => Reading,
): Claim[] {
  const claims: Claim[] = []
  let count = 0
  // The place of the last sentence that named one, in the current paragraph.
  let context: Entity | null = null
  let paragraph = -1
  for (const s of sentences) {
    const reading = read(s.text)
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph
      context = null
    }
    const inherited = reading.context === null ? context : null
    if (reading.context !== null) context = reading.context
    if (reading.drafts.length === 0) continue
    const found = claimantOf(reading.attribution, doc.outlet, doc.id)
    const flags =
      found.claimant.kind === "anonymous"
        ? reading.hedged
          ? ANONYMOUS_HEDGED
          : ANONYMOUS
        : reading.hedged
          ? HEDGED
          : NO_FLAGS
    const said: Said = { doc, s, found, flags }
    const times = timesOf(reading, s.text, doc.published)
    const { drafts } = reading
    // Figures of one sentence with their own speakers ("police put the crowd at 8,000, organisers at 50,000").
    const own = figureAttributions(s.text, drafts, reading.attribution)
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!
      const a = own === null ? reading.attribution : own[i]!
      const by = a === reading.attribution ? said : saidBy(said, a, reading.hedged)
      claims.push(claimOf(by, d, `${doc.id}#${count + d.seq}` as ClaimId, times[i]!, inherited))
    }
    count += drafts.length
  }
  return claims
}

/** A sentence of a document as one of its figures' own speakers says it (claimant.ts figureAttributions). */
function saidBy(said: Said, a: Attribution, hedged: boolean): Said {
  const found = claimantOf(a, said.doc.outlet, said.doc.id)
  const anonymous = found.claimant.kind === "anonymous"
  const flags = anonymous ? (hedged ? ANONYMOUS_HEDGED : ANONYMOUS) : hedged ? HEDGED : NO_FLAGS
  return { doc: said.doc, s: said.s, found, flags }
}

/** Readings as JSON text (what a worker thread sends back): plain data, without their times. */
export type ReadingsJson = string & { readonly ReadingsJson: unique symbol }

export const readingsToJson = (readings: ReadonlyArray<Reading>): ReadingsJson =>
  JSON.stringify(
    readings.map((r) => ({
      context: r.context,
      attribution: r.attribution,
      hedged: r.hedged,
      drafts: r.drafts,
    })),
  ) as ReadingsJson

export const readingsFromJson = (json: ReadingsJson): Reading[] =>
  (JSON.parse(json) as Array<Omit<Reading, "times">>).map((r) =>
    r.drafts.length === 0 && r.context === null
      ? NOTHING
      : {
          context: r.context,
          attribution: r.attribution,
          hedged: r.hedged,
          drafts: r.drafts,
          times: new Map(),
        },
  )

/**
 * Figures of one sentence that count the same thing, in the same place, joined by "and", are
 * parts of a sum ("Three adults and one child were hospitalised", "one on the train and one in
 * the truck"): each is stated loosely, so it may corroborate but not contradict a total.
 */
function markParts(text: string, qs: ReadonlyArray<QuantityDraft>, out: Draft[]): void {
  const part = new Set<number>()
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!
    const b = qs[i + 1]!
    const samePlace = (a.place?.key ?? null) === (b.place?.key ?? null)
    const sameAction = a.action === b.action || a.action === null || b.action === null
    const between = text.slice(a.mention.end, b.mention.start)
    if (a.counted === b.counted && samePlace && sameAction && !a.each && /\band\b/.test(between)) {
      part.add(i)
      part.add(i + 1)
    }
  }
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!
    out.push(
      part.has(i) && !q.qualifiers.includes("part")
        ? { ...q, qualifiers: [...q.qualifiers, "part"].sort() }
        : q,
    )
  }
}
