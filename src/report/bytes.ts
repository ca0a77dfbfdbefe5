/**
 * The report as the bytes of its file, rendered and encoded to UTF-8 as it goes. The command
 * writes each block to its file as it fills, and reuses the block: neither the report's text nor
 * its bytes are ever held whole: held as pieces, a large report would be copied by the garbage
 * collector while the rest is rendered; held as bytes, it would be fresh pages for the kernel to
 * map and zero, and outside memory that makes V8 collect its whole heap.
 */
import { Buffer } from "node:buffer"
import type { Report } from "../domain/Report.ts"
import { renderJsonTo } from "./json.ts"
import { renderMarkdownTo } from "./markdown.ts"

/** The formats of the command's `--format`. */
export type ReportFormat = "md" | "json"

/**
 * Renders the report in `format` and gives its bytes to `flush`, in order, a block at a time:
 * their concatenation is the UTF-8 of renderMarkdown (renderJson). A block is only valid during
 * the call: the next one is written over it.
 */
export function renderReport(report: Report, format: ReportFormat, flush: (bytes: Uint8Array) => void): void {
  const out = new Utf8Writer(flush)
  if (format === "json") renderJsonTo(report, out.write)
  else renderMarkdownTo(report, out.line)
  out.end()
}

/** The report's bytes, whole (for standard output and tests): `renderReport`'s blocks, kept. */
export function reportBytes(report: Report, format: ReportFormat): Buffer {
  const blocks: Buffer[] = []
  renderReport(report, format, (bytes) => {
    blocks.push(Buffer.from(bytes))
  })
  return Buffer.concat(blocks)
}

/**
 * Text written as UTF-8 into one block of about a megabyte, given to `flush` each time it fills
 * (and by `end`), then written over.
 */
export class Utf8Writer {
  private block: Buffer
  private at = 0

  constructor(
    private readonly flush: (bytes: Uint8Array) => void,
    size = 1 << 20,
  ) {
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
      if (n > this.block.length - this.at) {
        this.end()
        if (n > this.block.length) this.block = Buffer.allocUnsafeSlow(n)
      }
    }
    this.at += this.block.write(text, this.at, "utf8")
  }

  /** Appends `text` and a line break. */
  readonly line = (text: string): void => {
    this.write(text)
    if (this.at === this.block.length) this.end()
    this.block[this.at++] = 10
  }

  /** Gives what the block holds to `flush`, and starts it afresh. */
  end(): void {
    if (this.at > 0) this.flush(this.block.subarray(0, this.at))
    this.at = 0
  }
}
