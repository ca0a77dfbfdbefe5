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

export const isExact = (v: Value): v is number => typeof v === "number"

export const toInterval = (v: Value): Interval => (typeof v === "number" ? { min: v, max: v } : v)

/** Collapse an interval to the contract's form: a bare number when both sides are equal. */
export const fromInterval = (i: Interval): Value =>
  i.min !== null && i.min === i.max ? i.min : { min: i.min, max: i.max }

/** Whether two intervals meet. */
export const meets = (a: Interval, b: Interval): boolean =>
  (a.min === null || b.max === null || a.min <= b.max) && (b.min === null || a.max === null || b.min <= a.max)
