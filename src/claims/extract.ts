/**
 * Claims from one document: the pure heart of src/claims. Sentences in, typed claims out, each
 * with its provenance (document, sentence, character offsets, verbatim text).
 *
 *   segment -> numbers -> frame (counted, action, actor, target, place) -> time -> claimant -> flags
 */
import type {
  AttributeClaim,
  Claim,
  ClaimFlag,
  ClaimId,
  EventClaim,
  QuantityClaim,
  TimeWindow,
} from "../domain/Claim.ts"
import type { Document } from "../domain/Document.ts"
import { fromInterval } from "../domain/interval.ts"
import { type FoundClaimant, findClaimant } from "./claimant.ts"
import { findEvent } from "./events.ts"
import { DENIALS, HEDGES, UPDATE } from "./lexicon.ts"
import { FAST_PATH } from "./numbers/lexicon.ts"
import { findNumbers, isFigure } from "./numbers.ts"
import { findPlaces } from "./place.ts"
import { type Frame, findActions, frameOf, placesOf } from "./quantity.ts"
import { type Sentence, segment } from "./segment.ts"
import { isoDay, type TimeCandidates, timeCandidates, windowAt } from "./time.ts"

const MAYBE_EVENT =
  /\b(struck|hit|attacked|targeted|shelled|bombed|called|phoned|call with|spoke|met|talks with|visited|arrived|landed|captured|seized|rejected|denied|dismissed|signed|launched)\b/i
/** Whether a line (or a sentence) may hold a claim: a number, or a verb of an event. */
const mayHoldClaim = (text: string): boolean => FAST_PATH.test(text) || MAYBE_EVENT.test(text)
const FLOOR = /\b(?:on|to|at|near|into|from)\s+(?:the\s+)?$/i

/** What every claim of a sentence shares; the time expressions are read when first needed. */
interface Said {
  readonly doc: Document
  readonly s: Sentence
  readonly found: FoundClaimant
  readonly hedged: boolean
  times: TimeCandidates | null
}

/** When a claim of the sentence is about: the time expression nearest to offset `at`. */
function timeOf(said: Said, at: number): TimeWindow | null {
  said.times ??= timeCandidates(said.s.text, said.doc.published)
  const w = windowAt(said.times, at)
  return w === null ? null : { start: isoDay(w.start), end: isoDay(w.end), text: w.text }
}

/**
 * The provenance and attribution every claim carries, in the contract's key order: the document,
 * the verbatim sentence and its offsets, the line, who published it and who says it, when, flags.
 */
function provenance(said: Said, id: ClaimId, at: number) {
  const { doc, s } = said
  return {
    id,
    document: doc.id,
    text: s.text,
    start: s.start,
    end: s.end,
    line: doc.firstLine + s.line,
    outlet: doc.outlet,
    claimant: said.found.claimant,
    time: timeOf(said, at),
    flags: flagsOf(said),
  }
}

function flagsOf(said: Said): ClaimFlag[] {
  const flags: ClaimFlag[] = []
  if (said.found.claimant.kind === "anonymous") flags.push("anonymous-source")
  if (said.hedged) flags.push("hedged")
  return flags
}

const FLOOR_WORD = /^\s*(floor|storey|story)\b/i
const DESIGNATION = /\p{L}-$/u
const AGE_ONE = /\ban?\s+$/i
const DENIED_BEFORE = /\b(denied|dismissed|rejected|refuted)\b[^.]*$/i
const DENIAL_VERB = /\b(denied|rejected|dismissed)\b/i

