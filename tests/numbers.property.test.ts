/**
 * Properties of the number reader: integers written in digits, with separators or in words read
 * back as themselves; any text is read without throwing; every mention points at its own text.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { NUM, SYM, tokenize, WORD } from "../src/claims/numbers/tokens.ts"
import { findNumbers, type NumberMention } from "../src/claims/numbers.ts"

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
]
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

const below100 = (n: number): string => {
  if (n < 20) return ONES[n]!
  const u = n % 10
  return u === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]}-${ONES[u]}`
}
const below1000 = (n: number, and: boolean): string => {
  const h = Math.floor(n / 100)
  const r = n % 100
  const parts: string[] = []
  if (h > 0) parts.push(`${ONES[h]} hundred`)
  if (r > 0) parts.push(`${h > 0 && and ? "and " : ""}${below100(r)}`)
  return parts.join(" ")
}

/** English words for 0..999,999,999, British ("one hundred and five") or American ("one hundred five"). */
function toWords(n: number, and: boolean): string {
  if (n === 0) return "zero"
  const parts: string[] = []
  let rest = n
  for (const [v, name] of [
    [1e6, "million"],
    [1e3, "thousand"],
  ] as const) {
    const g = Math.floor(rest / v)
    if (g > 0) parts.push(`${below1000(g, and)} ${name}`)
    rest %= v
  }
  if (rest > 0) parts.push(`${parts.length > 0 && and && rest < 100 ? "and " : ""}${below1000(rest, and)}`)
  return parts.join(" ")
}

const valuesOf = (ms: NumberMention[]) => ms.map((m) => [m.min, m.max])

const invariants = (text: string, ms: NumberMention[]) => {
  let last = 0
  for (const m of ms) {
    expect(m.start).toBeGreaterThanOrEqual(last)
    expect(m.end).toBeGreaterThan(m.start)
    expect(m.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(m.start, m.end)).toBe(m.text)
    if (m.min !== null && m.max !== null) expect(m.min).toBeLessThanOrEqual(m.max)
    if (m.min !== null) expect(Number.isNaN(m.min)).toBe(false)
    if (m.max !== null) expect(Number.isNaN(m.max)).toBe(false)
    last = m.end
  }
}

const integer = fc.integer({ min: 0, max: 999_999_999 })

describe("integers read back as themselves", () => {
  it("in words", () => {
    expect(toWords(202_000, true)).toBe("two hundred and two thousand")
    expect(toWords(1_000_001, true)).toBe("one million and one")
    fc.assert(
      fc.property(integer, fc.boolean(), fc.boolean(), (n, and, capital) => {
        let w = toWords(n, and)
        if (capital) w = w[0]!.toUpperCase() + w.slice(1)
        expect(valuesOf(findNumbers(w)), w).toEqual([[n, n]])
        const s = `Officials said ${toWords(n, and)} were counted.`
        expect(valuesOf(findNumbers(s)), s).toEqual([[n, n]])
      }),
      { numRuns: 2000 },
    )
  })
  it("in digits", () => {
    fc.assert(
      fc.property(integer, (n) => {
        const d = String(n)
        expect(valuesOf(findNumbers(d)), d).toEqual([[n, n]])
        const s = `Officials said ${d} were counted.`
        expect(valuesOf(findNumbers(s)), s).toEqual([[n, n]])
      }),
      { numRuns: 2000 },
    )
  })
  it("with thousands separators", () => {
    fc.assert(
      fc.property(integer, (n) => {
        const d = n.toLocaleString("en-US")
        expect(valuesOf(findNumbers(d)), d).toEqual([[n, n]])
        const s = `Officials said ${d} were counted.`
        expect(findNumbers(s).map((m) => [m.text, m.kind, m.min])).toEqual([[d, "cardinal", n]])
      }),
      { numRuns: 2000 },
    )
  })
})

