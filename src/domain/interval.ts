/**
 * Figures as intervals: the pure functions over them, without `effect`, so that extraction (and
 * the worker threads that run it) does not load the Schema library. src/domain/Value.ts holds the
 * schemas and re-exports these.
 */

/** A figure as an interval. `null` is an open side: "at least 14" is { min: 14, max: null }. */
export interface Interval {
  readonly min: number | null
  readonly max: number | null
}

/** The JSON contract's `value`: a number for an exact figure, or bounds. */
export type Value = number | Interval

export const isExact = (v: Value): v is number => typeof v === "number"

export const toInterval = (v: Value): Interval => (typeof v === "number" ? { min: v, max: v } : v)

/** Collapse an interval to the contract's form: a bare number when both sides are equal. */
export const fromInterval = (i: Interval): Value =>
  i.min !== null && i.min === i.max ? i.min : { min: i.min, max: i.max }

/** Whether two intervals meet. */
export const meets = (a: Interval, b: Interval): boolean =>
  (a.min === null || b.max === null || a.min <= b.max) && (b.min === null || a.max === null || b.min <= a.max)
