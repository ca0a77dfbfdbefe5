/**
 * Text for the Markdown report: whitespace, escaping, clipping, excerpts around a figure, code
 * spans and prose wrapping. Every function is pure and total: any string in, well-formed
 * GitHub-flavoured Markdown out, whose text content is the input (modulo the documented trimming).
 */

/** The ellipsis put where text was cut. */
export const ELLIPSIS = "…"

/**
 * Control characters (other than whitespace) are not text a reader can see: they become spaces. So
 * do the bidirectional controls (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069), which
 * would reorder what a reader sees of the report around them.
 */
const BIDI = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069"
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000e-\\u001f\\u007f${BIDI}]`, "g")

/**
 * What `oneLine` would change: a control character, whitespace other than a plain space, two spaces
 * in a row, or a space at either end. Most text has none of them, and is returned as it is.
 */
const NOT_ONE_LINE = new RegExp(`[^\\S ]|[\\u0000-\\u0008\\u000e-\\u001f\\u007f${BIDI}]| {2}|^ | $`)

/** One line of text: control characters and runs of whitespace (newlines too) become one space. */
export const oneLine = (text: string): string =>
  NOT_ONE_LINE.test(text) ? text.replace(CONTROL, " ").replace(/\s+/g, " ").trim() : text

/**
 * What `escapeInline` escapes, in one test (the union of its replacements' patterns): most cells
 * have none of it, and skip the four replacements.
 */
const ESCAPED = /[\\`*_[\]<>|~]|&#?[0-9A-Za-z]+;|:\/\/|www\./i

/**
 * Escapes text for inline Markdown (a table cell, a heading, a paragraph), after `oneLine`:
 * the parsed text content is exactly `oneLine(text)`. Besides the emphasis, code, link, HTML and
 * table characters, it breaks what GFM would otherwise turn into a link or an entity (`www.`,
 * `http://`, `&amp;`), so that no escape lands inside a link's text. (An email address may still
 * become a link: its text stays as written, since nothing in it is escaped.)
 */
export const escapeInline = (text: string): string => escapeLine(oneLine(text))

/**
 * `escapeInline` for text that is already one line (what `oneLine`, `clip` and `excerpt` return),
 * without `oneLine`'s second pass over it.
 */
export function escapeLine(t: string): string {
  if (!ESCAPED.test(t)) return t
  return t
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, "\\&")
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/(www)\./gi, "$1\\.")
}

/** Clips one-line text to at most `max` characters, at a word boundary where one is near, with "…". */
export function clip(text: string, max: number): string {
  const t = oneLine(text)
  if (t.length <= max) return t
  let cut = max - ELLIPSIS.length
  const space = t.lastIndexOf(" ", cut)
  if (space > cut * 0.6) cut = space
  return t.slice(0, safeEnd(t, cut)).trimEnd() + ELLIPSIS
}

/**
 * `oneLine` with a map from each raw offset to its offset in the result. Text that is already one
 * line (most sentences) maps every offset to itself, without building the map.
 */
function oneLineWithMap(raw: string): { text: string; at: (rawOffset: number) => number } {
  if (!NOT_ONE_LINE.test(raw)) return { text: raw, at: (o) => Math.max(0, Math.min(raw.length, o)) }
  const cleaned = raw.replace(CONTROL, " ")
  const map: number[] = new Array(raw.length + 1)
  let out = ""
  let pendingSpace = false
  for (let i = 0; i < cleaned.length; i++) {
    const ch = cleaned[i]!
    if (/\s/.test(ch)) {
      pendingSpace = out.length > 0
      map[i] = out.length
      continue
    }
    if (pendingSpace) {
      out += " "
      pendingSpace = false
    }
    map[i] = out.length
    out += ch
  }
  map[raw.length] = out.length
  return { text: out, at: (o) => map[Math.max(0, Math.min(raw.length, o))]! }
}

