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
let lastIso: string | null = null
let lastDay = 0
/** Days since 1970-01-01 of an ISO date or date-time (the last one asked is remembered). */
export function dayOf(iso: string): number {
  if (iso !== lastIso) {
    lastDay = Math.floor(Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso) / DAY_MS)
    lastIso = iso
  }
  return lastDay
}
const ISO_DAYS = new Map<number, string>()
/** A day as YYYY-MM-DD (remembered: a corpus speaks of few distinct days). */
export function isoDay(day: number): string {
  let iso = ISO_DAYS.get(day)
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10)
    if (ISO_DAYS.size >= 20_000) ISO_DAYS.clear()
    ISO_DAYS.set(day, iso)
  }
  return iso
}

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
const DIGIT = /\d/
/** The start of a month's name, as MONTH_RE needs one (on lower-case text). */
const MAYBE_MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/
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
 * The time expressions of a sentence, read once: either one window for the whole sentence
 * ("between 12 March and 13 March") or the candidates, of which the nearest to a figure wins.
 */
export interface TimeCandidates {
  readonly whole: Window | null
  readonly found: ReadonlyArray<Window & { readonly index: number }>
  readonly pub: number | null
}

/** Reads the time expressions of `sentence` (see resolveTime). */
export function timeCandidates(sentence: string, published: string | null): TimeCandidates {
  const pub = published === null ? null : dayOf(published)
  // Cheap tests of what each pattern needs (a digit, a month's name, "day"), so that most
  // sentences skip most patterns. The patterns are ASCII and case-insensitive without the u flag,
  // so whatever they match, the lower-case sentence holds in ASCII lower case.
  const lower = sentence.toLowerCase()
  const digit = DIGIT.test(sentence)
  const month = MAYBE_MONTH.test(lower)
  const dates = digit && month ? explicitDates(sentence, pub) : []
  if (dates.length >= 2 && /\b(between|from)\b/i.test(sentence)) {
    const first = dates[0]!
    const last = dates[dates.length - 1]!
    return {
      whole: {
        start: Math.min(first.day, last.day),
        end: Math.max(first.day, last.day),
        text: sentence.slice(first.index, last.index + last.text.length),
      },
      found: [],
      pub,
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
    const weekday = lower.includes("day")
    for (let w = weekday ? WEEKDAY.exec(sentence) : null; w; w = WEEKDAY.exec(sentence)) {
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
    relative(lower, pub, found)
  }
  MONTH_ONLY.lastIndex = 0
  for (let mo = month ? MONTH_ONLY.exec(sentence) : null; mo; mo = MONTH_ONLY.exec(sentence)) {
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
  for (let y = digit ? YEAR.exec(sentence) : null; y; y = YEAR.exec(sentence)) {
    const year = Number(y[1])
    // "by 2031", "until 2030": a deadline after publication, not when the figure is about.
    if (pub !== null && /^(by|until)/i.test(y[0]) && Date.UTC(year, 0, 1) / DAY_MS > pub) continue
    const since = /^(since|from)/i.test(y[0])
    const start = Math.floor(Date.UTC(year, 0, 1) / DAY_MS)
    const end = since && pub !== null ? pub : Math.floor(Date.UTC(year + 1, 0, 1) / DAY_MS) - 1
    found.push({ start, end, text: y[0], index: y.index })
  }
  // "since 6 March", "an increase of 34 since late last week": a period that runs from then to
  // the day of publication, not the day the figure is about.
  if (pub !== null)
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!
      if (
        f.end < pub &&
        (SINCE.test(sentence.slice(Math.max(0, f.index - 14), f.index)) || SINCE_START.test(f.text ?? ""))
      )
        found[i] = { start: f.start, end: pub, text: f.text, index: f.index }
    }
  return { whole: null, found, pub }
}
const SINCE = /\bsince\s+(?:(?:late|early|mid)\s+)?$/i
const SINCE_START = /^since\b/i

/** The window around `focus` (a figure's offset) from a sentence's candidates (see resolveTime). */
export function windowAt(
  c: TimeCandidates,
  focus: number,
  /** The figure's clause: a time said in a later clause ("..., which started in January") is another's. */
  clause: readonly [number, number] | null = null,
): Window | null {
  if (c.whole !== null) return c.whole
  const found = clause === null ? c.found : c.found.filter((w) => w.index < clause[1])
  if (found.length > 0) {
    // The nearest to the figure wins; the first of equals.
    let best = found[0]!
    let bestDist = distance(best, focus)
    for (let i = 1; i < found.length; i++) {
      const d = distance(found[i]!, focus)
      if (d < bestDist) {
        best = found[i]!
        bestDist = d
      }
    }
    return { start: best.start, end: best.end, text: best.text }
  }
  if (c.pub === null) return null
  return { start: c.pub - 1, end: c.pub, text: null }
}

const distance = (w: { index: number; text: string | null }, focus: number): number =>
  Math.min(Math.abs(w.index - focus), Math.abs(w.index + (w.text?.length ?? 0) - focus))

/**
 * The window a sentence speaks of, or the part of it around `focus` (a figure's offset): of the
 * time expressions in the sentence, the nearest to the figure wins. `published` is the
 * publication date (null when undated). Falls back to the night before publication and its day.
 */
export function resolveTime(sentence: string, published: string | null, focus = 0): Window | null {
  return windowAt(timeCandidates(sentence, published), focus)
}

const SAID_BEFORE =
  /\b(said|says|claimed|told \w+|reported|announced|confirmed|wrote|added|stated|warned)\s*$/i

const RELATIVE: ReadonlyArray<readonly [RegExp, number, number]> = [
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
/** Words one of which every RELATIVE rule needs. */
const MAYBE_RELATIVE = /week|month|night|past|last|hours|morning|today|yesterday/

function relative(lower: string, pub: number, out: Array<Window & { index: number }>): void {
  if (!MAYBE_RELATIVE.test(lower)) return
  for (const [re, a, b] of RELATIVE) {
    const m = re.exec(lower)
    if (m) out.push({ start: pub + a, end: pub + b, text: m[0], index: m.index })
  }
}
