/**
 * Standard input, read as one article (`reconcile -`, or a pipe with no PATH) or as lines
 * (`reconcile quantities`): bounded, as a file is (MAX_BYTES), so that `< /dev/zero` or an endless
 * pipe is refused in one line instead of filling memory.
 */
import { fstatSync } from "node:fs"
import type { Readable } from "node:stream"
import { Effect } from "effect"
import { describeError, UnreadableInput } from "../ingest/errors.ts"
import { MAX_BYTES } from "../ingest/readInputs.ts"

/** The name standard input goes by in messages and in the report. */
export const STDIN = "stdin"

/** Whether standard input brings data: a pipe, a file or a socket; not a terminal, not /dev/null. */
export function stdinHasData(fd = 0): boolean {
  try {
    const s = fstatSync(fd)
    return s.isFIFO() || s.isFile() || s.isSocket()
  } catch {
    return false
  }
}

/**
 * All of `stream` (default: standard input), or UnreadableInput once it passes `limit` bytes: the
 * stream is then destroyed, and nothing past the limit is kept.
 */
export const readBounded = (
  stream: Readable = process.stdin,
  limit: number = MAX_BYTES,
): Effect.Effect<Uint8Array, UnreadableInput> =>
  Effect.async<Uint8Array, UnreadableInput>((resume) => {
    const chunks: Buffer[] = []
    let size = 0
    const cleanup = () => {
      stream.off("data", onData)
      stream.off("end", onEnd)
      stream.off("error", onError)
    }
    const onData = (chunk: Buffer | string) => {
      const b = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk
      size += b.length
      if (size > limit) {
        cleanup()
        stream.destroy()
        resume(
          Effect.fail(
            new UnreadableInput({
              path: STDIN,
              reason: `too large (over the limit of ${Math.round(limit / 2 ** 20)} MB)`,
            }),
          ),
        )
        return
      }
      chunks.push(b)
    }
    const onEnd = () => {
      cleanup()
      resume(Effect.succeed(Buffer.concat(chunks, size)))
    }
    const onError = (e: unknown) => {
      cleanup()
      resume(Effect.fail(new UnreadableInput({ path: STDIN, reason: describeError(e) })))
    }
    stream.on("data", onData)
    stream.on("end", onEnd)
    stream.on("error", onError)
    return Effect.sync(() => {
      cleanup()
      stream.destroy()
    })
  })

/** An HTML page rather than text: it starts with a doctype or an <html> tag. */
export const looksLikeHtml = (bytes: Uint8Array): boolean =>
  /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(
    Buffer.from(bytes.subarray(0, 1024)).toString("latin1"),
  )
