/**
 * Words for the report: values, dates, what a claim says, flag and verdict names and their
 * plain-words explanations. ts-pattern's `exhaustive()`, or a `Record` over the union (`byKind`,
 * the label tables), makes a new verdict, flag or claim kind a type error here, not a silent gap
 * in the report.
 */
import { match } from "ts-pattern"
import type { Claim, ClaimFlag, Mention, TimeWindow } from "../domain/Claim.ts"
import type { GroupFlag, Verdict } from "../domain/Group.ts"
import type { Value } from "../domain/Value.ts"

/** One function per claim kind: `byKind`'s cases. */
export type ByKind<R> = { readonly [K in Claim["_tag"]]: (c: Extract<Claim, { readonly _tag: K }>) => R }

/**
 * A function of a claim, one case per kind. Like ts-pattern's exhaustive `match`, a missing kind
 * is a type error (the cases are a Record over the kinds); unlike it, it allocates nothing per
 * call. The report calls these for every claim, where `match` (a matcher object per call) took a
 * good part of the rendering time. The cast only says what the Record guarantees: the case for
 * `c._tag` takes claims of that kind.
 */
export const byKind =
  <R>(cases: ByKind<R>) =>
  (c: Claim): R =>
    (cases[c._tag] as (c: Claim) => R)(c)

/** 1234567.5 -> "1,234,567.5", the same on every machine (no locale). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  const sign = n < 0 ? "-" : ""
  const [int, frac] = String(Math.abs(n)).split(".")
  if (int === undefined || /e/i.test(int)) return String(n)
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return sign + grouped + (frac === undefined ? "" : `.${frac}`)
}

/** A value as read: "34", "≥ 14", "≤ 30", "900–1,000", "unknown". */
export function formatValue(v: Value): string {
  if (typeof v === "number") return formatNumber(v)
  const { min, max } = v
  if (min !== null && max !== null)
    return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`
  if (min !== null) return `≥ ${formatNumber(min)}`
  if (max !== null) return `≤ ${formatNumber(max)}`
  return "unknown"
}

/** The lower side of a value, for ordering rows (open below sorts first). */
export const valueKey = (v: Value): number =>
  typeof v === "number" ? v : (v.min ?? v.max ?? Number.NEGATIVE_INFINITY)

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

const ymd = (iso: string): { y: number; m: number; d: number } | null => {
  const r = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!r) return null
  const m = Number(r[2])
  if (m < 1 || m > 12) return null
  return { y: Number(r[1]), m, d: Number(r[3]) }
}

/** "2024-11-10" -> "10 Nov 2024"; anything else is kept as written. */
export function formatDate(iso: string): string {
  const p = ymd(iso)
  return p ? `${p.d} ${MONTHS[p.m - 1]} ${p.y}` : iso
}

/** A claim's time window in words: "10 Nov 2024", "12–13 Mar 2025", "30 Jan – 2 Feb 2025". */
export function formatWindow(t: TimeWindow): string {
  const a = ymd(t.start)
  const b = ymd(t.end)
  if (!a || !b) return t.start === t.end ? t.start : `${t.start} – ${t.end}`
  if (a.y === b.y && a.m === b.m && a.d === b.d) return formatDate(t.start)
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${a.y}`
  return `${formatDate(t.start)} – ${formatDate(t.end)}`
}

const IRREGULAR: Record<string, string> = {
  person: "people",
  people: "people",
  child: "children",
  man: "men",
  woman: "women",
  casualty: "casualties",
}

/** "drone" -> "drones", "person" -> "people", "village" -> "villages"; a plural stays one. */
export function plural(noun: string): string {
  const n = noun.trim()
  const irregular = IRREGULAR[n.toLowerCase()]
  if (irregular) return irregular
  if (/(s|x|z|ch|sh)$/i.test(n)) return n
  if (/[^aeiou]y$/i.test(n)) return `${n.slice(0, -1)}ies`
  return `${n}s`
}

/** "shot-down" -> "shot down". */
export const words = (canonical: string): string => canonical.replace(/[-_]+/g, " ").trim()

/** The value as the source wrote it: the figure's words, or for an event its polarity. */
export const saysOf = byKind<string>({
  quantity: (q) => q.mention.text,
  attribute: (a) => a.mention.text,
  event: (e) => e.polarity,
})

