import { Schema } from "effect"
import { DocumentId } from "./Document.ts"
import { Approx, Value } from "./Value.ts"

export const ClaimId = Schema.String.pipe(Schema.brand("ClaimId"))
export type ClaimId = typeof ClaimId.Type

export const ClaimFlag = Schema.Literal("anonymous-source", "hedged", "interested-party")
export type ClaimFlag = typeof ClaimFlag.Type

/** Who says it. `outlet` when no one is named: the outlet itself stands behind the claim. */
export const Claimant = Schema.Struct({
  name: Schema.String,
  /** Canonical key: one per person or body across spellings ("zelensky" for Zelenskyy, Zelenskiy). */
  key: Schema.String,
  kind: Schema.Literal("named", "anonymous", "outlet"),
  /** The side the claimant belongs to, when known ("russia", "ukraine"). */
  side: Schema.NullOr(Schema.String),
})
export type Claimant = typeof Claimant.Type

/** A named thing (a place, an actor), canonical across spellings. */
export const Entity = Schema.Struct({
  name: Schema.String,
  key: Schema.String,
})
export type Entity = typeof Entity.Type

/** When the claim is about, resolved against the publication time. ISO dates, inclusive. */
const IsoDate = Schema.String.pipe(Schema.pattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/))

export const TimeWindow = Schema.Struct({
  start: IsoDate,
  end: IsoDate,
  /** The words it was read from; null when it falls back to the publication date. */
  text: Schema.NullOr(Schema.String),
})
export type TimeWindow = typeof TimeWindow.Type

/** The piece of the sentence a figure was read from. */
export const Mention = Schema.Struct({
  text: Schema.String,
  start: Schema.Number,
  end: Schema.Number,
})
export type Mention = typeof Mention.Type

const Base = {
  id: ClaimId,
  document: DocumentId,
  /** The verbatim sentence. */
  text: Schema.String,
  /** The sentence's offsets in the document's text (end exclusive). */
  start: Schema.Number,
  end: Schema.Number,
  /** The line of the input file the sentence starts on (1-based). */
  line: Schema.Number,
  outlet: Schema.NullOr(Schema.String),
  claimant: Claimant,
  polarity: Schema.Literal("asserted", "denied", "hedged"),
  /** The most specific place the claim is about, or null. */
  place: Schema.NullOr(Entity),
  /** Every place named in the claim's scope (a city and its region, say). */
  places: Schema.Array(Entity),
  /** The claim covers several areas at once ("over 13 regions"): a whole, not one of its parts. */
  aggregate: Schema.Boolean,
  time: Schema.NullOr(TimeWindow),
  flags: Schema.Array(ClaimFlag),
}

/** A figure: what is counted, by whom, done to whom, where and when. */
export const QuantityClaim = Schema.TaggedStruct("quantity", {
  ...Base,
  value: Value,
  approx: Approx,
  /** The bound words as written ("at least", "nearly", "dozens"). */
  bound: Schema.NullOr(Schema.String),
  mention: Mention,
  unit: Schema.NullOr(Schema.String),
  currency: Schema.NullOr(Schema.String),
  /** What is counted, canonical and singular: "drone", "person", "prisoner", "airport". */
  counted: Schema.NonEmptyString,
  /** Words that narrow what is counted ("child", "other", "more"). */
  qualifiers: Schema.Array(Schema.String),
  /** The action, canonical: "launched", "shot-down", "killed", "injured"... */
  action: Schema.NullOr(Schema.String),
  actor: Schema.NullOr(Entity),
  target: Schema.NullOr(Entity),
  /** "150 ... each": the figure applies to each of several parties. */
  each: Schema.Boolean,
  /** The wording says the figure is an update ("rose to", "has risen to"). */
  update: Schema.Boolean,
})
export type QuantityClaim = typeof QuantityClaim.Type

/** Who did what to whom: "Trump called Putin", "drones struck a plant in Obukhovo". */
export const EventClaim = Schema.TaggedStruct("event", {
  ...Base,
  value: Schema.Null,
  actor: Schema.NullOr(Entity),
  /** The verb as written, and its canonical class ("strike", "call", "reject"). */
  verb: Schema.String,
  action: Schema.String,
  target: Schema.NullOr(Entity),
})
export type EventClaim = typeof EventClaim.Type

/** A property of an event that sources can disagree on: the floor hit, the hour, the weapon. */
export const AttributeClaim = Schema.TaggedStruct("attribute", {
  ...Base,
  attribute: Schema.String,
  value: Schema.Union(Schema.Number, Schema.String),
  mention: Mention,
})
export type AttributeClaim = typeof AttributeClaim.Type

export const Claim = Schema.Union(QuantityClaim, EventClaim, AttributeClaim)
export type Claim = typeof Claim.Type
export type ClaimKind = Claim["_tag"]
