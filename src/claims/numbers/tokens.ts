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

const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\S)/gu

export function tokenize(text: string): Tok[] {
  const out: Tok[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0]
    const k: TokKind = m[1] !== undefined ? NUM : m[2] !== undefined ? WORD : SYM
    out.push({ s: m.index, e: m.index + t.length, k, t, l: k === WORD ? t.toLowerCase() : t })
  }
  return out
}
