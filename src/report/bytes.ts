/**
 * The report as the bytes of its file: rendered and encoded to UTF-8 as it goes, into blocks
 * outside the JavaScript heap. Neither the report's text nor its pieces are kept: a 75 MB JSON
 * report held as strings until written was copied by the garbage collector from one space to the
 * next while the rest was rendered, and encoded whole after.
 */
import { Buffer } from "node:buffer"
import type { Report } from "../domain/Report.ts"
import { renderJsonTo } from "./json.ts"
import { renderMarkdownTo } from "./markdown.ts"

/** The formats of the command's `--format`. */
export type ReportFormat = "md" | "json"

/** The report's file, in blocks: their concatenation is the UTF-8 of renderMarkdown (renderJson). */
export function reportBytes(report: Report, format: ReportFormat): Buffer[] {
  const out = new Utf8Blocks()
  if (format === "json") renderJsonTo(report, out.write)
  else renderMarkdownTo(report, out.line)
  return out.finish()
}

/** Text written as UTF-8 into blocks of about a megabyte, allocated outside the heap. */
export class Utf8Blocks {
  private readonly blocks: Buffer[] = []
  private block: Buffer
  private at = 0

  constructor(private readonly size = 1 << 20) {
    this.block = Buffer.allocUnsafeSlow(size)
  }

  /**
   * Appends `text`, encoded on its own: a lone surrogate is written as U+FFFD, as Buffer.from
   * does, so a surrogate pair must not be split between two texts (no piece or line of a report
   * splits one).
   */
  readonly write = (text: string): void => {
    // At most 3 bytes a UTF-16 unit: a text that surely fits is not measured first.
    if (text.length * 3 > this.block.length - this.at) {
      const n = Buffer.byteLength(text, "utf8")
      if (n > this.block.length - this.at) this.next(n)
    }
    this.at += this.block.write(text, this.at, "utf8")
  }

  /** Appends `text` and a line break. */
  readonly line = (text: string): void => {
    this.write(text)
    if (this.at === this.block.length) this.next(1)
    this.block[this.at++] = 10
  }

  /** The blocks written, the last one cut to what it holds; the writer is not used after. */
  finish(): Buffer[] {
    if (this.at > 0) this.blocks.push(this.block.subarray(0, this.at))
    this.at = 0
    this.block = Buffer.alloc(0)
    return this.blocks
  }

  private next(atLeast: number): void {
    if (this.at > 0) this.blocks.push(this.block.subarray(0, this.at))
    this.block = Buffer.allocUnsafeSlow(Math.max(this.size, atLeast))
    this.at = 0
  }
}
