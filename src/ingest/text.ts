/**
 * Bytes to text. UTF-8 (with or without a BOM) and UTF-16 with a BOM are read; a legacy charset
 * is read when an HTML page declares one. Bad UTF-8 is kept, with U+FFFD in place of each bad
 * sequence, and counted so that the caller can warn; content that is not text at all is refused.
 */
import { Buffer, isUtf8 } from "node:buffer"

export type Decoded =
  | {
      readonly _tag: "Text"
      readonly text: string
      /** How many bad byte sequences were replaced by U+FFFD (0 when the bytes were valid). */
      readonly replaced: number
      /** The 1-based line of the first replacement, or null. */
      readonly firstBadLine: number | null
      /** The encoding the bytes were read as ("utf-8", "utf-16le", "windows-1252"...). */
      readonly encoding: string
    }
  | { readonly _tag: "NotText"; readonly reason: string }

/** How far into a file we look for the signs of a binary file. */
const SNIFF = 8192

/**
 * Decodes a file's bytes. `declared` is a charset label the file itself declares (an HTML page's
 * `<meta charset>`); it is used only when there is no BOM and it names an encoding other than
 * UTF-8 that this runtime knows.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Decoded {
  const { encoding, body, hasBom } = byteOrder(bytes)
  if (encoding !== "utf-8") return decodeWith(encoding, body)
  const binary = looksBinary(body)
  if (binary !== null) return { _tag: "NotText", reason: binary }
  const decoded = decodeWith("utf-8", body)
  // Pages often declare a legacy charset and are UTF-8 all the same: valid UTF-8 wins.
  const legacy = hasBom ? null : legacyEncoding(declared)
  if (legacy !== null && decoded._tag === "Text" && decoded.replaced > 0) return decodeWith(legacy, body)
  if (decoded._tag === "Text" && decoded.replaced > Math.max(16, decoded.text.length * 0.1)) {
    const share = Math.round((100 * decoded.replaced) / Math.max(1, decoded.text.length))
    return {
      _tag: "NotText",
      reason: `not UTF-8 text: ${share}% of it is invalid (a binary file, or text in another encoding)`,
    }
  }
  return decoded
}

/**
 * A file of valid UTF-8 (with or without a BOM, not binary) a line at a time, read in pieces: gives
 * each line, decoded on its own, to `visit` with its 0-based index (the same strings as
 * `decodeBytes(bytes).text.split("\n")`). `took` and `end` return false for anything else (UTF-16,
 * bad UTF-8, a binary file), which `decodeBytes` reads whole, with its warnings and refusals; the
 * lines given before that are to be dropped.
 *
 * For JSONL, a record a line, parsed as it is decoded: only its record is kept, not all the lines.
 * V8 keeps a string one byte a character when all its characters are Latin-1, two bytes a
 * character otherwise, and a slice of a string is as wide as the string: decoded whole, one em
 * dash would make every line and record of the file two bytes a character. Line by line, only
 * the lines that hold such a character are wide.
 *
 * The file's bytes go through one buffer of `size` bytes (longer only for a longer line), not a
 * buffer of the whole file: memory the process touches for the first time costs a page fault
 * (dear on virtual machines; see docs/performance.md).
 */
export class Utf8Lines {
  #buffer: Buffer
  /** Bytes in the buffer: those from `#from` on are not yet given. */
  #filled = 0
  #from = 0
  #index = 0
  /** Whether the first bytes were looked at (byte order mark, binary file). */
  #started = false

  constructor(
    private readonly visit: (line: string, index: number) => void,
    size: number = 1 << 20,
  ) {
    this.#buffer = Buffer.allocUnsafe(Math.max(1, size))
  }

  /** Where the next bytes are to be read into: never empty. */
  space(): Uint8Array {
    return this.#buffer.subarray(this.#filled)
  }

