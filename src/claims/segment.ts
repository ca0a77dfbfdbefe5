import { isSpace } from "./numbers/tokens.ts"

/**
 * Sentences with offsets. A line break ends a sentence (news text puts one paragraph a line);
 * inside a line, a full stop, question or exclamation mark ends one when what follows starts a
 * new sentence, and the word before it is not an abbreviation ("U.S.", "Mr.", "p.m.").
 */
export interface Sentence {
  readonly text: string
  /** Offsets in the document's text, end exclusive; `text === doc.slice(start, end)`. */
  readonly start: number
  readonly end: number
  /** Index of the paragraph (a run of non-empty lines) in the document. */
  readonly paragraph: number
  /** The 0-based line the sentence starts on. */
  readonly line: number
}

const ABBREV = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "sr",
  "jr",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "gov",
  "sen",
  "rep",
  "no",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mt",
  "ft",
  "approx",
  "est",
  "fig",
  "vol",
  "pp",
  "ca",
])

// A candidate end: terminal punctuation, closing quotes/brackets, then space and a sentence start.
const END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu

/**
 * The sentences of a text. With `mayHold`, only those of the lines it matches in: a pattern that
 * cannot match in a line cannot match in any of its sentences either (each sentence is a part of
 * its line, and starts and ends next to white space or the line's ends), so extraction skips the
 * lines with nothing to read without cutting them into sentences. A line longer than MAX_SENTENCE
 * is always cut (a cut may fall inside a word), and its pieces given.
 *
 * `mayHold` is searched in the whole text, from line to line, not in each line: one search finds
 * the next line it matches in, past all the lines it does not (most of them), none of which is
 * cut out of the text. So it must match in a line as it would in that line alone: no match may
 * hold a line break, and no anchor or lookaround may look past one (a word boundary may: a line
 * break is not a word character, and neither is a line's end).
 */
export function segment(text: string, mayHold?: RegExp): Sentence[] {
  const out: Sentence[] = []
  const find = mayHold === undefined ? null : searching(mayHold)
  // Where the next match of `find` starts, when it is at or after `pos` (past the end: none).
  let next = -1
  let paragraph = 0
  let lineNo = 0
  let pos = 0
  let blankRun = true
  let seen = false
  while (pos <= text.length) {
    const nl = text.indexOf("\n", pos)
    const lineEnd = nl === -1 ? text.length : nl
    if (isBlank(text, pos, lineEnd)) {
      blankRun = true
    } else {
      // Every line with text gives at least one sentence: paragraphs count as if all were cut.
      if (blankRun && seen) paragraph++
      blankRun = false
      seen = true
      let holds = true
      if (find !== null && lineEnd - pos <= MAX_SENTENCE) {
        if (next < pos) {
          find.lastIndex = pos
          next = find.exec(text)?.index ?? text.length + 1
        }
        holds = next < lineEnd
      }
      if (holds) cutLine(text, pos, lineEnd, paragraph, lineNo, out)
    }
    if (nl === -1) break
    pos = nl + 1
    lineNo++
  }
  return out
}

/** A global copy of a pattern, to search from any offset (one per pattern). */
const SEARCHING = new WeakMap<RegExp, RegExp>()
function searching(re: RegExp): RegExp {
  let g = SEARCHING.get(re)
  if (g === undefined) {
    g = new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "g")
    SEARCHING.set(re, g)
  }
  return g
}

/** Whether text[start, end) is all white space (what `trim` removes). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

/** Cuts the line text[from, to) into trimmed sentences, given to `out` with their offsets. */
function cutLine(text: string, from: number, to: number, paragraph: number, line: number, out: Sentence[]) {
  const spans: number[] = []
  const l = text.slice(from, to)
  let start = 0
  END.lastIndex = 0
  for (let m = END.exec(l); m !== null; m = END.exec(l)) {
    const cut = m.index + m[0].length
    if (m[0].charCodeAt(0) === 46 && isAbbreviation(l, m.index)) continue
    pushTrimmed(l, start, cut, spans)
    start = cut
  }
  pushTrimmed(l, start, l.length, spans)
  for (let i = 0; i < spans.length; i += 2) {
    const s = from + spans[i]!
    const e = from + spans[i + 1]!
    out.push({ text: text.slice(s, e), start: s, end: e, paragraph, line })
  }
}

const WORD_BEFORE = /([\p{L}.]+)$/u
const INITIALS = /^(\p{L}\.)+\p{L}$/u
const CAPITAL = /^\p{Lu}$/u

function isAbbreviation(line: string, dot: number): boolean {
  const before = WORD_BEFORE.exec(line.slice(Math.max(0, dot - 12), dot))?.[1] ?? ""
  if (before === "") return false
  const word = before.toLowerCase()
  if (ABBREV.has(word)) return true
  // Initials and dotted abbreviations: "U.S", "J", "a.m", "p.m".
  if (INITIALS.test(before)) return true
  if (CAPITAL.test(before)) return true
  return false
}

/**
 * The longest sentence kept whole. A longer run of text (a file on one line, a table, a list
 * without full stops) is cut at the last whitespace before this many characters, again and again,
 * so that no claim copies a huge "sentence" and the per-sentence patterns stay cheap.
 */
export const MAX_SENTENCE = 2000

const white = (line: string, i: number): boolean => isSpace(line.charCodeAt(i))

/** Adds the trimmed span of line[s, e) to `spans` (start, end pairs), cut into pieces of MAX_SENTENCE at most. */
function pushTrimmed(line: string, s: number, e: number, spans: number[]) {
  while (s < e && white(line, s)) s++
  while (e > s && white(line, e - 1)) e--
  while (e - s > MAX_SENTENCE) {
    // The last whitespace at or before the cap ends the piece; without one, cut at the cap
    // (not between the two halves of a surrogate pair).
    let cut = s + MAX_SENTENCE
    let w = cut
    while (w > s && !white(line, w)) w--
    if (w > s) cut = w
    else if (/[\ud800-\udbff]/.test(line[cut - 1]!) && /[\udc00-\udfff]/.test(line[cut]!)) cut--
    let end = cut
    while (end > s && white(line, end - 1)) end--
    spans.push(s, end)
    s = cut
    while (s < e && white(line, s)) s++
  }
  if (e > s) spans.push(s, e)
}
