/**
 * Tokens for the number reader: runs of digits with their inner separators ("1,234.5",
 * "192.168.1.2"), runs of letters, and single other characters. Whitespace is not a token; two
 * tokens are glued when one ends where the next starts.
 */

export const NUM = 0
export const WORD = 1
export const SYM = 2
export type TokKind = typeof NUM | typeof WORD | typeof SYM

export interface Tok {
  readonly s: number
  readonly e: number
  readonly k: TokKind
  /** The text as written. */
  readonly t: string
  /** Lower case. */
  readonly l: string
}

/**
 * The tokens of a text: what `/(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\S)/gu` matches, in order
 * (tests/numbers.property.test.ts holds it to that pattern), read a character at a time: the
 * pattern's three groups made every token an array of four strings first, and tokenizing was a
 * fifth of reading numbers. Letters and marks beyond ASCII are tested one code point at a time.
 */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    const word = wordEnd(text, i)
    let j: number
    let k: TokKind
    if (isDigit(c)) {
      // Digits, then any number of "." or "," each followed by digits.
      j = digitsEnd(text, i + 1)
      while (
        j + 1 < n &&
        (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) &&
        isDigit(text.charCodeAt(j + 1))
      )
        j = digitsEnd(text, j + 2)
      k = NUM
    } else if (word > i) {
      j = word
      k = WORD
    } else {
      // One code point: a surrogate pair is one.
      j = c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : i + 1
      k = SYM
    }
    const t = text.slice(i, j)
    out.push({ s: i, e: j, k, t, l: k === WORD ? t.toLowerCase() : t })
    i = j
  }
  return out
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++
  return i
}

/** Where the run of letters and marks from `i` ends (`i` when there is none there). */
function wordEnd(text: string, i: number): number {
  let j = i
  for (let m = letterEnd(text, j); m > j; m = letterEnd(text, j)) j = m
  return j
}

/** One letter or mark (\p{L}, \p{M}) beyond ASCII, a code point, read where `lastIndex` is set. */
const LETTER = /[\p{L}\p{M}]/uy

/** Where the letter or mark at `i` ends, or `i` when there is none. */
function letterEnd(text: string, i: number): number {
  if (i >= text.length) return i
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? i + 1 : i
  LETTER.lastIndex = i
  return LETTER.test(text) ? LETTER.lastIndex : i
}

/** White space as `\s` (and `trim`) has it, by UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}
