/**
 * Reading numbers in news text: digits and words, ordinals, decimals, percentages, money with
 * currency and scale, ranges and bounds, units. Pure; offsets are UTF-16 indices into the input.
 */
import type { Approx } from "../domain/Value.ts"

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
  /** "km", "mi", "%", "kg"... (canonical), or null. */
  readonly unit: string | null
  /** ISO 4217 code ("USD", "GBP", "EUR") for money, or null. */
  readonly currency: string | null
}

/** True for kinds that are counted figures a claim can be made of. */
export const isFigure = (m: NumberMention): boolean =>
  m.kind === "cardinal" ||
  m.kind === "ordinal" ||
  m.kind === "percent" ||
  m.kind === "money" ||
  m.kind === "dimension"

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

const RE = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:th|st|nd|rd)?\b|\b([A-Za-z]+(?:-[A-Za-z]+)?)\b/g

/** A first, small reader: digits with separators, and number words up to ninety-nine. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = []
  for (const m of text.matchAll(RE)) {
    const start = m.index ?? 0
    let value: number | undefined
    if (m[1] !== undefined) value = Number(m[1].replaceAll(",", ""))
    else if (m[2] !== undefined) {
      const parts = m[2].toLowerCase().split("-")
      if (parts.every((p) => p in SMALL)) value = parts.reduce((s, p) => s + (SMALL[p] ?? 0), 0)
    }
    if (value === undefined || Number.isNaN(value)) continue
    out.push({
      text: m[0],
      start,
      end: start + m[0].length,
      min: value,
      max: value,
      approx: "exact",
      bound: null,
      kind: /(th|st|nd|rd)$/.test(m[0]) ? "ordinal" : "cardinal",
      unit: null,
      currency: null,
    })
  }
  return out
}
