import { Schema } from "effect"

/**
 * A figure as an interval. `null` is an open side: "at least 14" is { min: 14, max: null }.
 * In the JSON report an exact figure is written as a bare number.
 */
export const Interval = Schema.Struct({
  min: Schema.NullOr(Schema.Number),
  max: Schema.NullOr(Schema.Number),
})
export type Interval = typeof Interval.Type

/** The JSON contract's `value`: a number for an exact figure, or bounds. */
export const Value = Schema.Union(Schema.Number, Interval)
export type Value = typeof Value.Type

/** How the source qualified the figure. */
export const Approx = Schema.Literal(
  "exact",
  "about",
  "at-least",
  "more-than",
  "at-most",
  "less-than",
  "nearly",
  "range",
  "vague",
)
export type Approx = typeof Approx.Type

// The pure functions live in interval.ts (no effect import), for extraction and its workers.
export { fromInterval, isExact, meets, toInterval } from "./interval.ts"
