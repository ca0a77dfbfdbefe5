import { Buffer } from "node:buffer"
import { rmSync, writeSync } from "node:fs"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import { Effect, Option, Schema } from "effect"
import { describeError } from "../ingest/errors.ts"

/** The report could not be written to FILE; an earlier FILE is left as it was. */
export class CannotWriteReport extends Schema.TaggedError<CannotWriteReport>()("CannotWriteReport", {
  path: Schema.String,
  reason: Schema.String,
}) {}

/**
 * Writes FILE through a temporary file beside it (flushed to disk), then a rename over FILE, so
 * that a run that fails leaves an earlier FILE as it was and a reader never sees half a report.
 * The temporary file is removed when anything fails, and when Ctrl-C (or SIGTERM) ends the
 * process during the write. An existing FILE keeps its permissions.
 */
export const writeAtomically = Effect.fn("writeAtomically")(function* (
  file: string,
  /**
   * The file's text, or what writes it: a function given `write`, which writes bytes to the file
   * at once (see renderReport), so that a large report is never held whole.
   */
  content: string | ((write: (bytes: Uint8Array) => void) => void),
) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const cannot = (e: unknown) => new CannotWriteReport({ path: file, reason: describeError(e) })
  const target = path.resolve(file)
  const existing = yield* fs.stat(target).pipe(Effect.option)
  if (Option.isSome(existing) && existing.value.type === "Directory")
    return yield* new CannotWriteReport({ path: file, reason: "is a folder" })
  const dir = path.dirname(target)
  const folder = yield* fs.stat(dir).pipe(Effect.option)
  if (Option.isSome(folder) && folder.value.type !== "Directory")
    return yield* new CannotWriteReport({ path: file, reason: `${path.dirname(file)} is not a folder` })
  // A missing folder is made; a file in the way (EEXIST, ENOTDIR) is a part that is not a folder.
  yield* fs.makeDirectory(dir, { recursive: true }).pipe(
    Effect.mapError((e) => {
      const why = describeError(e)
      const reason = why === "already exists" ? "a part of the path is not a folder" : why
      return new CannotWriteReport({ path: file, reason })
    }),
  )
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`)
  const mode = Option.isSome(existing) ? existing.value.mode & 0o7777 : undefined
  const write = Effect.scoped(
    Effect.gen(function* () {
      const f = yield* fs.open(tmp, { flag: "wx" })
      if (typeof content === "string") yield* f.writeAll(Buffer.from(content, "utf8"))
      // A failed write (ENOSPC...) is reported as itself, by describeError.
      else yield* Effect.try({ try: () => content((bytes) => writeAllSync(f.fd, bytes)), catch: (e) => e })
      yield* f.sync
    }),
  )
  yield* Effect.acquireUseRelease(
    Effect.sync(() => removeOnSignal(tmp)),
    () =>
      write.pipe(
        Effect.zipRight(mode === undefined ? Effect.void : fs.chmod(tmp, mode)),
        Effect.zipRight(fs.rename(tmp, target)),
        Effect.mapError(cannot),
        Effect.onError(() => fs.remove(tmp).pipe(Effect.ignore)),
      ),
    (stop) => Effect.sync(stop),
    // Not interrupted halfway: the write and the rename finish, or fail and clean up.
  ).pipe(Effect.uninterruptible)
})

/** Writes all of `bytes` to a file descriptor (a write may take only part of them). */
function writeAllSync(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at)
}

/**
 * While FILE is being written, a signal that ends the process removes the temporary file first.
 * Returns the function that puts things back.
 */
function removeOnSignal(tmp: string): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      rmSync(tmp, { force: true })
    } finally {
      process.exit(signal === "SIGINT" ? 130 : 143)
    }
  }
  process.once("SIGINT", onSignal)
  process.once("SIGTERM", onSignal)
  return () => {
    process.off("SIGINT", onSignal)
    process.off("SIGTERM", onSignal)
  }
}