  /** `n` bytes were read into `space()`: false when the input is not valid UTF-8 text. */
  took(n: number): boolean {
    this.#filled += n
    if (this.#filled < this.#buffer.length) return true
    // The buffer is full: give its whole lines, then make room.
    if (!this.#give(false)) return false
    if (this.#from === 0) {
      // No line ended in a full buffer (or its first bytes are too few to sniff): a larger one.
      const larger = Buffer.allocUnsafe(this.#buffer.length * 2)
      this.#buffer.copy(larger, 0, 0, this.#filled)
      this.#buffer = larger
    } else {
      this.#buffer.copy(this.#buffer, 0, this.#from, this.#filled)
      this.#filled -= this.#from
      this.#from = 0
    }
    return true
  }

  /** The input ended: gives the last line (an empty one after a final line break). */
  end(): boolean {
    return this.#give(true)
  }

  /** Gives the lines read whole (all of them at the end); false when the bytes are not text. */
  #give(last: boolean): boolean {
    const b = this.#buffer
    if (!this.#started) {
      // The first SNIFF bytes decide, as in decodeBytes: wait for them, unless that is all.
      if (!last && this.#filled < SNIFF + 3) return true
      const order = byteOrder(b.subarray(0, this.#filled))
      if (order.encoding !== "utf-8" || looksBinary(order.body) !== null) return false
      this.#from = order.hasBom ? 3 : 0
      this.#started = true
    }
    const upTo = last ? this.#filled : b.lastIndexOf(10, this.#filled - 1) + 1
    if (!last && upTo <= this.#from) return true
    if (!isUtf8(b.subarray(this.#from, upTo))) return false
    let start = this.#from
    for (let nl = b.indexOf(10, start); nl !== -1 && nl < upTo; nl = b.indexOf(10, start)) {
      this.visit(b.toString("utf8", start, nl), this.#index++)
      start = nl + 1
    }
    if (last) this.visit(b.toString("utf8", start, this.#filled), this.#index++)
    this.#from = upTo
    return true
  }
}

/** The encoding a byte order mark names (UTF-8 without one), and the bytes after the mark. */
function byteOrder(bytes: Uint8Array): {
  encoding: "utf-8" | "utf-16le" | "utf-16be"
  body: Uint8Array
  hasBom: boolean
} {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: "utf-16le", body: bytes.subarray(2), hasBom: true }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: "utf-16be", body: bytes.subarray(2), hasBom: true }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return { encoding: "utf-8", body: hasBom ? bytes.subarray(3) : bytes, hasBom }
}

/** Windows-1252 meanings of the C1 code points U+0080 to U+009F (which pages mean by them). */
export const C1_AS_WINDOWS_1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178"

/** Node reads "windows-1252" as Latin-1: its bytes 0x80-0x9F are put right here. */
const fixWindows1252 = (encoding: string, text: string) =>
  encoding === "windows-1252"
    ? text.replace(/[\u0080-\u009f]/g, (c) => C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80]!)
    : text

function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  try {
    return {
      _tag: "Text",
      text: fixWindows1252(
        encoding,
        new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes),
      ),
      replaced: 0,
      firstBadLine: null,
      encoding,
    }
  } catch (e) {
    // A string too long for the runtime is not a decoding problem: let the caller report it.
    if (!(e instanceof TypeError)) throw e
  }
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
  let replaced = 0
  let first = -1
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) {
    if (first === -1) first = i
    replaced++
  }
  return { _tag: "Text", text, replaced, firstBadLine: first === -1 ? null : lineOf(text, first), encoding }
}

/** A reason when the first bytes are those of a binary file (NUL bytes, many control codes). */
function looksBinary(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SNIFF)
  if (sample.includes(0)) return "binary file, not text (it holds NUL bytes)"
  let control = 0
  for (const b of sample)
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f)
      control++
  if (control > Math.max(8, sample.length * 0.05)) return "binary file, not text (it holds control codes)"
  return null
}

function legacyEncoding(label: string | null): string | null {
  if (label === null) return null
  try {
    const encoding = new TextDecoder(label.trim()).encoding
    // A page that declares UTF-16 but has no BOM is read as UTF-8, as browsers do.
    return encoding === "utf-8" || encoding.startsWith("utf-16") ? null : encoding
  } catch {
    return null
  }
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++
  return line
}