/** Text made of the pieces numbers are made of, to reach deep into the grammar. */
const numberish = fc
  .array(
    fc.constantFrom(
      "one",
      "two",
      "twenty",
      "-",
      "five",
      "hundred",
      "and",
      "a",
      "half",
      "thirds",
      "fifth",
      "million",
      "dozen",
      "point",
      "$",
      "US$",
      "£",
      "5",
      "1,000",
      "2.5",
      "3/4",
      "2022",
      "12",
      ":",
      "30",
      "%",
      "per cent",
      "more than",
      "at least",
      "about",
      "between",
      "to",
      "or more",
      "km",
      "years",
      "-year-old",
      "p.m.",
      "March",
      "of",
      "thousands",
      "tens",
      "minus",
      "bn",
      "m",
      ".",
      ",",
      "th",
      "e",
      "^",
      "x",
      "out of",
      "over",
    ),
    { maxLength: 14 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(" ", "", "  ", "\u00a0", "\n"), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((gaps) => parts.map((p, i) => p + gaps[i]!).join("")),
  )

describe("any text", () => {
  it("never throws on arbitrary Unicode, and every mention points at its text", () => {
    fc.assert(
      fc.property(fc.fullUnicodeString({ maxLength: 200 }), (s) => {
        invariants(s, findNumbers(s))
      }),
      { numRuns: 3000 },
    )
  })
  it("never throws on text made of number pieces, and every mention points at its text", () => {
    fc.assert(
      fc.property(numberish, (s) => {
        invariants(s, findNumbers(s))
      }),
      { numRuns: 5000 },
    )
  })
  it("reads the same mentions after a line break, shifted by its length", () => {
    fc.assert(
      fc.property(numberish, fc.constantFrom("\n", "\n\n", "\r\n"), (s, prefix) => {
        const key = (m: NumberMention, shift: number) => [
          m.text,
          m.start + shift,
          m.kind,
          m.min,
          m.max,
          m.approx,
          m.bound,
        ]
        const alone = findNumbers(s).map((m) => key(m, prefix.length))
        const after = findNumbers(prefix + s).map((m) => key(m, 0))
        expect(after).toEqual(alone)
      }),
      { numRuns: 2000 },
    )
  })
})

describe("tokenize reads what its pattern matches", () => {
  // The pattern the tokenizer was written as, and stands for.
  const PATTERN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\S)/gu
  const byPattern = (text: string) =>
    [...text.matchAll(PATTERN)].map((m) => {
      const k = m[1] !== undefined ? NUM : m[2] !== undefined ? WORD : SYM
      return { s: m.index!, e: m.index! + m[0].length, k, t: m[0], l: k === WORD ? m[0].toLowerCase() : m[0] }
    })
  // Digits and their separators, ASCII and other letters and marks, white space of every kind,
  // other digits, symbols, and halves of surrogate pairs on their own.
  const piece = fc.constantFrom(
    "1",
    "12",
    ".",
    ",",
    "1,234.5",
    "a",
    "Z",
    "é",
    "e\u0301",
    "ß",
    "İ",
    "Ω",
    "ж",
    "한",
    "٣",
    "𝐀",
    "😀",
    "\ud835",
    "\udc00",
    " ",
    "\n",
    "\t",
    "\u00a0",
    "\u2009",
    "\u3000",
    "\ufeff",
    "\u180e",
    "\u200b",
    "$",
    "%",
    "-",
    "’",
    "_",
  )
  const text = fc.oneof(
    fc.array(piece, { maxLength: 24 }).map((ps) => ps.join("")),
    fc.fullUnicodeString({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
  )

  it("on any text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t)).toEqual(byPattern(t))
      }),
      { numRuns: 3000 },
    )
  })

  it("on every UTF-16 code unit between two letters", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const t = `a${String.fromCharCode(c)}1`
      const got = tokenize(t)
      const want = byPattern(t)
      if (JSON.stringify(got) !== JSON.stringify(want))
        expect.fail(`U+${c.toString(16)}: ${JSON.stringify(got)}`)
    }
  })
})
