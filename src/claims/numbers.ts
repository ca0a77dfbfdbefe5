/**
 * Reading numbers in English news text: digits and words ("1,500", "Thirty-seven", "a dozen",
 * "1.2 million"), ordinals ("14th", "first"), decimals and percentages ("2.5%", "40 per cent"),
 * money with currency and scale ("$130bn", "£55m", "US$ 27.5 billion", "$ 5,000", "500 dollars"),
 * ranges and bounds ("at least 14", "nearly 1,000", "between 20 and 30", "dozens"), units
 * ("200 kilometres"), and the numbers that are not counted figures: years, dates, times of day,
 * durations, ages, phone numbers, labels ("Article 5", "Shahed-136", "192.168.1.2").
 *
 * Pure; offsets are UTF-16 indices into the input, and `text === input.slice(start, end)` always
 * holds. The rules for bounds (how "about 70" or "more than 30" become an interval) are written
 * at the top of numbers/scan.ts.
 *
 * Layout: numbers/tokens.ts (tokens), numbers/numeral.ts (digits and number words),
 * numbers/scan.ts (kinds, currency, units, bounds, ranges, dates), numbers/lexicon.ts (word lists).
 */
import type { Approx } from "../domain/Value.ts"
import { FAST_PATH } from "./numbers/lexicon.ts"
import { scan } from "./numbers/scan.ts"

export type NumberKind =
  | "cardinal"
  | "ordinal"
  | "percent"
  | "money"
  | "dimension"
  /** Not a counted figure: kept so that callers can tell why (a year, a date, a duration...). */
  | "year"
  | "date"
  | "time"
  | "duration"
  | "age"
  | "phone"
  | "label"

/**
 * A bound as written, before whole counts step by one and approximations widen: "more than 30" is
 * { lo: 30, hi: null, loOpen: true, hiOpen: true }; "about 70" is [70, 70]; "up to 700" is
 * { lo: null, hi: 700, loOpen: true, hiOpen: false }.
 */
export interface StatedInterval {
  readonly lo: number | null
  readonly hi: number | null
  readonly loOpen: boolean
  readonly hiOpen: boolean
}

export interface NumberMention {
  /** The text as written, including bound words ("at least 14", "$130bn"). */
  readonly text: string
  readonly start: number
  readonly end: number
  /** Inclusive bounds; null is an open side. An exact figure has min === max. */
  readonly min: number | null
  readonly max: number | null
  readonly approx: Approx
  /** The bound words as written ("at least", "nearly", "dozens"), or null. */
  readonly bound: string | null
  readonly kind: NumberKind
  /**
   * "km", "mi", "m", "kg", "t", "%" (and "pp" for percentage points) for figures; "year", "month",
   * "day"... for durations and ages; or null.
   */
  readonly unit: string | null
  /**
   * ISO 4217 code ("USD", "GBP", "EUR") for money, or null. A bare "$" is USD. Minor units keep the
   * amount as written under the market's minor-unit code: "50 cents" is 50 USX, "470 pence" 470 GBX.
   */
  readonly currency: string | null
  /** The bound as written (see StatedInterval). */
  readonly stated?: StatedInterval
  /** "62 out of 145", "one in five", "2000 over 3": on the first figure, its share of the second. */
  readonly ratio?: number
  /** The value is a proportion written as a fraction: "two thirds", "3/4", "half". */
  readonly fraction?: boolean
  /** For kind "date": the parts written. min/max hold the day (or the year when no day is written). */
  readonly date?: { readonly year: number | null; readonly month: number | null; readonly day: number | null }
}

/** True for kinds that are counted figures a claim can be made of. */
export const isFigure = (m: NumberMention): boolean =>
  m.kind === "cardinal" ||
  m.kind === "ordinal" ||
  m.kind === "percent" ||
  m.kind === "money" ||
  m.kind === "dimension"

/**
 * Every number mention in `text`, in order, without overlaps. Kinds other than the figures
 * (isFigure) say why a number is not a count: "in 2024" is a year, "9 p.m." a time (min/max hold
 * the hour of day, 21), "a 52-year-old" an age (52), "12 months" a duration.
 */
export function findNumbers(text: string): NumberMention[] {
  if (!FAST_PATH.test(text)) return []
  return scan(text)
}
