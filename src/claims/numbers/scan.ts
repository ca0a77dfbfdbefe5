/**
 * The number reader's scanner: walks the tokens of a text once, left to right, and reads at each
 * position the longest thing it knows — a date, a phone number, a bound with its figure ("at least
 * 14", "between 20 and 30"), a vague quantity ("tens of thousands"), or a figure with its currency,
 * scale, unit or percent sign — and says what kind of number it is (a count, a year, a time...).
 *
 * Rules for bounds (min and max are inclusive; null is an open side):
 *   at least / no fewer than / a minimum of / N or more     -> [v, null]        at-least
 *   more than / over / above / exceeding / in excess of     -> [v, null]        more-than
 *                                                               (inclusive: news writes "more than
 *                                                               149" of a count of 149 and up)
 *   up to / at most / no more than / as many as / N or less  -> [null, v]        at-most
 *   fewer than / less than / under / below                  -> [null, v]        less-than
 *   nearly / almost / close to / just under                 -> [v - 10%, v]     nearly
 *   about / around / some / roughly / approximately / an estimated / N or so
 *                                                           -> [v - 10%, v + 10%] about
 *     (whole counts round outwards: "about 70" = [63, 77], "nearly 1,000" = [900, 1000]; times,
 *      dates and years are not widened: "about 9 p.m." stays 21)
 *   between 20 and 30 / 20 to 30 / 20-30 / from 20 to 30   -> [20, 30]         range
 *   dozens [24, 144], scores of [40, 199], hundreds [200, 999], thousands [2000, 9999],
 *   tens of thousands [20000, 99999], hundreds of thousands [200000, 999999], millions
 *   [2e6, 1e7 - 1], and so on; "several" or "a few" before a scale word reads like its plural
 *                                                           -> vague
 * `stated` keeps the bound as written, before the widening:
 * "more than 30" is (30, +inf), "about 70" is [70, 70].
 */
import type { Approx } from "../../domain/Value.ts"
import type { NumberKind, NumberMention, StatedInterval } from "../numbers.ts"
import {
  CHANGE_VERBS,
  CODES,
  CODES_UPPER_ONLY,
  CURRENCY_WORDS,
  codeOf,
  DOLLAR_PREFIX,
  DURATION,
  HYPHEN_PREFIX,
  LABEL_WORDS,
  MONTHS,
  ONE_PRONOUN_BEFORE,
  ORDINAL_IDIOMS,
  PLURAL_NOUNS,
  STREET,
  SYMBOLS,
  UNITS,
  VULGAR,
  WEEKDAYS,
  WORDS,
} from "./lexicon.ts"
import {
  blank,
  type Ctx,
  D_DATE,
  D_LIST,
  glued,
  type Numeral,
  readDigits,
  readNumeral,
  SIGNS,
} from "./numeral.ts"
import { NUM, SYM, type Tok, tokenize, WORD } from "./tokens.ts"

// Patterns of the functions below, compiled once: a pattern written inside a function is a new
// object each time the function runs it.
const AGED_SUFFIX = /^-(?:year|month|week|day)s?-olds?/i
const AGE_WORD = /^ages?$/
const AMOUNT_WORD = /^(million|billion|thousand|per|percent)$/
const BEFORE_SECOND = /^(a|one|per|every|each|split|few|the)$/
const BILLION = /^(billion|bn)$/i
const CAPITALISED = /^\p{Lu}\p{Ll}/u
const CHANGE_FILLER =
  /^(sharply|slightly|steadily|further|again|by|has|have|had|was|were|been|also|then|from)$/
