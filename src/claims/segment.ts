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
 * The sentences of a text. With `mayHold`, only those of the lines it accepts: a test that cannot
 * pass on a line cannot pass on any of its sentences either (each sentence is a part of its
 * line, and starts and ends next to white space or the line's ends), so extraction skips the
 * lines with nothing to read without cutting them into sentences. A line longer than
 * MAX_SENTENCE is always cut (a cut may fall inside a word), and its pieces given.
 */
export function segment(text: string, mayHold?: (line: string) => boolean): Sentence[] {
  const out: Sentence[] = []
  let paragraph = 0
  let lineNo = 0
  let pos = 0
  let blankRun = true
  let seen = false
  while (pos <= text.length) {
    const nl = text.indexOf("\n", pos)
    const lineEnd = nl === -1 ? text.length : nl
    const line = text.slice(pos, lineEnd)
    if (line.trim() === "") {
      blankRun = true
    } else {
      // Every line with text gives at least one sentence: paragraphs count as if all were cut.
      if (blankRun && seen) paragraph++
      blankRun = false
      seen = true
      if (mayHold !== undefined && line.length <= MAX_SENTENCE && !mayHold(line)) {
        if (nl === -1) break
        pos = nl + 1
        lineNo++
        continue
      }
      for (const [s, e] of splitLine(line)) {
        out.push({
          text: text.slice(pos + s, pos + e),
          start: pos + s,
          end: pos + e,
          paragraph,
          line: lineNo,
        })
      }
    }
    if (nl === -1) break
    pos = nl + 1
    lineNo++
  }
  return out
}

/** Splits one line into trimmed sentence spans [start, end). */
function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let from = 0
  END.lastIndex = 0
  for (let m = END.exec(line); m !== null; m = END.exec(line)) {
    const cut = m.index + m[0].length
    if (m[0].startsWith(".") && isAbbreviation(line, m.index)) continue
    pushTrimmed(line, from, cut, spans)
    from = cut
  }
  pushTrimmed(line, from, line.length, spans)
  return spans
}

function isAbbreviation(line: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dot - 12), dot))?.[1] ?? ""
  if (before === "") return false
  const word = before.toLowerCase()
  if (ABBREV.has(word)) return true
  // Initials and dotted abbreviations: "U.S", "J", "a.m", "p.m".
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return true
  if (/^\p{Lu}$/u.test(before)) return true
  return false
}

/**
 * The longest sentence kept whole. A longer run of text (a file on one line, a table, a list
 * without full stops) is cut at the last whitespace before this many characters, again and again,
 * so that no claim copies a huge "sentence" and the per-sentence patterns stay cheap.
 */
export const MAX_SENTENCE = 2000

const isSpace = (line: string, i: number): boolean => /\s/.test(line[i]!)

function pushTrimmed(line: string, s: number, e: number, spans: Array<[number, number]>) {
  while (s < e && isSpace(line, s)) s++
  while (e > s && isSpace(line, e - 1)) e--
  while (e - s > MAX_SENTENCE) {
    // The last whitespace at or before the cap ends the piece; without one, cut at the cap
    // (not between the two halves of a surrogate pair).
    let cut = s + MAX_SENTENCE
    let w = cut
    while (w > s && !isSpace(line, w)) w--
    if (w > s) cut = w
    else if (/[\ud800-\udbff]/.test(line[cut - 1]!) && /[\udc00-\udfff]/.test(line[cut]!)) cut--
    let end = cut
    while (end > s && isSpace(line, end - 1)) end--
    spans.push([s, end])
    s = cut
    while (s < e && isSpace(line, s)) s++
  }
  if (e > s) spans.push([s, e])
}