/** Does not split a surrogate pair: moves an end offset back by one if it would. */
const safeEnd = (t: string, i: number): number =>
  i > 0 && i < t.length && /[\ud800-\udbff]/.test(t[i - 1]!) ? i - 1 : i
const safeStart = (t: string, i: number): number =>
  i > 0 && i < t.length && /[\udc00-\udfff]/.test(t[i]!) ? i + 1 : i

/**
 * The sentence as one line, cut to at most `max` characters around the focus (the figure, at
 * raw offsets [start, end) of `sentence`), which is always kept whole. Cuts fall on word
 * boundaries where one is near, and are marked with "…". A sentence that fits is kept whole.
 */
export function excerpt(sentence: string, focus: { start: number; end: number } | null, max = 160): string {
  // oneLine never lengthens text: a sentence that fits as written fits as one line, without a map.
  if (sentence.length <= max) return oneLine(sentence)
  const { text, at } = oneLineWithMap(sentence)
  if (text.length <= max) return text
  let fs = focus ? at(focus.start) : 0
  let fe = focus ? Math.max(fs, at(focus.end)) : 0
  // A focus that maps onto a collapsed space keeps its own characters only.
  while (fs < fe && text[fs] === " ") fs++
  while (fe > fs && text[fe - 1] === " ") fe--
  const budget = max - 2 * ELLIPSIS.length
  if (fe - fs >= budget)
    return (fs > 0 ? ELLIPSIS : "") + text.slice(fs, fe) + (fe < text.length ? ELLIPSIS : "")
  const extra = budget - (fe - fs)
  let a = fs - Math.floor(extra / 2)
  let b = fe + Math.ceil(extra / 2)
  if (a < 0) {
    b -= a
    a = 0
  }
  if (b > text.length) {
    a = Math.max(0, a - (b - text.length))
    b = text.length
  }
  // Snap to word boundaries, never into the focus, and only when a boundary is near.
  const slack = Math.floor(max / 4)
  if (a > 0 && text[a - 1] !== " ") {
    const next = text.indexOf(" ", a)
    if (next !== -1 && next < fs && next - a <= slack) a = next + 1
  }
  if (b < text.length && text[b] !== " ") {
    const prev = text.lastIndexOf(" ", b)
    if (prev >= fe && b - prev <= slack) b = prev
  }
  a = safeStart(text, a)
  b = safeEnd(text, b)
  const body = text.slice(a, b).trim()
  return (a > 0 ? ELLIPSIS : "") + body + (b < text.length ? ELLIPSIS : "")
}

/**
 * A code span, for paths: `seeds/003.txt:12`. Text with a backtick or a pipe (which a table would
 * split on), or nothing in it, is escaped plain text instead: its text content is the same.
 */
