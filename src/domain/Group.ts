import { Schema } from "effect"
import { ClaimId } from "./Claim.ts"
import { Value } from "./Value.ts"

export const GroupId = Schema.String.pipe(Schema.brand("GroupId"))
export type GroupId = typeof GroupId.Type

export const Verdict = Schema.Literal("conflict", "evolving", "single-source", "corroborated")
export type Verdict = typeof Verdict.Type

export const GroupFlag = Schema.Literal(
  "anonymous-source",
  "hedged",
  "interested-party",
  "single-claimant",
  "syndicated",
  "parts-sum-mismatch",
)
export type GroupFlag = typeof GroupFlag.Type

/** One point of an evolving figure's timeline. */
export const TimelinePoint = Schema.Struct({
  published: Schema.NullOr(Schema.String),
  outlet: Schema.NullOr(Schema.String),
  claim: ClaimId,
  value: Value,
})

/** Claims about the same thing, across documents, with a verdict. */
export const Group = Schema.Struct({
  id: GroupId,
  claims: Schema.Array(ClaimId),
  verdict: Verdict,
  flags: Schema.Array(GroupFlag),
  /** A one-line statement of what the group is about: "Drones shot down, Moscow, 24 Oct 2025". */
  subject: Schema.String,
  /** Independent outlets behind the group (copies of one wire story count once). */
  outlets: Schema.Array(Schema.String),
  /** Why the verdict, in words: the intervals that do not meet, an assertion against a denial. */
  reason: Schema.String,
  /** Evolving figures: their values over publication time, and the latest one. */
  timeline: Schema.optional(Schema.Array(TimelinePoint)),
  latest: Schema.optional(Value),
})
export type Group = typeof Group.Type
