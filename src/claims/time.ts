/**
 * When a claim is about, resolved against the document's publication date: "overnight", "on
 * Sunday", "late on Wednesday", "last week", "12 March", "between 20:00 on 12 March and 06:36 on
 * 13 March". Days are whole UTC days; a window is inclusive. Pure.
 */

export interface Window {
  /** Days since 1970-01-01 (UTC), inclusive. */
  readonly start: number
  readonly end: number
  /** The words the window was read from; null when it falls back to the publication date. */
  readonly text: string | null
}

const DAY_MS = 86_400_000
export const dayOf = (iso: string): number =>
  Math.floor(Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso) / DAY_MS)
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]
const MONTH_RE =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
const monthIndex = (m: string): number =>
  MONTHS.findIndex((full) => full.startsWith(m.toLowerCase().slice(0, 3)))

// "12 March 2025", "March 12, 2025", "12 March", "March 12"; the year is optional.
const DATE_DM = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\.?(?:,?\\s+(\\d{4}))?\\b`,
  "gi",
)
const DATE_MD = new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, "gi")
const WEEKDAY =
  /\b(?:(overnight|late|early|last|on|since|from)\s+(?:on\s+)?)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s)?(\s+(?:night|evening|morning))?\b/gi
const MONTH_ONLY = new RegExp(`\\b(?:in|since|during|until|by)\\s+${MONTH_RE}(?:\\s+(\\d{4}))?\\b`, "gi")
const YEAR = /\b(?:in|since|during|of|by|until|from)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d{2})\b/gi

function dateFrom(pub: number | null, day: number, month: number, year: string | undefined): number | null {
  if (year !== undefined) return Math.floor(Date.UTC(Number(year), month, day) / DAY_MS)
  if (pub === null) return null
  const py = new Date(pub * DAY_MS).getUTCFullYear()
  let d = Math.floor(Date.UTC(py, month, day) / DAY_MS)
  // A date without a year is the most recent one not far after publication.
  if (d > pub + 31) d = Math.floor(Date.UTC(py - 1, month, day) / DAY_MS)
  return d
}

/** Every absolute date in the text, as days. */
function explicitDates(
  text: string,
  pub: number | null,
): Array<{ day: number; index: number; text: string }> {
  const out: Array<{ day: number; index: number; text: string }> = []
  for (const re of [DATE_DM, DATE_MD]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [dayS, monS] = re === DATE_DM ? [m[1], m[2]] : [m[2], m[1]]
      const day = Number(dayS)
      const month = monthIndex(monS ?? "")
      if (day < 1 || day > 31 || month < 0) continue
      // "May" alone as a verb is common; require a day beside it, which the patterns do.
      const d = dateFrom(pub, day, month, m[3])
      if (d !== null) out.push({ day: d, index: m.index, text: m[0] })
    }
  }
  return out.sort((a, b) => a.index - b.index)
}

/**
 * The window a sentence speaks of, or the part of it around `focus` (a figure's offset): of the
 * time expressions in the sentence, the nearest to the figure wins. `published` is the
 * publication date (null when undated). Falls back to the night before publication and its day.
 */
export function resolveTime(sentence: string, published: string | null, focus = 0): Window | null {
  const pub = published === null ? null : dayOf(published)
  const dates = explicitDates(sentence, pub)
  if (dates.length >= 2 && /\b(between|from)\b/i.test(sentence)) {
    const first = dates[0]!
    const last = dates[dates.length - 1]!
    return {
      start: Math.min(first.day, last.day),
      end: Math.max(first.day, last.day),
      text: sentence.slice(first.index, last.index + last.text.length),
    }
  }
  const found: Array<Window & { index: number }> = dates.map((d) => ({
    start: d.day,
    end: d.day,
    text: d.text,
    index: d.index,
  }))
  if (pub !== null) {
    WEEKDAY.lastIndex = 0
    for (let w = WEEKDAY.exec(sentence); w; w = WEEKDAY.exec(sentence)) {
      // "said on Friday", "told reporters on Thursday": when it was said, not when it happened.
      if (SAID_BEFORE.test(sentence.slice(Math.max(0, w.index - 30), w.index))) continue
      const wd = WEEKDAYS.indexOf(w[2]!.toLowerCase())
      const pubWd = new Date(pub * DAY_MS).getUTCDay()
      let back = (pubWd - wd + 7) % 7
      if ((w[1] ?? "").toLowerCase() === "last" && back === 0) back = 7
      const day = pub - back
      const start = /overnight/i.test(w[1] ?? "") ? day - 1 : day
      const end = /night/i.test(w[3] ?? "") ? day + 1 : day
      found.push({ start, end, text: w[0], index: w.index })
    }
    for (const r of relative(sentence.toLowerCase(), pub)) found.push(r)
  }
  MONTH_ONLY.lastIndex = 0
  for (let mo = MONTH_ONLY.exec(sentence); mo; mo = MONTH_ONLY.exec(sentence)) {
    if (/^may$/i.test(mo[1] ?? "")) continue
    const month = monthIndex(mo[1]!)
    const pubYear = pub === null ? null : new Date(pub * DAY_MS).getUTCFullYear()
    let year = mo[2] ? Number(mo[2]) : pubYear
    if (year === null) continue
    if (!mo[2] && pub !== null && Date.UTC(year, month, 1) / DAY_MS > pub + 31) year--
    const start = Math.floor(Date.UTC(year, month, 1) / DAY_MS)
    const end = Math.floor(Date.UTC(year, month + 1, 1) / DAY_MS) - 1
    found.push({ start, end, text: mo[0], index: mo.index })
  }
  YEAR.lastIndex = 0
  for (let y = YEAR.exec(sentence); y; y = YEAR.exec(sentence)) {
    const year = Number(y[1])
    const since = /^(since|from)/i.test(y[0])
    const start = Math.floor(Date.UTC(year, 0, 1) / DAY_MS)
    const end = since && pub !== null ? pub : Math.floor(Date.UTC(year + 1, 0, 1) / DAY_MS) - 1
    found.push({ start, end, text: y[0], index: y.index })
  }
  if (found.length > 0) {
    const dist = (w: { index: number; text: string | null }) =>
      Math.min(Math.abs(w.index - focus), Math.abs(w.index + (w.text?.length ?? 0) - focus))
    const best = found.reduce((a, b) => (dist(b) < dist(a) ? b : a))
    return { start: best.start, end: best.end, text: best.text }
  }
  if (pub === null) return null
  return { start: pub - 1, end: pub, text: null }
}

const SAID_BEFORE =
  /\b(said|says|claimed|told \w+|reported|announced|confirmed|wrote|added|stated|warned)\s*$/i

function relative(lower: string, pub: number): Array<Window & { index: number }> {
  const out: Array<Window & { index: number }> = []
  const rules: ReadonlyArray<readonly [RegExp, number, number]> = [
    [/\b(over|in|during) the (past|last) (week|seven days)\b/, -7, 0],
    [/\blast week\b/, -13, -5],
    [/\bthis week\b/, -6, 0],
    [/\blast month\b/, -62, -25],
    [/\b(over|in|during) the (past|last) (month|30 days)\b/, -31, 0],
    [/\b(over|in|during) the (past|last) (24 hours|day)\b/, -1, 0],
    [
      /\b(last night|overnight(?! on)|during the night|in the night|night-time|early hours|this morning|earlier today|today|tonight|on (the )?night)\b/,
      -1,
      0,
    ],
    [/\byesterday\b/, -1, -1],
    [/\blast year\b/, -730, -365],
  ]
  for (const [re, a, b] of rules) {
    const m = re.exec(lower)
    if (m) out.push({ start: pub + a, end: pub + b, text: m[0], index: m.index })
  }
  return out
}

/** Windows meet when they share a day. */
export const overlaps = (a: Window, b: Window): boolean => a.start <= b.end && b.start <= a.end