export function code(text: string): string {
  const t = oneLine(text)
  if (t === "" || /[`|]/.test(t)) return escapeInline(t)
  return `\`${t}\``
}

/**
 * Makes a line of escaped prose safe to start a Markdown line: a leading `#`, `-`, `+`, `=` or
 * `1.` would open a heading, a list or a setext underline.
 */
export function guardLineStart(line: string): string {
  if (/^[#=+-]/.test(line)) return `\\${line}`
  return line.replace(/^(\d{1,9})([.)])(?= |$)/, "$1\\$2")
}

/**
 * Wraps escaped prose at `width` columns (a word longer than the width keeps a line of its own).
 * The first line starts with `first` (a list marker, a bold lead), the others with `indent`; the
 * text after them is made safe to start a block on every line.
 */
export function wrap(escaped: string, width = 100, indent = "", first = ""): string {
  const words = splitWords(escaped)
  const lines: string[] = []
  let line = ""
  for (const w of words) {
    const prefix = lines.length === 0 ? first : indent
    if (line !== "" && prefix.length + line.length + 1 + w.length > width) {
      lines.push(line)
      line = w
    } else line = line === "" ? w : `${line} ${w}`
  }
  if (line !== "" || lines.length === 0) lines.push(line)
  return lines.map((l, i) => (i === 0 ? first : indent) + guardLineStart(l)).join("\n")
}

/** Splits escaped Markdown at spaces, but not inside a code span (a break there would be kept). */
function splitWords(escaped: string): string[] {
  const words: string[] = []
  let word = ""
  let inCode = false
  for (let i = 0; i < escaped.length; i++) {
    const ch = escaped[i]!
    if (ch === " " && !inCode) {
      if (word !== "") words.push(word)
      word = ""
      continue
    }
    if (ch === "\\" && !inCode && i + 1 < escaped.length) {
      word += ch + escaped[i + 1]
      i++
      continue
    }
    if (ch === "`") inCode = !inCode
    word += ch
  }
  if (word !== "") words.push(word)
  return words
}

/** A table row: every cell already escaped; the count is the caller's header's. */
export const row = (cells: ReadonlyArray<string>): string =>
  `| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`

export type Align = "left" | "right"

/** A GFM table: a header, its alignment, and rows that must have as many cells as the header. */
export function table(
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  align: ReadonlyArray<Align> = [],
): string[] {
  const lines: string[] = []
  const add = tableRows(
    header,
    (line) => {
      lines.push(line)
    },
    align,
  )
  for (const r of rows) add(r)
  return lines
}

/**
 * `table` a row at a time: gives the header's two lines to `line` now, and returns the function
 * that gives each row's line, for tables too large to hold.
 */
export function tableRows(
  header: ReadonlyArray<string>,
  line: (text: string) => void,
  align: ReadonlyArray<Align> = [],
): (cells: ReadonlyArray<string>) => void {
  line(row(header))
  line(row(header.map((_, i) => (align[i] === "right" ? "---:" : "---"))))
  return (cells) => {
    if (cells.length !== header.length)
      throw new Error(`table row has ${cells.length} cells, header has ${header.length}`)
    line(row(cells))
  }
}

/** Code-point order, for sorting strings the same way on every machine (no locale). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** "g2" before "g10": digit runs compare as numbers, the rest by code points. */
export function compareNatural(a: string, b: string): number {
  // Walks both strings a run at a time (digits, or no digits) without allocating: sorts call it
  // O(n log n) times, and splitting both strings into arrays of runs on every call was costly.
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const aEnd = runEnd(a, i)
    const bEnd = runEnd(b, j)
    if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      // As numbers: without their leading zeros, the longer is the bigger, else digit by digit.
      const x = skipZeros(a, i, aEnd)
      const y = skipZeros(b, j, bEnd)
      const d = aEnd - x - (bEnd - y)
      if (d !== 0) return d
      const c = compareSlices(a, x, aEnd, b, y, bEnd)
      if (c !== 0) return c
    } else {
      const c = compareSlices(a, i, aEnd, b, j, bEnd)
      if (c !== 0) return c
    }
    i = aEnd
    j = bEnd
  }
  return runsFrom(a, i) - runsFrom(b, j) || compareText(a, b)
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57

/** Where the run (of digits, or of anything else) that starts at `i` ends. */
function runEnd(s: string, i: number): number {
  const digits = isDigit(s.charCodeAt(i))
  let k = i + 1
  while (k < s.length && isDigit(s.charCodeAt(k)) === digits) k++
  return k
}

function skipZeros(s: string, i: number, end: number): number {
  while (i < end && s.charCodeAt(i) === 48) i++
  return i
}

/** How many runs `s` has from `i` on. */
function runsFrom(s: string, i: number): number {
  let n = 0
  for (let k = i; k < s.length; k = runEnd(s, k)) n++
  return n
}

/** `compareText(a.slice(i, iEnd), b.slice(j, jEnd))`, without the slices. */
function compareSlices(a: string, i: number, iEnd: number, b: string, j: number, jEnd: number): number {
  for (; i < iEnd && j < jEnd; i++, j++) {
    const d = a.charCodeAt(i) - b.charCodeAt(j)
    if (d !== 0) return d < 0 ? -1 : 1
  }
  return i < iEnd ? 1 : j < jEnd ? -1 : 0
}
