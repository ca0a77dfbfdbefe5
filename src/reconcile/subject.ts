/** Words for a group: a one-line statement of what it is about, and values as a reader writes them. */

import { actionWords } from "../claims/registry.ts"
import type { Claim, ClaimKind } from "../domain/Claim.ts"
import type { Value } from "../domain/Value.ts"

const PLURAL: Record<string, string> = {
  person: "People",
  country: "Countries",
  city: "Cities",
  ship: "Ships",
  aircraft: "Aircraft",
}
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

export const formatDate = (iso: string): string => {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number)
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`
}

const thing = (counted: string): string => {
  if (counted.startsWith("money:")) return `Money (${counted.slice(6)})`
  if (counted.startsWith("measure:")) return `Distance or size (${counted.slice(8)})`
  if (counted.startsWith("duration:")) return `Duration (${counted.slice(9)}s)`
  if (counted === "magnitude") return "Magnitude"
  if (counted === "temperature") return "Temperature"
  if (counted === "percent") return "Share (%)"
  return counted
    .split("+")
    .map((c) => PLURAL[c] ?? (c === "" ? "Things" : `${c[0]!.toUpperCase()}${c.slice(1)}s`))
    .join(" and ")
}

/** What a group is about, by the kind of its claims: the first claim with a place, among all of them. */
const WHAT: {
  readonly [K in ClaimKind]: (c: Extract<Claim, { _tag: K }>, claims: ReadonlyArray<Claim>) => string
} = {
  quantity: (q, claims) => {
    const quals = q.qualifiers
      .filter((x) => x !== "more" && x !== "part" && x !== "injured")
      .map((x) => (x.startsWith("as:") ? x.slice(3) : x))
    const base = thing(q.counted)
    const head = quals.length > 0 ? `${base} (${quals.join(", ")})` : base
    const action = claims.map((x) => (x._tag === "quantity" ? x.action : null)).find((a) => a !== null)
    return action ? `${head} ${actionWords(action)}` : head
  },
  event: (e) => `${e.actor?.name ?? "Someone"} ${e.verb}${e.target ? ` ${e.target.name}` : ""}`,
  attribute: (a) => `The ${a.attribute}`,
}

/** "Drones shot down, Rostov Region, 24 Oct 2025". */
export function describe(claims: ReadonlyArray<Claim>): string {
  const c = claims.find((x) => x.place !== null) ?? claims[0]!
  // A table rather than a pattern match: this runs once per group, thousands of times.
  const what = (WHAT[c._tag] as (c: Claim, claims: ReadonlyArray<Claim>) => string)(c, claims)
  const where = c.place ? `, ${c.place.name}` : c.aggregate ? ", several areas" : ""
  // The earliest start and the latest end (ISO dates compare as strings).
  let start: string | null = null
  let end: string | null = null
  for (const { time } of claims) {
    if (time === null) continue
    if (start === null || time.start < start) start = time.start
    if (end === null || time.end > end) end = time.end
  }
  const when =
    start === null || end === null
      ? ""
      : start === end
        ? `, ${formatDate(start)}`
        : `, ${formatDate(start)} to ${formatDate(end)}`
  return `${what}${where}${when}`
}

/** Numbers as `toLocaleString("en-GB")` writes them, with one formatter rather than one per call. */
const EN_GB = new Intl.NumberFormat("en-GB")
const number = (n: number): string => EN_GB.format(n)

/** 14, "at least 14", "14 to 20", "up to 200". */
export function formatValue(v: Value): string {
  if (typeof v === "number") return number(v)
  if (v.min !== null && v.max !== null) return `${number(v.min)} to ${number(v.max)}`
  if (v.min !== null) return `at least ${number(v.min)}`
  if (v.max !== null) return `at most ${number(v.max)}`
  return "unknown"
}