/** How the tool read it: the interval with its unit, the attribute's value, the event's parts. */
export const readAsOf = byKind<string>({
  quantity: (q) => {
    const unit = [q.currency, q.unit].filter((x): x is string => x !== null && x !== "").join(" ")
    const each = q.each ? " each" : ""
    return `${formatValue(q.value)}${unit ? ` ${unit}` : ""}${each}`
  },
  attribute: (a) => `${a.attribute}: ${typeof a.value === "number" ? formatNumber(a.value) : a.value}`,
  event: (e) => [e.actor?.name, e.verb, e.target?.name].filter(Boolean).join(" "),
})

const mentionOf = byKind<Mention | null>({
  quantity: (q) => q.mention,
  attribute: (a) => a.mention,
  event: () => null,
})

/** Where the figure sits in the sentence, as raw offsets into `claim.text`; null for an event. */
export function focusOf(c: Claim): { start: number; end: number } | null {
  const m = mentionOf(c)
  if (m === null) {
    // An event: centre on its verb, where it can be found.
    if (c._tag !== "event" || c.verb === "") return null
    const i = c.text.toLowerCase().indexOf(c.verb.toLowerCase())
    return i === -1 ? null : { start: i, end: i + c.verb.length }
  }
  const rel = m.start - c.start
  if (rel >= 0 && c.text.slice(rel, rel + m.text.length) === m.text)
    return { start: rel, end: rel + m.text.length }
  if (m.text !== "") {
    const i = c.text.indexOf(m.text)
    if (i !== -1) return { start: i, end: i + m.text.length }
  }
  return null
}

/** Group and claim flags in the order the legend lists them. */
export const FLAG_ORDER: ReadonlyArray<GroupFlag> = [
  "interested-party",
  "anonymous-source",
  "hedged",
  "single-claimant",
  "syndicated",
  "parts-sum-mismatch",
]

// The labels are tables (exhaustive by type, like a Record over the union): the report looks them
// up for every row. The meanings, shown once per report, keep their ts-pattern match.
const FLAG_LABEL: Readonly<Record<GroupFlag | ClaimFlag, string>> = {
  "anonymous-source": "anonymous source",
  hedged: "hedged",
  "interested-party": "interested party",
  "single-claimant": "single claimant",
  syndicated: "syndicated",
  "parts-sum-mismatch": "parts don't add up",
}

export const flagLabel = (f: GroupFlag | ClaimFlag): string => FLAG_LABEL[f]

export const flagMeaning = (f: GroupFlag): string =>
  match(f)
    .with(
      "interested-party",
      () =>
        "the one making the claim is a side in the events it describes (a ministry about its own war, say).",
    )
    .with(
      "anonymous-source",
      () => 'the claim rests on an unnamed source ("a source told…", "sources in intelligence").',
    )
    .with("hedged", () => 'the source itself is unsure: "reportedly", "allegedly", "could", "may have".')
    .with(
      "single-claimant",
      () => "every outlet cites the same claimant: they agree with each other, not with a second witness.",
    )
    .with(
      "syndicated",
      () => "outlets carry the same wire copy; the copies count as one source, not several.",
    )
    .with(
      "parts-sum-mismatch",
      () => "a breakdown whose parts do not add up to the total the same source gives.",
    )
    .exhaustive()

/** Sorts and de-duplicates flags into the legend's order. */
export const orderFlags = (flags: Iterable<GroupFlag | ClaimFlag>): GroupFlag[] => {
  const set = new Set<GroupFlag>(flags)
  return FLAG_ORDER.filter((f) => set.has(f))
}

export const VERDICT_ORDER: ReadonlyArray<Verdict> = ["conflict", "evolving", "single-source", "corroborated"]

const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  conflict: "Conflict",
  evolving: "Evolving",
  "single-source": "Single source",
  corroborated: "Corroborated",
}

export const verdictLabel = (v: Verdict): string => VERDICT_LABEL[v]

export const verdictMeaning = (v: Verdict): string =>
  match(v)
    .with(
      "conflict",
      () => "sources give values that cannot both be true, or one denies what another asserts",
    )
    .with("evolving", () => "the figure moves over time the way such figures do (a rising toll)")
    .with("single-source", () => "only one outlet reports it")
    .with("corroborated", () => "two or more independent outlets give compatible values")
    .exhaustive()
