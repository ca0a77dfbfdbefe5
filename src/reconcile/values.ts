/**
 * A figure's interval at the precision it was written with. "$1.2 million" stands for anything
 * that rounds to it ([1.15m, 1.25m]); a round figure ("2,000", "100 recommendations") is read
 * with a tolerance of 1% of its value, as round figures are used loosely. Figures with other
 * digits ("34", "1,917") are exact. Bounds ("at least", "about") come from the number reader.
 */
import type { QuantityClaim } from "../domain/Claim.ts"
import { type Interval, toInterval } from "../domain/Value.ts"

const SCALED = /(\d[\d,]*)(?:\.(\d+))?\s*(?:million|mln|mn|m|billion|bn|b|trillion|tn|thousand|k)\b/i

export function written(q: QuantityClaim): Interval {
  const i = toInterval(q.value)
  if (q.approx !== "exact" || i.min === null || i.max === null || i.min !== i.max) return i
  const v = i.min
  const scaled = SCALED.exec(q.mention.text)
  if (scaled) {
    const decimals = scaled[2]?.length ?? 0
    const unit = Number(scaled[1]!.replace(/,/g, "")) + (decimals ? Number(`0.${scaled[2]}`) : 0)
    if (unit > 0) {
      const half = (v / unit) * 0.5 * 10 ** -decimals
      return { min: v - half, max: v + half }
    }
  }
  if (Number.isInteger(v) && v >= 100 && v % 100 === 0) return { min: v - v * 0.01, max: v + v * 0.01 }
  return i
}