export function extractClaims(doc: Document): Claim[] {
  const claims: Claim[] = []
  let count = 0
  for (const s of segment(doc.text, mayHoldClaim)) {
    const text = s.text
    const numbers = findNumbers(text)
    const figures = numbers.length === 0 ? numbers : numbers.filter((n) => isFigure(n) || n.kind === "age")
    const eventLike = MAYBE_EVENT.test(text)
    if (figures.length === 0 && !eventLike) continue

    const found = findClaimant(text, doc.outlet, doc.id)
    const attribution = [found.start, found.end] as const
    const places = findPlaces(text)
    const hedged = HEDGES.test(text)
    const said: Said = { doc, s, found, hedged, times: null }

    const actions = figures.length > 0 ? findActions(text) : []
    const sentenceQs: QuantityClaim[] = []
    let previous: Frame | null = null
    for (const n of figures) {
      if (n.start >= attribution[0] && n.end <= attribution[1] && found.claimant.kind !== "outlet") continue
      // a designation: "Kh-22", "MS-13"
      if (
        text.charCodeAt(n.start - 1) === 45 &&
        DESIGNATION.test(text.slice(Math.max(0, n.start - 3), n.start))
      )
        continue

      if (n.kind === "ordinal") {
        const floor = FLOOR_WORD.exec(text.slice(n.end))
        if (floor && FLOOR.test(text.slice(Math.max(0, n.start - 12), n.start))) {
          const claim: AttributeClaim = {
            _tag: "attribute",
            ...provenance(said, `${doc.id}#${++count}` as ClaimId, n.start),
            polarity: hedged ? "hedged" : "asserted",
            place: null,
            places: [],
            aggregate: false,
            attribute: "floor",
            value: n.min ?? 0,
            mention: {
              text: text.slice(n.start, n.end + floor[0].length),
              start: s.start + n.start,
              end: s.start + n.end + floor[0].length,
            },
          }
          claims.push(claim)
        }
        continue
      }

      // "a 52-year-old woman": one person, aged 52.
      const age = n.kind === "age"
      const figure =
        age && AGE_ONE.test(text.slice(Math.max(0, n.start - 4), n.start)) ? { ...n, min: 1, max: 1 } : n
      if (age && figure === n) continue
      const frame = frameOf(text, figure, previous, actions, places, attribution)
      if (frame === null) continue
      if (!frame.scope) previous = frame
      // "half of them": a share, not a count of things.
      if (figure.max !== null && figure.max < 1 && n.kind === "cardinal") continue
      const before = text.slice(Math.max(0, n.start - 40), n.start)
      const denied = DENIED_BEFORE.test(before)
      const qualifiers = frame.qualifiers
      const spread = frame.each && frame.places.length > 1 ? frame.places.map((p) => [p]) : [frame.places]
      for (const ps of spread) {
        const claim: QuantityClaim = {
          _tag: "quantity",
          ...provenance(said, `${doc.id}#${++count}` as ClaimId, n.start),
          polarity: denied ? "denied" : hedged ? "hedged" : "asserted",
          place: ps[0] ?? null,
          places: ps,
          aggregate: frame.aggregate,
          value: fromInterval({ min: figure.min, max: figure.max }),
          approx: figure.approx,
          bound: figure.bound,
          mention: { text: n.text, start: s.start + n.start, end: s.start + n.end },
          unit: n.unit,
          currency: n.currency,
          counted: frame.counted,
          qualifiers,
          action: frame.action,
          actor: frame.actor,
          target: frame.target,
          each: frame.each,
          update: UPDATE.test(before.slice(-25)),
        }
        sentenceQs.push(claim)
      }
    }
    if (sentenceQs.length > 0) markParts(sentenceQs, claims)

    if (eventLike) {
      const ev = findEvent(text, attribution)
      if (ev && (ev.target !== null || places.length > 0)) {
        const denied =
          ev.negated ||
          (ev.action !== "reject" && DENIALS.test(text.slice(0, ev.verbStart)) && DENIAL_VERB.test(text))
        const scope = places.filter((p) => p.start > ev.verbStart).slice(0, 1)
        const ps = placesOf(scope.length > 0 ? scope : places)
        const claim: EventClaim = {
          _tag: "event",
          ...provenance(said, `${doc.id}#${++count}` as ClaimId, ev.verbStart),
          polarity: denied ? "denied" : hedged ? "hedged" : "asserted",
          place: ps[0] ?? null,
          places: ps,
          aggregate: false,
          value: null,
          actor: ev.actor,
          verb: ev.verb,
          action: ev.action,
          target: ev.target,
        }
        claims.push(claim)
      }
    }
  }
  return claims
}

/**
 * Figures of one sentence that count the same thing, in the same place, joined by "and", are
 * parts of a sum ("Three adults and one child were hospitalised", "one on the train and one in
 * the truck"): each is stated loosely, so it may corroborate but not contradict a total.
 */
function markParts(qs: ReadonlyArray<QuantityClaim>, out: Claim[]): void {
  const part = new Set<number>()
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!
    const b = qs[i + 1]!
    const samePlace = (a.place?.key ?? null) === (b.place?.key ?? null)
    const sameAction = a.action === b.action || a.action === null || b.action === null
    const between = a.text.slice(a.mention.end - a.start, b.mention.start - b.start)
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