const DIGITS = /^\d+$/
const DOTTED_TIME = /^(\d{1,2})\.(\d{2})(?:\.(\d{2}))?$/
const DOTTED_TRIPLE = /^\d+\.\d+\.\d+$/
const ENDS_S = /s$/
const ENDS_S_ANY_CASE = /s$/i
const FOUR_DIGITS = /^\d{4}$/
const FUNCTION_WORD = /^(of|and|or|to|in|on|at|by|for|from|with|as|than|is|was|are|were)$/
const LINE_START_BEFORE = /\n[ \t]*$/
const LIST_GAP = /^\s*(?:,\s*)?(?:(?:and|but)\s+)?$/i
const LOWER_PLURAL = /^\p{Ll}{3,}s$/u
const MILITARY_TIME = /^([01]\d|2[0-3])([0-5]\d)$/
const MILLION = /^(million|mn|m)$/i
const MINOR_UNIT = /^(cents?|pence|p)$/
const MODIFIER_AFTER = /^(plus|odd|old|point)$/
const NOT_PLURAL_ENDING = /(ss|us|is)$/
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/
const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/i
const POINTS = /^points?$/
const POUNDS_AFTER = /^[\s-]*pounds?$/i
const PREPOSITION_WORD = /^(in|to|from|at|of|for|with|by|on)$/
const SCALE_WORD = /^(million|billion|trillion|thousand|mn|bn|m)$/i
const SENTENCE_PUNCTUATION = /^[.!?:;"“”'‘’]$/
const STARTS_UPPER = /^\p{Lu}/u
const THOUSAND = /^(thousand)$/i
const TIME_ABBREVIATION = /^(yrs?|hrs?|mins?|secs?|h)$/
const TIME_ZONE_WORD = /^(gmt|utc|bst|cet|msk|hrs|hours|local)$/
const TWO_DIGITS = /^\d{2}$/

// ---------------------------------------------------------------------------------------------
// Types

/** A figure being read: a token span and one value (lo === hi) or two (a range). */
interface Fig {
  si: number
  ej: number
  lo: number
  hi: number
  kind: NumberKind
  unit: string | null
  currency: string | null
  approx: Approx
  bound: string | null
  /** A whole count (widened bounds are rounded outwards to whole numbers). */
  count: boolean
  /** A scale word or suffix multiplied the value ("1.2 million"): ranges share it. */
  scale: number
  /** Currency written before the number. */
  prefixCur: boolean
  words: boolean
  plain: boolean
  ratio?: number
  fraction?: boolean
  date?: { year: number | null; month: number | null; day: number | null }
  stated?: StatedInterval
}

interface State extends Ctx {
  readonly out: NumberMention[]
}

const FIGURE_KINDS = new Set<NumberKind>(["cardinal", "ordinal", "percent", "money", "dimension"])

// ---------------------------------------------------------------------------------------------
// Token helpers

const PUNCT_END = new Set([".", ",", ";", ":", "!", "?", ")", "]", '"', "'", "”", "’", "»", "…"])

/** First token index whose start is at or after `off`. */
function tokenAt(toks: readonly Tok[], off: number): number {
  let lo = 0
  let hi = toks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (toks[mid]!.s < off) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Token index after a regex match ending at `end`, or -1 when it ends inside a token. */
function tokenEnd(toks: readonly Tok[], end: number): number {
  const j = tokenAt(toks, end)
  return j > 0 && toks[j - 1]!.e === end ? j : -1
}

/** Token k follows token k-1 after blanks only (or is glued). */
const near = (st: Ctx, k: number) => {
  const a = st.toks[k - 1]
  const b = st.toks[k]
  return a !== undefined && b !== undefined && blank(st.text, a.e, b.s)
}
const spaced = (st: Ctx, k: number) => near(st, k) && !glued(st.toks, k)

function stick(st: Ctx, re: RegExp, off: number): RegExpExecArray | null {
  re.lastIndex = off
  return re.exec(st.text)
}

const isNumeralStart = (st: Ctx, k: number): boolean => {
  const t = st.toks[k]
  if (t === undefined) return false
  if (t.k === NUM) return true
  return readNumeral(st, k) !== null
}

// ---------------------------------------------------------------------------------------------
// Currency

const M_CODE =
  /^(?:M(USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY|SEK|NOK|DKK|NZD|HKD)|m(usd|eur|gbp|aud|cad|chf|jpy|cny|sek|nok|dkk|nzd|hkd))$/

/** A currency code as written: "USD", "usd", "MUSD" (millions of dollars)... */
function codeWord(t: string): { code: string; scale: number } | null {
  const l = t.toLowerCase()
  if (CODES.has(l) && (t === l || t === t.toUpperCase())) return { code: codeOf(l), scale: 1 }
  if (CODES_UPPER_ONLY.has(t)) return { code: t, scale: 1 }
  const m = M_CODE.exec(t)
  if (m !== null) return { code: (m[1] ?? m[2]!).toUpperCase(), scale: 1e6 }
  if (t === "Rs" || t === "rs" || t === "RS") return { code: "INR", scale: 1 }
  if (t === "Rp") return { code: "IDR", scale: 1 }
  return null
}

interface Cur {
  code: string
  scale: number
  j: number
}

/** A currency written before an amount: "$", "US$", "c $", "u.s $", "USD", "usd$", "MAUD", "Rs.". */
function currencyBefore(st: Ctx, i: number): Cur | null {
  const { toks } = st
  const t = toks[i]
  if (t === undefined) return null
  if (t.k === SYM) {
    const code = SYMBOLS.get(t.t)
    return code === undefined || t.t === "元" ? null : { code, scale: 1, j: i + 1 }
  }
  if (t.k !== WORD) return null
  const nx = toks[i + 1]
  // "U.S. $", "u.s $"
  if (t.l === "u" && nx?.t === "." && toks[i + 2]?.l === "s" && glued(toks, i + 1) && glued(toks, i + 2)) {
    let k = i + 3
    if (toks[k]?.t === "." && glued(toks, k)) k++
    if (toks[k]?.t === "$" && near(st, k)) return { code: "USD", scale: 1, j: k + 1 }
    return null
  }
  if (nx?.t === "$") {
    const code = DOLLAR_PREFIX.get(t.l)
    if (code !== undefined) {
      const gl = glued(toks, i + 1)
      // Single letters only glued ("C$", "A$"), except the tokenised "c $".
      if (gl ? t.t.length > 1 || t.t === t.t.toUpperCase() || t.l === "c" : t.t.length > 1 || t.l === "c")
        if (gl || near(st, i + 1)) return { code, scale: 1, j: i + 2 }
    }
  }
  const cw = codeWord(t.t)
  if (cw !== null) {
    let j = i + 1
    if (toks[j]?.t === "." && glued(toks, j) && (t.l === "rs" || t.l === "rp")) j++
    if (toks[j]?.t === "$" && glued(toks, j)) j++
    const n = toks[j]
    if (n !== undefined && (n.k === NUM || n.k === WORD) && near(st, j))
      return { code: cw.code, scale: cw.scale, j }
  }
  return null
}

const CUR_WORD_RE = new RegExp(
  `(?:[ \\t\\u00a0\\u202f\\u2009]*-[ \\t\\u00a0\\u202f\\u2009]*|[ \\t\\u00a0\\u202f\\u2009]+)(?:${CURRENCY_WORDS.map(([p]) => `(${p.replaceAll(" ", "[ \\t\\u00a0\\u202f\\u2009]+")})`).join("|")})(?![\\p{L}\\p{N}])`,
  "iuy",
)
const WEIGHT_CUE = /\b(?:weigh(?:s|ed|ing|t)?|heav(?:y|ier)|light(?:er)?)\b/i

/** A currency written after an amount: "dollars", "US dollars", "pence", "USD", "MUSD", "€", "元". */
function currencyAfter(st: Ctx, k: number, digitsOnly: boolean): (Cur & { weight?: boolean }) | null {
  const { toks, text } = st
  const t = toks[k]
  if (t === undefined || !near(st, k)) return null
  if (t.t === "-" && glued(toks, k) && toks[k + 1]?.k === WORD && glued(toks, k + 1)) {
    // "12-cent", "one-yen"
    const m = stick(st, CUR_WORD_RE, toks[k - 1]!.e)
    if (m === null) return null
    let g = 1
    while (g < m.length && m[g] === undefined) g++
    const j = tokenEnd(toks, m.index + m[0].length)
    return j < 0 ? null : { code: CURRENCY_WORDS[g - 1]![1], scale: 1, j }
  }
  if (t.k === SYM) {
    const code = SYMBOLS.get(t.t)
    if (code === undefined) return null
    // "$10" after a number is the next amount's prefix ("1 $10 dollars bill").
    const nx = toks[k + 1]
    if (nx !== undefined && glued(toks, k + 1) && nx.k === NUM) return null
    return { code, scale: 1, j: k + 1 }
  }
  if (t.k !== WORD) return null
  if (t.t === "元" || t.t === "ரூ") return { code: SYMBOLS.get(t.t)!, scale: 1, j: k + 1 }
  const cw = codeWord(t.t)
  if (cw !== null && !(toks[k + 1] !== undefined && glued(toks, k + 1) && toks[k + 1]!.k !== SYM))
    return { code: cw.code, scale: cw.scale, j: k + 1 }
  if (t.l === "won" && digitsOnly) return { code: "KRW", scale: 1, j: k + 1 }
  const m = stick(st, CUR_WORD_RE, toks[k - 1]!.e)
  if (m === null) return null
  let g = 1
  while (g < m.length && m[g] === undefined) g++
  const code = CURRENCY_WORDS[g - 1]![1]
  const j = tokenEnd(toks, m.index + m[0].length)
  if (j < 0) return null
  if (
    code === "GBP" &&
    POUNDS_AFTER.test(m[0]) &&
    WEIGHT_CUE.test(text.slice(Math.max(0, toks[k]!.s - 60), toks[k]!.s))
  )
    return { code: "lb", scale: 1, j, weight: true }
  return { code, scale: 1, j }
}

// ---------------------------------------------------------------------------------------------
// Units, percent, durations, ages, times

const UNIT_PHRASE_RE =
  /[ \t\u00a0-]*(?:(square|sq\.?)[ \t\u00a0\u202f\u2009]*(kilomet(?:re|er)s?|km|miles?|mi|met(?:re|er)s?|m)|nautical[ \t\u00a0\u202f\u2009]+(miles?)|(kilomet(?:re|er)s?|km)[ \t\u00a0\u202f\u2009]*(?:per[ \t\u00a0\u202f\u2009]+hour|\/[ \t\u00a0\u202f\u2009]*h(?:r|our)?)|(miles)[ \t\u00a0\u202f\u2009]+per[ \t\u00a0\u202f\u2009]+hour|metric[ \t\u00a0\u202f\u2009]+(tons?|tonnes?))(?![\p{L}\p{N}])/iuy
const UNIT_PHRASE_FIRST = new Set([
  "square",
  "sq",
  "nautical",
  "km",
  "kilometres",
  "kilometers",
  "kilometre",
  "kilometer",
  "miles",
  "metric",
])

function unitPhrase(st: Ctx, k: number): { unit: string; j: number } | null {
  const t = st.toks[k]
  if (t === undefined || !UNIT_PHRASE_FIRST.has(t.l)) return null
  const m = stick(st, UNIT_PHRASE_RE, st.toks[k - 1]!.e)
  if (m === null) return null
  const j = tokenEnd(st.toks, m.index + m[0].length)
  if (j < 0) return null
  let unit: string
  if (m[1] !== undefined) {
    const u = m[2]!.toLowerCase()
    unit = u.startsWith("k") ? "km2" : u.startsWith("mi") ? "mi2" : "m2"
  } else if (m[3] !== undefined) unit = "nmi"
  else if (m[4] !== undefined) unit = "km/h"
  else if (m[5] !== undefined) unit = "mph"
  else unit = "t"
  return { unit, j }
}

const AGE_RE =
  /[ \t\u00a0\u202f\u2009]*-?[ \t\u00a0\u202f\u2009]*(years?|months?|weeks?|days?)[ \t\u00a0\u202f\u2009]*-?[ \t\u00a0\u202f\u2009]*olds?(?![\p{L}])/iuy
const AMPM_RE = /[ \t\u00a0\u202f\u2009]?([ap])(?:\.[ \t\u00a0\u202f\u2009]?m(?![\p{L}])\.?|m(?![\p{L}]))/iuy
const OCLOCK_RE =
  /[ \t\u00a0\u202f\u2009]*o['’][ \t\u00a0\u202f\u2009]?clock(?:[ \t\u00a0\u202f\u2009]+(?:in[ \t\u00a0\u202f\u2009]+the[ \t\u00a0\u202f\u2009]+(morning|afternoon|evening)|at[ \t\u00a0\u202f\u2009]+(night)))?/iuy
const TZ = new Set([
  "gmt",
  "utc",
  "bst",
  "cet",
  "cest",
  "eet",
  "eest",
  "msk",
  "est",
  "edt",
  "pst",
  "pdt",
  "ist",
  "local",
  "hrs",
  "hours",
  "h",
  "post",
  "kyiv",
  "moscow",
  "uk",
])
const TIME_PREP = new Set(["at", "our", "from", "until", "till", "since", "before", "after"])

/** "9 p.m.", "2am": the hour of day, or null. */
function ampm(st: Ctx, k: number, hour: number): { hour: number; j: number } | null {
  const prev = st.toks[k - 1]
  if (prev === undefined || hour < 0 || hour > 12) return null
  const m = stick(st, AMPM_RE, prev.e)
  if (m === null) return null
  const j = tokenEnd(st.toks, m.index + m[0].length)
  if (j < 0) return null
  const pm = m[1]!.toLowerCase() === "p"
  const h = Math.trunc(hour)
  const base = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h
  return { hour: base + (hour - h), j }
}

interface Time {
  i: number
  j: number
  hour: number
}

/** A time of day at token i: "20:00", "06:36", "9 p.m.", "2am", "8.06.10 AM", "13.00 GMT". */
function timeAt(st: Ctx, i: number): Time | null {
  const { toks } = st
  const t = toks[i]
  if (t === undefined || t.k !== NUM) return null
  if (ONE_OR_TWO_DIGITS.test(t.t)) {
    const h = Number(t.t)
    const c = toks[i + 1]
    const mm = toks[i + 2]
    if (c?.t === ":" && glued(toks, i + 1) && mm?.k === NUM && glued(toks, i + 2) && TWO_DIGITS.test(mm.t)) {
      const m = Number(mm.t)
      if (h > 24 || m > 59) return null
      let j = i + 3
      let hour = h + m / 60
      if (
        toks[j]?.t === ":" &&
        glued(toks, j) &&
        toks[j + 1]?.k === NUM &&
        TWO_DIGITS.test(toks[j + 1]!.t) &&
        glued(toks, j + 1)
      ) {
        hour += Number(toks[j + 1]!.t) / 3600
        j += 2
      }
      const ap = ampm(st, j, hour)
      return ap ? { i, j: ap.j, hour: ap.hour } : { i, j, hour }
    }
    const ap = ampm(st, i + 1, h)
    if (ap !== null && h >= 1) return { i, j: ap.j, hour: ap.hour }
    return null
  }
  // Dotted: "9.30pm", "8.06.10 AM", "13.00 GMT", "at 13.00".
  const dm = DOTTED_TIME.exec(t.t)
  if (dm !== null) {
    const h = Number(dm[1])
    const m = Number(dm[2])
    if (h > 24 || m > 59) return null
    const hour = h + m / 60 + (dm[3] ? Number(dm[3]) / 3600 : 0)
    const ap = ampm(st, i + 1, hour)
    if (ap !== null) return { i, j: ap.j, hour: ap.hour }
    if (dm[3] !== undefined) return null
    const nx = toks[i + 1]
    const pv = toks[i - 1]
    const measured =
      nx !== undefined && (nx.t === "%" || currencyAfter(st, i + 1, true) !== null || UNITS.has(nx.l))
    if (
      dm[1]!.length === 2 &&
      !measured &&
      ((nx !== undefined && TZ.has(nx.l) && spaced(st, i + 1)) || (pv !== undefined && TIME_PREP.has(pv.l)))
    )
      return { i, j: i + 1, hour }
    return null
  }
  // "0600 GMT", "1800 hours".
  const hm = MILITARY_TIME.exec(t.t)
  if (hm !== null) {
    const nx = toks[i + 1]
    if (
      nx !== undefined &&
      spaced(st, i + 1) &&
      TIME_ZONE_WORD.test(nx.l) &&
      (t.t[0] === "0" || nx.l !== "hours")
    )
      return { i, j: i + 1, hour: Number(hm[1]) + Number(hm[2]) / 60 }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Quantities

interface QOpts {
  /** After a bound word: a bare "half" is a number ("more than half"). */
  readonly afterBound?: boolean
}

const ONE_NEXT_PRONOUN = new Set([
  "that",
  "which",
  "who",
  "is",
  "was",
  "are",
  "were",
  "has",
  "had",
  "will",
  "would",
  "can",
  "could",
  "you",
  "i",
  "we",
  "they",
  "he",
  "she",
  "do",
  "does",
  "did",
])
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "another",
  "each",
  "every",
  "any",
  "his",
  "her",
  "their",
  "our",
  "its",
  "my",
  "your",
])
const HALF_NEXT = new Set([
  "of",
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "all",
  "that",
  "those",
  "these",
  "them",
  "us",
  "my",
  "your",
])

/** "one" as a pronoun or in a compound: "no one", "the one", "a Russian one", "one-day", "one another". */
function oneIsNotANumber(st: Ctx, n: Numeral): boolean {
  const { toks } = st
  if (n.j !== n.i + 1 || toks[n.i]!.l !== "one") return false
  const prev = toks[n.i - 1]
  const next = toks[n.j]
  if (
    next !== undefined &&
    next.t === "-" &&
    glued(toks, n.j) &&
    toks[n.j + 1]?.k === WORD &&
    glued(toks, n.j + 1)
  ) {
    const w = toks[n.j + 1]!.l
    // "one-year-old" is an age, "one-yen" money; other "one-" compounds are not counts.
    if (DURATION.has(w) && AGED_SUFFIX.test(st.text.slice(next.s, next.s + 16))) return false
    return currencyAfter(st, n.j, false) === null && !(UNITS.has(w) && w.length > 2)
  }
  if (prev !== undefined && prev.k === WORD && spaced(st, n.i) && ONE_PRONOUN_BEFORE.has(prev.l)) return true
  if (
    next !== undefined &&
    next.k === WORD &&
    (next.l === "another" || (next.l === "by" && toks[n.j + 1]?.l === "one"))
  )
    return true
  if (prev?.l === "by" && toks[n.i - 2]?.l === "one") return true
  const prev2 = toks[n.i - 2]
  if (
    prev !== undefined &&
    prev.k === WORD &&
    prev2 !== undefined &&
    DETERMINERS.has(prev2.l) &&
    readNumeral(st, n.i - 1) === null
  ) {
    if (
      next === undefined ||
      (next.k === SYM && PUNCT_END.has(next.t)) ||
      (next.k === WORD && ONE_NEXT_PRONOUN.has(next.l))
    )
      return true
  }
  return false
}

/**
 * A number word in a compound modifier: "a two-state solution", "a five-star hotel". Not a count
 * of states or stars. Units, durations, ages and currencies keep their number ("a three-day visit",
 * "a 10-mile walk", "one-yen"); digits do too ("a 145-drone attack" is 145 drones).
 */
function compoundModifier(st: Ctx, n: Numeral): boolean {
  const { toks } = st
  if (!n.words || n.ordinal || n.fraction) return false
  const h = toks[n.j]
  const w = toks[n.j + 1]
  if (
    h === undefined ||
    h.t !== "-" ||
    !glued(toks, n.j) ||
    w === undefined ||
    w.k !== WORD ||
    !glued(toks, n.j + 1)
  )
    return false
  if (WORDS.has(w.l) || DURATION.has(w.l) || UNITS.has(w.l) || MODIFIER_AFTER.test(w.l)) return false
  return currencyAfter(st, n.j, false) === null
}

/** Whether token k starts a noun-like word (so "a third time" is a rank, not a fraction). */
const wordFollows = (st: Ctx, k: number) => {
  const t = st.toks[k]
  return t !== undefined && t.k === WORD && spaced(st, k) && !FUNCTION_WORD.test(t.l)
}

interface Q extends Fig {
  hour?: number
}

const base = (si: number, ej: number, v: number, kind: NumberKind): Q => ({
  si,
  ej,
  lo: v,
  hi: v,
  kind,
  unit: null,
  currency: null,
  approx: "exact",
  bound: null,
  count: false,
  scale: 1,
  prefixCur: false,
  words: false,
  plain: false,
})

/**
 * A figure at token i, with its currency, scale, unit or percent sign and its kind, without bound
 * words or ranges. Null when nothing numeric starts there (or it is not a number: "no one").
 */
function quantityAt(st: State, i: number, opts: QOpts = {}): Q | null {
  const { toks, text } = st
  const tm = timeAt(st, i)
  if (tm !== null) return { ...base(i, tm.j, tm.hour, "time"), hour: tm.hour }
  const cp = currencyBefore(st, i)
  const ni = cp ? cp.j : i
  let n = readNumeral(st, ni, cp !== null)
  if (n === null) return null
  if (n.articleFraction && wordFollows(st, n.j)) {
    // "a third time": a rank with an article.
    const o = readNumeral(st, n.i + 1)
    if (o === null || !o.ordinal) return null
    n = o
  }
  const first = toks[n.i]!
  if ((first.l === "half" || first.l === "quarter") && n.j === n.i + 1) {
    // A bare "half": only "half of", "half the", "more than half", "cut by half".
    const nx = toks[n.j]
    const pv = toks[n.i - 1]
    if (first.l === "quarter") return null
    if (!opts.afterBound && !(nx !== undefined && spaced(st, n.j) && HALF_NEXT.has(nx.l)) && pv?.l !== "by")
      return null
  }
  if (oneIsNotANumber(st, n) || compoundModifier(st, n)) return null
  if (n.ordinal && n.words) {
    const w = text.slice(first.s, first.s + 24)
    if (ORDINAL_IDIOMS.test(w)) return null
    // "a second", "one second", "per second": time, not a rank.
    if (first.l === "second" && n.j === n.i + 1) {
      const pv = toks[n.i - 1]?.l
      if (pv !== undefined && BEFORE_SECOND.test(pv) && pv !== "the" && !wordFollows(st, n.j)) return null
    }
  }
  if (cp !== null && !(glued(toks, ni) || near(st, ni))) return null

  const q = base(cp ? i : n.i, n.j, n.value, n.ordinal ? "ordinal" : "cardinal")
  q.scale = n.scale
  q.words = n.words
  q.plain = n.plain
  if (n.fraction) q.fraction = true
  let k = n.j
  let v = n.value
  let currency: string | null = null
  let cscale = 1
  if (cp !== null) {
    currency = cp.code
    cscale = cp.scale
    q.prefixCur = true
  }
  const digits = !n.words
  if (cp !== null && q.scale === 1) {
    // "$ 4.5 m" (tokenised text): millions after a currency.
    const m = toks[k]
    const after = toks[k + 1]
    if (
      m !== undefined &&
      spaced(st, k) &&
      (m.t === "m" || m.t === "M") &&
      !(after !== undefined && glued(toks, k + 1) && after.k !== SYM)
    ) {
      v *= 1e6
      q.scale = 1e6
      k++
    }
  }
  const g = toks[k]
  const gl = g !== undefined && glued(toks, k)

  if (n.ordinal) {
    q.ej = k
    return q
  }

  // Glued letters: "55m", "29km", "115USD", "2am", "1990s", "5pc", "180ml".
  if (gl && g.k === WORD) {
    const after = toks[k + 1]
    const more = after !== undefined && glued(toks, k + 1) && after.k === WORD
    if (g.t === "m" && !more) {
      const ca = currencyAfter(st, k + 1, digits)
      if (currency !== null || (ca !== null && ca.code !== "lb")) {
        v *= 1e6
        q.scale = 1e6
        k++
        if (currency === null && ca !== null) {
          currency = ca.code
          k = ca.j
        }
      } else {
        q.kind = "dimension"
        q.unit = "m"
        k++
      }
    } else if (!more && (g.t === "pc" || g.t === "pct")) {
      q.kind = "percent"
      q.unit = "%"
      k++
    } else if (!more && SYMBOLS.has(g.t) && currency === null) {
      currency = SYMBOLS.get(g.t)!
      k++
    } else if (!more && codeWord(g.t) !== null && currency === null) {
      const cw = codeWord(g.t)!
      currency = cw.code
      cscale = cw.scale
      k++
    } else if (!more && UNITS.has(g.l) && g.l !== "m") {
      q.kind = "dimension"
      q.unit = UNITS.get(g.l)!
      k++
    } else if (!more && DURATION.has(g.l) && g.t.length > 1 && TIME_ABBREVIATION.test(g.l)) {
      q.kind = "duration"
      q.unit = DURATION.get(g.l)!
      k++
    } else if (!more && g.t === "s" && n.plain && v >= 1000 && v <= 2199) {
      // "the 1990s"
      q.kind = "year"
      q.hi = v + 9
      q.approx = "range"
      q.ej = k + 1
      return q
    } else {
      // "180ml", "5G", "4x4": a designation, not a figure we know.
      q.kind = "label"
      q.ej = k
      while (toks[q.ej] !== undefined && glued(toks, q.ej) && toks[q.ej]!.k !== SYM) q.ej++
      return q
    }
  }

  // Hyphenated words: "30-day", "12-month", "52-year-old", "10-mile", "12-cent", "one-yen".
  const age = stick(st, AGE_RE, toks[k - 1]!.e)
  if (age !== null && (toks[k]?.t === "-" || spaced(st, k))) {
    const j = tokenEnd(toks, age.index + age[0].length)
    if (j > 0) {
      q.kind = "age"
      q.unit = age[1]!.toLowerCase().replace(ENDS_S, "")
      q.lo = q.hi = v
      q.ej = j
      return q
    }
  }
  const hy = toks[k]
  if (hy !== undefined && hy.t === "-" && glued(toks, k) && toks[k + 1]?.k === WORD && glued(toks, k + 1)) {
    const w = toks[k + 1]!
    const after = toks[k + 2]
    const more = after !== undefined && glued(toks, k + 2) && after.k === WORD
    if (!more && DURATION.has(w.l)) {
      q.kind = "duration"
      q.unit = DURATION.get(w.l)!
      q.ej = k + 2
      q.lo = q.hi = v
      return q
    }
    if (!more && UNITS.has(w.l) && w.l.length > 1) {
      q.kind = "dimension"
      q.unit = UNITS.get(w.l)!
      q.ej = k + 2
      q.lo = q.hi = v * cscale
      return q
    }
  }

  // Percent.
  const p = toks[k]
  if (q.kind === "cardinal" && p !== undefined && near(st, k)) {
    if (p.t === "%" || p.t === "٪") {
      q.kind = "percent"
      q.unit = "%"
      k++
    } else if (p.k === WORD && spaced(st, k)) {
      if (p.l === "percent" || p.l === "pct" || p.l === "percents") {
        q.kind = "percent"
        q.unit = "%"
        k++
      } else if (p.l === "per" && toks[k + 1]?.l === "cent" && spaced(st, k + 1)) {
        q.kind = "percent"
        q.unit = "%"
        k += 2
      } else if (p.l === "percentage" && toks[k + 1] !== undefined && POINTS.test(toks[k + 1]!.l)) {
        q.kind = "percent"
        q.unit = "pp"
        k += 2
      }
    }
    if (q.kind === "percent") {
      q.lo = q.hi = v
      q.ej = k
      if (currency !== null) return null
      return q
    }
  }

  // Currency after the amount: "500 dollars", "75 USD million", "420 million finnish markka".
  if (q.kind === "cardinal" || q.kind === "dimension") {
    const ca = currencyAfter(st, k, digits)
    if (ca !== null && (currency === null || (ca.code === currency && toks[k]!.k === WORD))) {
      if (ca.code === "lb") {
        q.kind = "dimension"
        q.unit = "lb"
      } else {
        currency = ca.code
        cscale *= ca.scale
      }
      k = ca.j
      // "75 USD million"
      const sc = toks[k]
      if (sc !== undefined && spaced(st, k) && currency !== null && q.scale === 1) {
        const s = SCALE_WORD.exec(sc.t)
        if (s !== null) {
          const f = THOUSAND.test(s[1]!) ? 1e3 : MILLION.test(s[1]!) ? 1e6 : BILLION.test(s[1]!) ? 1e9 : 1e12
          v *= f
          q.scale = f
          k++
        }
      }
    } else if (ca !== null && currency !== null && ca.j > k) {
      // "$ 10 dollars": the same currency written twice (a word, not the next amount's "$").
      if (ca.code === currency && toks[k]!.k === WORD) k = ca.j
    }
  }

  if (currency !== null && q.kind === "cardinal") {
    q.kind = "money"
    q.currency = currency
    v *= cscale
    if (cscale > 1) q.scale = cscale
    // Minor units: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "c $ 100 and fifty".
    if (Number.isInteger(n.value) && !currency.endsWith("X")) {
      let c = k
      if (toks[c]?.l === "and" && spaced(st, c)) c++
      const m = c > k || spaced(st, c) ? readNumeral(st, c) : null
      if (
        m !== null &&
        Number.isInteger(m.value) &&
        m.value > 0 &&
        m.value < 100 &&
        !m.ordinal &&
        m.scale === 1
      ) {
        const after = toks[m.j]
        const cents = after !== undefined && spaced(st, m.j) && MINOR_UNIT.test(after.l)
        const end =
          after === undefined ||
          (after.k === SYM && PUNCT_END.has(after.t)) ||
          (after.k === WORD && after.l === "and")
        if (cents || end) {
          v += m.value / 100
          k = cents ? m.j + 1 : m.j
        }
      }
    }
  } else if (q.kind === "cardinal") {
    // Units of measure.
    const up = unitPhrase(st, k)
    const u = toks[k]
    if (up !== null) {
      q.kind = "dimension"
      q.unit = up.unit
      k = up.j
    } else if (u !== undefined && u.k === WORD && spaced(st, k) && UNITS.has(u.l)) {
      const single = u.t.length === 1
      const nx = toks[k + 1]
      const free = nx === undefined || !glued(toks, k + 1) || nx.k === SYM
      if (free && (!single || u.l === "m" || u.l === "t")) {
        q.kind = "dimension"
        q.unit = UNITS.get(u.l)!
        k++
      }
    }
  }

  if (q.kind === "cardinal") {
    // Durations, ages, times of day.
    const ap = Number.isInteger(v) ? ampm(st, k, v) : null
    if (ap !== null && v >= 1 && v <= 12) {
      q.kind = "time"
      q.hour = ap.hour
      q.lo = q.hi = ap.hour
      q.ej = ap.j
      return q
    }
    const oc = stick(st, OCLOCK_RE, toks[k - 1]!.e)
    if (oc !== null && v >= 1 && v <= 12 && Number.isInteger(v)) {
      const j = tokenEnd(toks, oc.index + oc[0].length)
      if (j > 0) {
        const later = oc[1] !== undefined ? oc[1].toLowerCase() !== "morning" : oc[2] !== undefined
        const hour = later ? (v === 12 ? 12 : v + 12) : v === 12 && oc[1] !== undefined ? 0 : v
        q.kind = "time"
        q.hour = hour
        q.lo = q.hi = hour
        q.ej = j
        return q
      }
    }
    const d = toks[k]
    if (d !== undefined && d.k === WORD && spaced(st, k) && DURATION.has(d.l)) {
      const unit = DURATION.get(d.l)!
      const old = toks[k + 1]?.l === "old" && spaced(st, k + 1)
      q.kind = old ? "age" : "duration"
      q.unit = unit
      k = old ? k + 2 : k + 1
    }
  }

  q.lo = q.hi = v
  q.currency = currency
  q.ej = k
  if (q.kind === "cardinal") classifyBare(st, q, n)
  // A whole count: its widened bounds ("about 70") round outwards; a rounded figure's do not
  // ("about 2.5 million").
  if (q.kind === "cardinal" || q.kind === "ordinal") q.count = Number.isInteger(v) && q.scale === 1
  return q
}

const YEAR_PREP = new Set([
  "the",
  "in",
  "since",
  "by",
  "until",
  "till",
  "during",
  "before",
  "after",
  "'s",
  "’s",
  "s",
])
const COUNT_NEXT = new Set(["of", "more", "others", "each", "were", "are", "have", "had", "or"])

/** A bare number: a count, a year, or a designation ("Article 5", "MH17", "10 Downing Street"). */
function classifyBare(st: State, q: Q, n: Numeral): void {
  const { toks, text } = st
  const i = n.i
  const prev = toks[i - 1]
  const prev2 = toks[i - 2]
  const first = toks[i]!
  // Glued to letters: "G7", "MH17"; or hyphenated: "SCP-173", "Shahed-136" (but "mid-2024").
  if (prev !== undefined && glued(toks, i) && prev.k === WORD && !n.words) {
    q.kind = "label"
    return
  }
  if (
    prev !== undefined &&
    prev.t === "-" &&
    glued(toks, i) &&
    prev2 !== undefined &&
    prev2.k === WORD &&
    glued(toks, i - 1) &&
    !HYPHEN_PREFIX.has(prev2.l) &&
    !(i > 2 && glued(toks, i - 2) && toks[i - 3]!.k === NUM) &&
    !n.words
  ) {
    q.kind = "label"
    return
  }
  if (prev !== undefined && ((prev.t === "#" && glued(toks, i)) || prev.t === "№")) {
    q.kind = "label"
    return
  }
  // After a designation word: "Article 5", "No. 10", "version two".
  let lw = prev
  if (prev !== undefined && prev.t === "." && prev2 !== undefined && glued(toks, i - 1)) lw = prev2
  if (lw !== undefined && lw.k === WORD && LABEL_WORDS.has(lw.l)) {
    const cap = STARTS_UPPER.test(lw.t)
    const ok =
      lw === prev2 ||
      (lw.l === "no" || lw.l === "nos" || lw.l === "number" || lw.l === "nr" || lw.l === "nrs"
        ? cap && lw.t !== "NO"
        : true)
    if (ok && (lw.l !== "no" || lw === prev2 || STARTS_UPPER.test(lw.t))) {
      q.kind = "label"
      return
    }
  }
  // A numbered heading or list item at the start of a line: "1. Introduction", "2) ...".
  const lineStart = i === 0 || LINE_START_BEFORE.test(text.slice(Math.max(0, first.s - 8), first.s))
  if (lineStart && !n.words && q.ej === i + 1) {
    const nx = toks[i + 1]
    if (
      nx !== undefined &&
      glued(toks, i + 1) &&
      (nx.t === "." || nx.t === ")") &&
      toks[i + 2] !== undefined &&
      toks[i + 2]!.s > nx.e
    ) {
      q.kind = "label"
      return
    }
  }
  if (prev?.t === "(" && glued(toks, i) && toks[q.ej]?.t === ")" && glued(toks, q.ej)) {
    const ls = i === 1 || LINE_START_BEFORE.test(text.slice(Math.max(0, prev.s - 8), prev.s))
    if (ls) {
      q.kind = "label"
      return
    }
  }
  // An address: "10 Downing Street".
  const a1 = toks[q.ej]
  if (!n.words && a1 !== undefined && a1.k === WORD && STARTS_UPPER.test(a1.t)) {
    const a2 = toks[q.ej + 1]
    const a3 = toks[q.ej + 2]
    if (
      (a2 !== undefined && STREET.test(a2.t) && STARTS_UPPER.test(a2.t)) ||
      (a3 !== undefined &&
        a2 !== undefined &&
        STARTS_UPPER.test(a2.t) &&
        STREET.test(a3.t) &&
        STARTS_UPPER.test(a3.t))
    ) {
      q.kind = "label"
      return
    }
  }
  // Ages: "aged 52", "at the age of 78".
  if (
    prev !== undefined &&
    spaced(st, i) &&
    (prev.l === "aged" || (prev.l === "of" && prev2 !== undefined && AGE_WORD.test(prev2.l)))
  ) {
    q.kind = "age"
    q.unit = "year"
    return
  }
  // A number word in a name: "Formula One", "Xbox One", "SEAL Team Six", "Nine West".
  if (
    n.words &&
    STARTS_UPPER.test(first.t) &&
    prev !== undefined &&
    prev.k === WORD &&
    spaced(st, i) &&
    STARTS_UPPER.test(prev.t)
  ) {
    q.kind = "label"
    return
  }
  const nxw = toks[q.ej]
  if (
    n.words &&
    STARTS_UPPER.test(first.t) &&
    nxw !== undefined &&
    nxw.k === WORD &&
    spaced(st, q.ej) &&
    CAPITALISED.test(nxw.t) &&
    !MONTHS.has(nxw.l) &&
    prev !== undefined &&
    !(prev.k === SYM && SENTENCE_PUNCTUATION.test(prev.t))
  ) {
    q.kind = "label"
    return
  }
  // Years.
  if (n.plain && Number.isInteger(q.lo) && q.lo >= 1000 && q.lo <= 2199 && first.t.length === 4) {
    const nx = toks[q.ej]
    const countNext =
      nx !== undefined &&
      nx.k === WORD &&
      spaced(st, q.ej) &&
      (PLURAL_NOUNS.has(nx.l) ||
        COUNT_NEXT.has(nx.l) ||
        (LOWER_PLURAL.test(nx.t) && !NOT_PLURAL_ENDING.test(nx.l)))
    const yearBefore = prev !== undefined && (YEAR_PREP.has(prev.l) || MONTHS.has(prev.l))
    if (!countNext || yearBefore) q.kind = "year"
  }
}

// ---------------------------------------------------------------------------------------------
// Bounds

type BT = "at-least" | "more-than" | "at-most" | "less-than" | "nearly" | "about" | "equal"

const PHRASES: ReadonlyArray<readonly [string, BT]> = [
  ["more than", "more-than"],
  ["more then", "more-than"],
  ["greater than", "more-than"],
  ["bigger than", "more-than"],
  ["larger than", "more-than"],
  ["higher than", "more-than"],
  ["over", "more-than"],
  ["above", "more-than"],
  ["exceeding", "more-than"],
  ["exceeds", "more-than"],
  ["exceeded", "more-than"],
  ["exceed", "more-than"],
  ["surpassing", "more-than"],
  ["surpassed", "more-than"],
  ["surpasses", "more-than"],
  ["surpass", "more-than"],
  ["topping", "more-than"],
  ["topped", "more-than"],
  ["in excess of", "more-than"],
  ["upwards of", "more-than"],
  ["upward of", "more-than"],
  ["north of", "more-than"],
  ["well over", "more-than"],
  ["just over", "more-than"],
  ["well above", "more-than"],
  ["just above", "more-than"],
  ["slightly more than", "more-than"],
  ["a little over", "more-than"],
  [">", "more-than"],
  ["at least", "at-least"],
  ["no less than", "at-least"],
  ["no fewer than", "at-least"],
  ["not less than", "at-least"],
  ["not fewer than", "at-least"],
  ["a minimum of", "at-least"],
  ["minimum of", "at-least"],
  ["at a minimum", "at-least"],
  ["no lower than", "at-least"],
  ["no smaller than", "at-least"],
  ["more than or equal to", "at-least"],
  ["greater than or equal to", "at-least"],
  ["greater or equal to", "at-least"],
  ["greater or equal than", "at-least"],
  ["bigger or equal than", "at-least"],
  ["bigger than or equal to", "at-least"],
  ["higher or equal than", "at-least"],
  ["higher than or equal to", "at-least"],
  ["larger or equal than", "at-least"],
  ["larger than or equal to", "at-least"],
  ["more or equal than", "at-least"],
  ["more or equal to", "at-least"],
  ["equal to or more than", "at-least"],
  ["equal to or greater than", "at-least"],
  ["equal or greater than", "at-least"],
  ["equal or more than", "at-least"],
  ["at least or equal to", "at-least"],
  [">=", "at-least"],
  ["> =", "at-least"],
  ["≥", "at-least"],
  ["up to", "at-most"],
  ["at most", "at-most"],
  ["no more than", "at-most"],
  ["not more than", "at-most"],
  ["no greater than", "at-most"],
  ["no higher than", "at-most"],
  ["no larger than", "at-most"],
  ["no bigger than", "at-most"],
  ["not exceeding", "at-most"],
  ["a maximum of", "at-most"],
  ["maximum of", "at-most"],
  ["at a maximum", "at-most"],
  ["as many as", "at-most"],
  ["as much as", "at-most"],
  ["as high as", "at-most"],
  ["less than or equal to", "at-most"],
  ["fewer than or equal to", "at-most"],
  ["smaller than or equal to", "at-most"],
  ["lower than or equal to", "at-most"],
  ["less or equal than", "at-most"],
  ["less or equal to", "at-most"],
  ["smaller or equal than", "at-most"],
  ["smaller or equal to", "at-most"],
  ["lower or equal than", "at-most"],
  ["lower or equal to", "at-most"],
  ["equal to or less than", "at-most"],
  ["equal to or fewer than", "at-most"],
  ["equal to or lower than", "at-most"],
  ["equal or less than", "at-most"],
  ["<=", "at-most"],
  ["< =", "at-most"],
  ["≤", "at-most"],
  ["less than", "less-than"],
  ["less then", "less-than"],
  ["fewer than", "less-than"],
  ["lower than", "less-than"],
  ["smaller than", "less-than"],
  ["under", "less-than"],
  ["below", "less-than"],
  ["beneath", "less-than"],
  ["<", "less-than"],
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["close to", "nearly"],
  ["just under", "nearly"],
  ["just below", "nearly"],
  ["just shy of", "nearly"],
  ["shy of", "nearly"],
  ["approaching", "nearly"],
  ["not quite", "nearly"],
  ["a little under", "nearly"],
  ["a little less than", "nearly"],
  ["slightly less than", "nearly"],
  ["slightly under", "nearly"],
  ["about", "about"],
  ["around", "about"],
  ["round about", "about"],
  ["some", "about"],
  ["roughly", "about"],
  ["approximately", "about"],
  ["approx", "about"],
  ["approx .", "about"],
  ["an estimated", "about"],
  ["estimated", "about"],
  ["est .", "about"],
  ["circa", "about"],
  ["ca .", "about"],
  ["~", "about"],
  ["in the region of", "about"],
  ["on the order of", "about"],
  ["of the order of", "about"],
  ["in the neighbourhood of", "about"],
  ["in the neighborhood of", "about"],
  ["something like", "about"],
  ["equal to", "equal"],
  ["equals to", "equal"],
  ["equals", "equal"],
  ["equaling to", "equal"],
  ["equaling", "equal"],
  ["equalling to", "equal"],
  ["equalling", "equal"],
  ["equal", "equal"],
  ["=", "equal"],
]

/** Phrases by first word, longest first. */
const BY_FIRST = new Map<string, Array<{ words: string[]; bt: BT }>>()
for (const [p, bt] of PHRASES) {
  const words = p.split(" ")
  const list = BY_FIRST.get(words[0]!) ?? []
  list.push({ words, bt })
  BY_FIRST.set(words[0]!, list)
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length)

const COMPARE = new Set(["<", ">", "="])
const PLACES =
  /^(regions?|areas?|districts?|cities|towns|provinces|oblasts|countries|states|territories|locations|sites|villages|settlements|municipalities|counties|communities|fronts|sectors|zones|parts|directions|islands|nations)$/

const PLACE_ADJECTIVES = new Set([
  "other",
  "different",
  "separate",
  "neighbouring",
  "neighboring",
  "border",
  "southern",
  "northern",
  "eastern",
  "western",
  "central",
  "frontline",
  "front-line",
  "russian",
  "ukrainian",
])

/** A bound phrase at token i: the bound type and the token after it. */
function boundAt(st: Ctx, i: number): { bt: BT; j: number } | null {
  const { toks } = st
  const t = toks[i]
  if (t === undefined) return null
  const list = BY_FIRST.get(t.l)
  if (list === undefined) return null
  // "<>30", "=>30": not comparisons we read.
  if (t.k === SYM && i > 0 && glued(toks, i) && COMPARE.has(toks[i - 1]!.t)) return null
  for (const p of list) {
    let ok = true
    for (let m = 1; m < p.words.length; m++) {
      const x = toks[i + m]
      if (x === undefined || x.l !== p.words[m] || !near(st, i + m)) {
        ok = false
        break
      }
    }
    if (!ok) continue
    const j = i + p.words.length
    if (t.k === SYM) {
      const after = toks[j]
      if (after !== undefined && glued(toks, j) && COMPARE.has(after.t)) return null
    }
    return { bt: p.bt, j }
  }
  return null
}

/** "over 13 regions" after a noun is where, not how many. */
function spatialOver(st: Ctx, i: number, q: Q): boolean {
  const { toks } = st
  if (toks[i]!.l !== "over" && toks[i]!.l !== "across") return false
  // The place word, maybe after an adjective or two: "over 13 Russian regions".
  let k = q.ej
  for (; k < q.ej + 3; k++) {
    const w = toks[k]
    if (w === undefined || w.k !== WORD || !spaced(st, k)) return false
    if (PLACES.test(w.l)) break
    if (!STARTS_UPPER.test(w.t) && !PLACE_ADJECTIVES.has(w.l)) return false
  }
  if (k === q.ej + 3) return false
  const pv = toks[i - 1]
  return pv !== undefined && !PREPOSITION_WORD.test(pv.l)
}

// ---------------------------------------------------------------------------------------------
// Ranges

const COMPAT_KINDS = new Set<NumberKind>([
  "cardinal",
  "ordinal",
  "percent",
  "money",
  "dimension",
  "duration",
  "age",
  "year",
])

/** Two figures as one range: shares currency, unit and scale ("$5-10 million", "20 to 30 per cent"). */
function joinRange(a: Q, b: Q): Q | null {
  if (!COMPAT_KINDS.has(a.kind) || !COMPAT_KINDS.has(b.kind)) return null
  let lo = a.lo
  let kind = a.kind
  let unit = a.unit
  let currency = a.currency
  let hi = b.hi
  // "2022-23": years.
  if (a.kind === "year" && b.plain && b.lo < 100 && Number.isInteger(b.lo)) {
    const h = Math.trunc(a.lo / 100) * 100 + b.lo
    if (h > a.lo) return { ...a, ej: b.ej, hi: h, approx: "range" }
  }
  if (a.kind === "year" && b.kind === "year") return lo < hi ? { ...a, ej: b.ej, hi, approx: "range" } : null
  if (a.kind === "year") kind = "cardinal"
  if (a.kind === "cardinal" && b.kind !== "cardinal" && b.kind !== "year") {
    kind = b.kind
    unit = b.unit
    currency = b.currency
    if (a.scale === 1 && b.scale > 1 && a.lo * b.scale <= b.hi) lo = a.lo * b.scale
  } else if (b.kind === "cardinal" || b.kind === "year") {
    if (a.kind === "money" && b.kind === "cardinal" && b.scale > 1 && a.scale === 1 && a.lo * b.scale <= b.hi)
      lo = a.lo * b.scale
    hi = b.hi
  } else if (b.kind !== a.kind || b.unit !== a.unit || b.currency !== a.currency) return null
  else if (a.scale === 1 && b.scale > 1 && !a.words && a.lo * b.scale <= b.hi && a.lo < b.hi / b.scale)
    lo = a.lo * b.scale
  if (kind === "cardinal" && a.scale === 1 && b.scale > 1 && a.lo * b.scale <= b.hi && a.lo < b.hi / b.scale)
    lo = a.lo * b.scale
  if (!(lo < hi)) return null
  return {
    ...a,
    ej: b.ej,
    lo,
    hi,
    kind,
    unit,
    currency,
    approx: "range",
    count: a.count && b.count,
    scale: Math.max(a.scale, b.scale),
  }
}

const RANGE_TO = new Set(["to", "through", "thru", "-", "–", "—", "~", "until", "till"])

/** A change, not a range: "rose from 20 to 30", "up 20 to 30". */
function changeBefore(st: Ctx, k: number): boolean {
  for (let m = k - 1; m >= Math.max(0, k - 3); m--) {
    const t = st.toks[m]!
    if (t.k !== WORD) return false
    if (CHANGE_VERBS.has(t.l)) return true
    if (!CHANGE_FILLER.test(t.l)) return false
  }
  return false
}

const SCORE =
  /^(win|wins|won|winning|beat|beats|beating|lost|lose|loses|losing|loss|defeat|defeated|defeats|draw|drew|drawn|victory|victories|score|scored|scoreline|lead|led|trail|trailed|trailing|thrashed|thrashing|edged|routed|rout|vote|voted|votes|margin|record|series)$/

/** A sports score or a vote near tokens a..b: "lost 1-3", "a 2-1 win", "passed 233-196". */
function scoreNear(st: Ctx, a: number, b: number): boolean {
  const { toks } = st
  for (let k = Math.max(0, a - 3); k < Math.min(toks.length, b + 3); k++)
    if (toks[k]!.k === WORD && SCORE.test(toks[k]!.l)) return true
  return false
}

/** A second figure after `a` joined by "to", "-", "through"..., as a range. */
function rangeAfter(st: State, a: Q, connectors: ReadonlySet<string>): Q | null {
  const { toks } = st
  const c = toks[a.ej]
  if (c === undefined || !connectors.has(c.l) || !near(st, a.ej)) return null
  if (!FIGURE_KINDS.has(a.kind) && a.kind !== "year" && a.kind !== "duration" && a.kind !== "age") return null
  // "26-18 to 2011 champions": the tail of a score or a record does not start a range.
  if (
    a.si >= 2 &&
    toks[a.si - 1]!.t === "-" &&
    glued(toks, a.si) &&
    glued(toks, a.si - 1) &&
    toks[a.si - 2]!.k === NUM
  )
    return null
  let k = a.ej + 1
  if (!near(st, k)) return null
  if (toks[k]?.l === "the") k++
  const b = quantityAt(st, k)
  if (b === null || b.kind === "time" || b.kind === "date") return null
  // "13-17-2": a record; "lost 1-3": a score.
  if (c.t === "-" && toks[b.ej]?.t === "-" && glued(toks, b.ej) && toks[b.ej + 1]?.k === NUM) return null
  // "three-nought-four": hyphens between number words are not ranges.
  if (c.t === "-" && (WORDS.has(toks[a.ej - 1]!.l) || WORDS.has(toks[a.ej + 1]?.l ?? ""))) return null
  if (c.t === "-" && a.plain && b.plain && a.lo < 100 && b.lo < 100 && scoreNear(st, a.si, b.ej)) return null
  if (a.kind === "year" && b.kind !== "year" && !(b.plain && b.lo < 100) && b.lo < 1000) return null
  return joinRange(a, b)
}

// ---------------------------------------------------------------------------------------------
// Dates and phone numbers

const DAY_RE = /^(\d{1,2})$/

function dayAt(st: Ctx, k: number): { day: number; j: number } | null {
  const { toks } = st
  const t = toks[k]
  if (t === undefined || t.k !== NUM || !DAY_RE.test(t.t)) return null
  const day = Number(t.t)
  if (day < 1 || day > 31) return null
  let j = k + 1
  const s = toks[j]
  if (s !== undefined && glued(toks, j) && s.k === WORD && ORDINAL_SUFFIX.test(s.t)) j++
  // "12-13 March"
  if (toks[j]?.t === "-" || toks[j]?.t === "–") {
    const d2 = toks[j + 1]
    if (
      d2 !== undefined &&
      d2.k === NUM &&
      DAY_RE.test(d2.t) &&
      glued(toks, j) &&
      glued(toks, j + 1) &&
      Number(d2.t) > day &&
      Number(d2.t) <= 31
    )
      j += 2
  }
  return { day, j }
}

function monthAt(st: Ctx, k: number): { month: number; j: number } | null {
  const t = st.toks[k]
  if (t === undefined || t.k !== WORD) return null
  const month = MONTHS.get(t.l)
  if (month === undefined) return null
  const cap = STARTS_UPPER.test(t.t)
  if (t.l.length <= 4 && t.l !== "june" && t.l !== "july" && !cap) return null
  if ((t.l === "may" || t.l === "march") && !cap) return null
  let j = k + 1
  if (t.l.length <= 4 && st.toks[j]?.t === "." && glued(st.toks, j)) j++
  return { month, j }
}

function yearAt(st: Ctx, k: number): { year: number; j: number } | null {
  const t = st.toks[k]
  if (t === undefined || t.k !== NUM || !FOUR_DIGITS.test(t.t)) return null
  const y = Number(t.t)
  if (y < 1000 || y > 2199) return null
  if (st.toks[k + 1] !== undefined && glued(st.toks, k + 1) && st.toks[k + 1]!.k !== SYM) return null
  return { year: y, j: k + 1 }
}

/** A date at token i: "5 February 2025", "March 12", "Wednesday 5 February", "May 4th", "5/17/2018". */
function dateAt(st: State, i: number): Fig | null {
  const { toks } = st
  const t = toks[i]!
  let k = i
  let weekday = false
  if (t.k === WORD && WEEKDAYS.has(t.l) && (STARTS_UPPER.test(t.t) || t.l.length > 4)) {
    k++
    if (toks[k]?.t === "," && glued(toks, k)) k++
    if (toks[k]?.t === "." && glued(toks, k)) k++
    weekday = true
    if (!near(st, k)) return null
  }
  let day: number | null = null
  let month: number | null = null
  let year: number | null = null
  let j = k
  const d = dayAt(st, k)
  if (d !== null) {
    let m = d.j
    if (toks[m]?.l === "of" && near(st, m)) m++
    const mo = near(st, m) ? monthAt(st, m) : null
    if (mo !== null) {
      day = d.day
      month = mo.month
      j = mo.j
    }
  } else {
    const mo = monthAt(st, k)
    if (mo !== null) {
      const d2 = near(st, mo.j) && spaced(st, mo.j) ? dayAt(st, mo.j) : null
      if (d2 !== null && !(toks[d2.j]?.t === ":" && glued(toks, d2.j))) {
        const nx = toks[d2.j]
        const y = nx !== undefined && nx.k === NUM && nx.t.length === 4
        if (!(nx !== undefined && nx.k === WORD && (UNITS.has(nx.l) || AMOUNT_WORD.test(nx.l))) || y) {
          month = mo.month
          day = d2.day
          j = d2.j
        }
      } else if (near(st, mo.j) && yearAt(st, mo.j) !== null) {
        month = mo.month
        j = mo.j
      }
    }
  }
  if (month !== null) {
    let m = j
    if (toks[m]?.t === "," && glued(toks, m)) m++
    const y = near(st, m) ? yearAt(st, m) : null
    if (y !== null) {
      year = y.year
      j = y.j
    }
  }
  if (month === null) {
    if (weekday) return null
    // Numeric dates: "5/17/2018", "2025-02-03", "1995-01", "17.05.2018".
    if (t.k !== NUM) return null
    const r = readDigits(t.t)
    if (r.kind === D_DATE && r.date) {
      if (timeAt(st, i) !== null) return null
      return { ...base(i, i + 1, r.date.day, "date"), date: { ...r.date } }
    }
    const a = Number(t.t)
    const s1 = toks[i + 1]
    const b = toks[i + 2]
    if (
      s1 === undefined ||
      b === undefined ||
      b.k !== NUM ||
      !glued(toks, i + 1) ||
      !glued(toks, i + 2) ||
      !DIGITS.test(t.t) ||
      !DIGITS.test(b.t)
    )
      return null
    const s2 = toks[i + 3]
    const c = toks[i + 4]
    const three =
      s2 !== undefined &&
      s2.t === s1.t &&
      c !== undefined &&
      c.k === NUM &&
      glued(toks, i + 3) &&
      glued(toks, i + 4) &&
      DIGITS.test(c.t)
    // "2024/25", "2024/2025": a season or a fiscal year.
    if (s1.t === "/" && !three && t.t.length === 4 && a >= 1000 && a <= 2199) {
      const y =
        b.t.length === 2 ? Math.trunc(a / 100) * 100 + Number(b.t) : b.t.length === 4 ? Number(b.t) : 0
      if (y === a + 1) return { ...base(i, i + 3, a, "year"), hi: y, approx: "range" }
    }
    if (s1.t === "/" && three) {
      const x = Number(b.t)
      const y = Number(c!.t)
      if (c!.t.length !== 2 && c!.t.length !== 4) return null
      const yr = y < 100 ? 2000 + y : y
      if (a >= 1 && a <= 12 && x >= 1 && x <= 31)
        return { ...base(i, i + 5, x, "date"), date: { year: yr, month: a, day: x } }
      if (x >= 1 && x <= 12 && a >= 1 && a <= 31)
        return { ...base(i, i + 5, a, "date"), date: { year: yr, month: x, day: a } }
      return null
    }
    if (s1.t === "-" && t.t.length === 4 && a >= 1000 && a <= 2199) {
      const mo = Number(b.t)
      if (b.t.length !== 2 || mo < 1 || mo > 12) return null
      if (three) {
        const dd = Number(c!.t)
        if (c!.t.length !== 2 || dd < 1 || dd > 31) return null
        return { ...base(i, i + 5, dd, "date"), date: { year: a, month: mo, day: dd } }
      }
      // "1995-01", but "2022-23" is two years.
      if (b.t[0] !== "0") return null
      return { ...base(i, i + 3, a, "date"), date: { year: a, month: mo, day: null } }
    }
    return null
  }
  if (day === null && year === null) return null
  const f = base(i, j, day ?? year ?? 0, "date")
  if (day === null) {
    f.lo = f.hi = year!
  }
  f.date = { year, month, day }
  return f
}

/** A phone number: "641-228-182", "+1-222-2222/2222", "(555) 123-4567". */
function phoneAt(st: Ctx, i: number): Fig | null {
  const { toks } = st
  let k = i
  const plus = toks[k]?.t === "+"
  if (plus) k++
  const t = toks[k]
  if (t === undefined || t.k !== NUM || !DIGITS.test(t.t)) return null
  if (plus && !glued(toks, k)) return null
  let groups = 1
  let digits = t.t.length
  let j = k + 1
  while (j + 1 < toks.length) {
    const s = toks[j]!
    const n = toks[j + 1]!
    if (
      !(s.t === "-" || s.t === "/" || s.t === ".") ||
      !glued(toks, j) ||
      !glued(toks, j + 1) ||
      n.k !== NUM ||
      !DIGITS.test(n.t)
    )
      break
    if (n.t.length < 2) break
    groups++
    digits += n.t.length
    j += 2
  }
  if (groups >= 3 && digits >= 7 && (plus || t.t.length >= 2)) {
    const nx = toks[j]
    if (nx !== undefined && glued(toks, j) && nx.k !== SYM) return null
    return { ...base(i, j, 0, "phone") }
  }
  // "(555) 123-4567"
  if (!plus && i > 0 && toks[i - 1]!.t === "(" && t.t.length === 3 && toks[i + 1]?.t === ")") {
    const a = toks[i + 2]
    const h = toks[i + 3]
    const b = toks[i + 4]
    if (
      a?.k === NUM &&
      a.t.length === 3 &&
      h?.t === "-" &&
      b?.k === NUM &&
      b.t.length === 4 &&
      glued(toks, i + 3) &&
      glued(toks, i + 4)
    )
      return { ...base(i - 1, i + 5, 0, "phone") }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Vague quantities

const VAGUE_PLURAL = new Map([
  ["dozens", 12],
  ["hundreds", 100],
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9],
  ["trillions", 1e12],
])
const VAGUE_SINGULAR = new Map([
  ["dozen", 12],
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
])

/** Interval of a vague multiple of `u`: dozens [24, 144]; other plurals [2u, 10u - 1]. */
const vagueOf = (u: number): [number, number] => (u === 12 ? [24, 144] : [2 * u, 10 * u - 1])

/** Token k is "of", after blanks. */
const ofAt = (st: Ctx, k: number): boolean => st.toks[k]?.l === "of" && near(st, k)

/** "dozens", "scores of", "hundreds", "tens of thousands", "several hundred", "billions of dollars". */
function vagueAt(st: State, i: number): Fig | null {
  const { toks } = st
  const t = toks[i]!
  if (t.k !== WORD) return null
  let lo = 0
  let hi = 0
  let j = i + 1
  if (
    t.l === "tens" ||
    (t.l === "hundreds" &&
      ofAt(st, i + 1) &&
      VAGUE_PLURAL.has(toks[i + 2]?.l ?? "") &&
      toks[i + 2]!.l !== "dozens")
  ) {
    const m = t.l === "tens" ? 10 : 100
    const u = ofAt(st, i + 1) ? VAGUE_PLURAL.get(toks[i + 2]?.l ?? "") : undefined
    if (u === undefined || u < 1e3 || !near(st, i + 2)) return null
    lo = 2 * m * u
    hi = 10 * m * u - 1
    j = i + 3
  } else if (t.l === "scores" && ofAt(st, i + 1)) {
    lo = 40
    hi = 199
  } else if (VAGUE_PLURAL.has(t.l)) {
    const prev = toks[i - 1]
    if (prev !== undefined && near(st, i) && readNumeral(st, i - 1) !== null && prev.k !== SYM) return null
    ;[lo, hi] = vagueOf(VAGUE_PLURAL.get(t.l)!)
  } else if (
    (t.l === "several" || t.l === "many" || (t.l === "few" && toks[i - 1]?.l === "a")) &&
    near(st, i + 1) &&
    (VAGUE_SINGULAR.has(toks[i + 1]?.l ?? "") || VAGUE_PLURAL.has(toks[i + 1]?.l ?? ""))
  ) {
    const w = toks[i + 1]!.l
    ;[lo, hi] = vagueOf(VAGUE_SINGULAR.get(w) ?? VAGUE_PLURAL.get(w)!)
    j = i + 2
    if (t.l === "few") {
      const f = base(i - 1, j, lo, "cardinal")
      return finishVague(st, f, lo, hi)
    }
  } else return null
  return finishVague(st, base(i, j, lo, "cardinal"), lo, hi)
}

function finishVague(st: State, f: Fig, lo: number, hi: number): Fig {
  const { toks } = st
  f.lo = lo
  f.hi = hi
  f.approx = "vague"
  f.bound = st.text.slice(toks[f.si]!.s, toks[f.ej - 1]!.e)
  f.count = true
  // "billions of dollars"
  if (toks[f.ej]?.l === "of" && near(st, f.ej)) {
    const ca = currencyAfter(st, f.ej + 1, false)
    if (ca !== null && ca.code !== "lb" && ENDS_S_ANY_CASE.test(toks[ca.j - 1]!.t)) {
      f.kind = "money"
      f.currency = ca.code
      f.ej = ca.j
      f.count = false
    }
  }
  return f
}

// ---------------------------------------------------------------------------------------------
// From figures to mentions

const NO_WIDEN = new Set<NumberKind>(["time", "date", "year", "phone", "label"])

/** Removes float noise from scaling: 16.4 * 1e6 is 16400000, not 16399999.999999998. */
function clean(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x
  const r = Number(x.toPrecision(12))
  return Math.abs(r - x) <= Math.abs(x) * 1e-13 ? r : x
}

function finalize(st: State, g: Fig): NumberMention {
  const { toks, text } = st
  // g with its float noise removed (read-only below, so not copied).
  const lo = clean(g.lo)
  const hi = clean(g.hi)
  const f = g
  const start = toks[f.si]!.s
  const end = toks[f.ej - 1]!.e
  let min: number | null = lo
  let max: number | null = hi
  let stated: StatedInterval = f.stated ?? { lo: lo, hi: hi, loOpen: false, hiOpen: false }
  const whole = f.count && Number.isInteger(lo) && f.kind === "cardinal"
  const fixed = NO_WIDEN.has(f.kind)
  const single = lo === hi
  switch (f.approx) {
    case "at-least":
      max = null
      stated = { lo: lo, hi: null, loOpen: false, hiOpen: true }
      break
    case "more-than":
      // Inclusive: news writes "more than 149" of a count of 149 and up ("more than one million"
      // of 1.089 million); the stated interval keeps the strict bound as written.
      min = lo
      max = null
      stated = { lo: lo, hi: null, loOpen: true, hiOpen: true }
      break
    case "at-most":
      min = null
      stated = { lo: null, hi: hi, loOpen: true, hiOpen: false }
      break
    case "less-than":
      min = null
      max = hi
      stated = { lo: null, hi: hi, loOpen: true, hiOpen: true }
      break
    case "nearly":
      if (!fixed) {
        const a = Math.abs(lo)
        min = whole ? Math.floor(lo - 0.1 * a) : lo - 0.1 * a
      }
      break
    case "about":
      if (!fixed) {
        const a = Math.abs(lo)
        const b = Math.abs(hi)
        min = whole ? Math.floor(lo - 0.1 * a) : lo - 0.1 * a
        max = whole ? Math.ceil(hi + 0.1 * b) : hi + 0.1 * b
      }
      break
    default:
      break
  }
  if (single && (f.approx === "exact" || f.approx === "range"))
    stated = { lo: lo, hi: hi, loOpen: false, hiOpen: false }
  if (f.kind === "phone") {
    // A phone number has no magnitude.
    min = null
    max = null
    stated = { lo: null, hi: null, loOpen: true, hiOpen: true }
  }
  const m: {
    -readonly [K in keyof NumberMention]: NumberMention[K]
  } = {
    text: text.slice(start, end),
    start,
    end,
    min,
    max,
    approx: f.approx,
    bound: f.bound,
    kind: f.kind,
    unit: f.unit,
    currency: f.currency,
    stated,
  }
  if (f.ratio !== undefined) m.ratio = f.ratio
  if (f.fraction) m.fraction = true
  if (f.date !== undefined) m.date = f.date
  return m
}

const LOWER = new Set<Approx>(["at-least", "more-than"])
const UPPER = new Set<Approx>(["at-most", "less-than"])

/** Emits a figure, joining it to the one before when they bound one range ("above 10 and below 20"). */
function emit(st: State, f: Fig): void {
  // "1e1006", a 400-digit run: not a number we can hold.
  if (!Number.isFinite(f.lo) || !Number.isFinite(f.hi)) return
  const m = finalize(st, f)
  const prev = st.out[st.out.length - 1]
  if (prev !== undefined && prev.stated !== undefined && m.stated !== undefined && prev.end <= m.start) {
    const gap = st.text.slice(prev.end, m.start)
    const pairs =
      (LOWER.has(prev.approx) && UPPER.has(m.approx)) || (UPPER.has(prev.approx) && LOWER.has(m.approx))
    if (
      pairs &&
      LIST_GAP.test(gap) &&
      prev.kind === m.kind &&
      prev.unit === m.unit &&
      prev.currency === m.currency
    ) {
      const lower = LOWER.has(prev.approx) ? prev : m
      const upper = lower === prev ? m : prev
      if (lower.stated!.lo !== null && upper.stated!.hi !== null && lower.stated!.lo < upper.stated!.hi) {
        st.out[st.out.length - 1] = {
          ...prev,
          text: st.text.slice(prev.start, m.end),
          end: m.end,
          min: lower.min,
          max: upper.max,
          approx: "range",
          bound: `${prev.bound ?? ""} … ${m.bound ?? ""}`,
          stated: {
            lo: lower.stated!.lo,
            hi: upper.stated!.hi,
            loOpen: lower.stated!.loOpen,
            hiOpen: upper.stated!.hiOpen,
          },
        }
        return
      }
    }
  }
  st.out.push(m)
}

const POST: ReadonlyArray<readonly [string, BT]> = [
  ["or more", "at-least"],
  ["and more", "at-least"],
  ["or greater", "at-least"],
  ["or higher", "at-least"],
  ["or above", "at-least"],
  ["or over", "at-least"],
  ["and above", "at-least"],
  ["and over", "at-least"],
  ["or larger", "at-least"],
  ["or bigger", "at-least"],
  ["plus", "at-least"],
  ["or less", "at-most"],
  ["or fewer", "at-most"],
  ["or lower", "at-most"],
  ["or below", "at-most"],
  ["or under", "at-most"],
  ["and less", "at-most"],
  ["and under", "at-most"],
  ["and below", "at-most"],
  ["or smaller", "at-most"],
  ["or so", "about"],
  ["give or take", "about"],
  ["or equal to", "equal"],
  ["or equal", "equal"],
]
const POST_SPLIT = POST.map(([p, bt]) => ({ words: p.split(" "), bt }))

/** Bound words after a figure: "500 or more", "50-plus", "30 or so", "more than 5000 or equal to". */
function postAt(st: State, k: number, current: BT | null): { bt: BT; j: number } | null {
  const { toks } = st
  const t = toks[k]
  if (t === undefined) return null
  if (t.t === "+" && glued(toks, k) && !isNumeralStart(st, k + 1)) return { bt: "at-least", j: k + 1 }
  if (t.t === "-" && glued(toks, k) && toks[k + 1]?.l === "plus" && glued(toks, k + 1))
    return { bt: "at-least", j: k + 2 }
  if (!near(st, k) || t.k !== WORD) return null
  for (const p of POST_SPLIT) {
    let ok = true
    for (let m = 0; m < p.words.length; m++) {
      const x = toks[k + m]
      if (x === undefined || x.l !== p.words[m] || !near(st, k + m)) {
        ok = false
        break
      }
    }
    if (!ok) continue
    let j = k + p.words.length
    if (p.bt === "equal") {
      if (current !== "more-than" && current !== "less-than") continue
      if (isNumeralStart(st, j) && near(st, j)) return null
      if (toks[j]?.l === "to" && isNumeralStart(st, j + 1)) return null
      return { bt: current === "more-than" ? "at-least" : "at-most", j }
    }
    if (toks[j]?.l === "than" && near(st, j)) {
      if (isNumeralStart(st, j + 1)) return null
      j++
    }
    if (
      isNumeralStart(st, j) &&
      near(st, j) &&
      (p.words[0] === "plus" || p.words[0] === "or" || p.words[0] === "and")
    )
      return null
    return { bt: p.bt, j }
  }
  return null
}

/** Applies a bound type to a figure read after (or before) its bound words. */
function bounded(f: Fig, bt: BT, bound: string, si: number): Fig {
  const g: Fig = { ...f, si: Math.min(si, f.si), bound }
  if (bt === "equal") return g
  if (f.approx === "range") {
    if (bt === "about" || bt === "nearly") {
      g.approx = "about"
      g.stated = { lo: f.lo, hi: f.hi, loOpen: false, hiOpen: false }
    }
    return g
  }
  g.approx = bt
  return g
}

// ---------------------------------------------------------------------------------------------
// The scan

const TRIGGER_WORDS = new Set([
  "between",
  "from",
  "minus",
  "negative",
  "a",
  "an",
  "half",
  "quarter",
  "tens",
  "scores",
  "several",
  "many",
  "few",
  "rs",
  "rp",
  "u",
])

/**
 * Every word or symbol that can start something: one set lookup for most tokens. The symbols are
 * those the readers below take as a first token: bound phrases ("<", "~"), currency symbols,
 * vulgar fractions, signs and a leading point (readNumeral), "+" (phoneAt). Other punctuation
 * (commas, brackets, quotes) starts nothing, and is most of the symbols in news text.
 */
const STARTERS = new Set<string>([
  ...SYMBOLS.keys(),
  ...VULGAR.keys(),
  ...SIGNS,
  ".",
  "+",
  ...BY_FIRST.keys(),
  ...TRIGGER_WORDS,
  ...MONTHS.keys(),
  ...WEEKDAYS,
  ...VAGUE_PLURAL.keys(),
  ...DOLLAR_PREFIX.keys(),
  ...WORDS.keys(),
  ...CODES,
  ...[...CODES_UPPER_ONLY].map((c) => c.toLowerCase()),
])

/** Whether anything can start at token i (cheap, to skip most words). */
function mayStart(t: Tok): boolean {
  if (t.k === NUM) return true
  if (STARTERS.has(t.l)) return true
  if (t.k === SYM) return false
  // "MUSD", "MEUR": millions of a currency.
  return t.l.length === 4 && t.l.charCodeAt(0) === 109 && codeWord(t.t) !== null
}

function step(st: State, i: number): number {
  const { toks } = st
  const t = toks[i]!
  if (!mayStart(t)) return i + 1

  const d = dateAt(st, i)
  if (d !== null) {
    emit(st, d)
    return d.ej
  }
  const ph = phoneAt(st, i)
  if (ph !== null) {
    emit(st, ph)
    return ph.ej
  }
  if (t.k === NUM) {
    // "24/7", "7/7": a name, not a fraction (a proper fraction, "3/4", is read as a number).
    const sl = toks[i + 1]
    const dn = toks[i + 2]
    if (
      sl?.t === "/" &&
      dn?.k === NUM &&
      glued(toks, i + 1) &&
      glued(toks, i + 2) &&
      ONE_OR_TWO_DIGITS.test(t.t) &&
      ONE_OR_TWO_DIGITS.test(dn.t) &&
      Number(t.t) >= Number(dn.t) &&
      !(toks[i + 3]?.t === "/" && glued(toks, i + 3)) &&
      !(i > 0 && toks[i - 1]!.t === "/" && glued(toks, i))
    ) {
      emit(st, base(i, i + 3, Number(t.t), "label"))
      return i + 3
    }
    const r = readDigits(t.t)
    if (r.kind === D_LIST && timeAt(st, i) === null) {
      const label =
        r.ip === true ||
        (toks[i - 1] !== undefined && LABEL_WORDS.has(toks[i - 1]!.l)) ||
        DOTTED_TRIPLE.test(t.t)
      const lw = toks[i - 1]?.t === "." ? toks[i - 2] : toks[i - 1]
      const afterLabel = lw !== undefined && LABEL_WORDS.has(lw.l)
      for (const p of r.parts!) {
        const start = t.s + p.s
        const end = t.s + p.e
        st.out.push({
          text: st.text.slice(start, end),
          start,
          end,
          min: p.v,
          max: p.v,
          approx: "exact",
          bound: null,
          kind: label || afterLabel ? "label" : "cardinal",
          unit: null,
          currency: null,
          stated: { lo: p.v, hi: p.v, loOpen: false, hiOpen: false },
        })
      }
      return i + 1
    }
  }

  // between X and Y
  if (t.l === "between") {
    let k = i + 1
    if (toks[k]?.l === "the") k++
    const a = near(st, k) ? quantityAt(st, k) : null
    if (a !== null && toks[a.ej]?.l === "and") {
      const r = rangeAfter(st, a, new Set(["and"]))
      if (r !== null && r.kind !== "year") {
        emit(st, { ...r, si: i, bound: "between … and" })
        return r.ej
      }
    }
    return i + 1
  }
  // from X to Y
  if (t.l === "from" && !changeBefore(st, i)) {
    const a = near(st, i + 1) ? quantityAt(st, i + 1) : null
    if (a !== null) {
      const r = rangeAfter(st, a, RANGE_TO)
      if (r !== null && r.kind !== "year") {
        emit(st, { ...r, si: i, bound: `from … ${toks[a.ej]!.t}` })
        return r.ej
      }
    }
    return i + 1
  }

  // Bound words.
  const b = boundAt(st, i)
  if (b !== null) {
    const k = b.j
    let q = near(st, k) ? quantityAt(st, k, { afterBound: true }) : null
    if (q === null && toks[k]?.l === "the" && near(st, k + 1)) {
      // "higher than the tenth"
      q = quantityAt(st, k + 1, { afterBound: true })
      if (q !== null && q.kind !== "ordinal") q = null
    }
    if (
      q !== null &&
      q.kind !== "date" &&
      q.kind !== "phone" &&
      q.kind !== "label" &&
      !spatialOver(st, i, q)
    ) {
      const boundText = st.text.slice(t.s, toks[b.j - 1]!.e)
      let f: Fig = q
      if (b.bt === "about" || b.bt === "nearly") {
        const r = rangeAfter(st, q, RANGE_TO)
        if (r !== null) f = r
      }
      f = bounded(f, b.bt, boundText, i)
      if (b.bt === "equal") f.approx = "exact"
      const post = postAt(st, f.ej, b.bt === "equal" ? null : (f.approx as BT))
      if (post !== null && (b.bt === "equal" || post.bt === "at-least" || post.bt === "at-most")) {
        if (
          b.bt === "equal" ||
          b.bt === "about" ||
          b.bt === "nearly" ||
          (b.bt === "more-than" && post.bt === "at-least") ||
          (b.bt === "less-than" && post.bt === "at-most")
        ) {
          f.approx = post.bt as Approx
          f.bound = `${boundText} … ${st.text.slice(toks[f.ej]!.s, toks[post.j - 1]!.e)}`
          f.ej = post.j
        }
      }
      emit(st, f)
      return f.ej
    }
  }

  const v = vagueAt(st, i)
  if (v !== null) {
    emit(st, v)
    return v.ej
  }

  const q = quantityAt(st, i)
  if (q === null) return i + 1
  let f: Fig = q
  // Ranges: "20 to 30", "20-30", "$5-10 million", "2022-23".
  if (q.kind !== "time" && q.kind !== "label" && !changeBefore(st, q.si)) {
    const r = rangeAfter(st, q, RANGE_TO)
    if (r !== null) {
      f = { ...r, bound: st.text.slice(toks[q.ej]!.s, toks[q.ej]!.e) }
    }
  }
  // Bounds after: "500 or more", "50+", "30 or so".
  const post = f.approx === "exact" && f.kind !== "label" ? postAt(st, f.ej, null) : null
  if (post !== null && post.bt !== "equal") {
    const words = st.text.slice(toks[f.ej]!.s, toks[post.j - 1]!.e)
    f = { ...f, approx: post.bt as Approx, bound: words, ej: post.j }
    emit(st, f)
    return f.ej
  }
  // Proportions: "62 out of 145", "one in five", "2000 over 3".
  if (f.approx === "exact" && (f.kind === "cardinal" || f.kind === "year")) {
    const next = ratioAfter(st, f as Q)
    if (next !== null && (f.kind === "cardinal" || toks[f.ej]!.l === "over")) {
      emit(st, { ...f, kind: "cardinal", count: Number.isInteger(f.lo), ratio: next.ratio })
      return next.k
    }
  }
  emit(st, f)
  return f.ej
}

/** "N out of M", "N in M", "N over M": the proportion, kept on N; M is read on its own. */
function ratioAfter(st: State, q: Q): { ratio: number; k: number } | null {
  const { toks } = st
  const c = toks[q.ej]
  if (c === undefined || !spaced(st, q.ej)) return null
  let k: number
  let how: "out" | "in" | "over"
  if (c.l === "out" && toks[q.ej + 1]?.l === "of") {
    k = q.ej + 2
    how = "out"
  } else if (c.l === "in") {
    k = q.ej + 1
    how = "in"
  } else if (c.l === "over") {
    k = q.ej + 1
    how = "over"
  } else return null
  if (!near(st, k)) return null
  const b = quantityAt(st, k)
  if (b === null || b.kind !== "cardinal" || b.lo === 0) return null
  const ratio = q.lo / b.lo
  if (how === "in") {
    if (!(Number.isInteger(q.lo) && Number.isInteger(b.lo) && q.lo < b.lo && b.lo < 1000)) return null
  } else if (how === "over") {
    const nx = toks[b.ej]
    if (!(nx === undefined || (nx.k === SYM && PUNCT_END.has(nx.t)))) return null
  }
  return { ratio, k }
}

export function scan(text: string): NumberMention[] {
  const toks = tokenize(text)
  const st: State = { text, toks, out: [] }
  let i = 0
  while (i < toks.length) {
    const next = step(st, i)
    i = next > i ? next : i + 1
  }
  return st.out
}
