import { Buffer } from "node:buffer"
import { lstatSync, readdirSync, readlinkSync, rmSync, type Stats, writeSync } from "node:fs"
import { open as openAsync } from "node:fs/promises"
import { dirname, join, resolve } from "node:path"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import { Effect, Option, Schema } from "effect"
import { describeError } from "../ingest/errors.ts"

/**
 * A line for the terminal: control characters (escape sequences, a carriage return that would
 * overwrite the line) and bidirectional controls in a file's name are shown escaped, as \x1b or
 * \u202e, never sent raw. Line breaks become spaces: one line per problem.
 */
export function forTerminal(line: string): string {
  return line.replace(/\r\n|\n/g, " ").replace(TERMINAL_UNSAFE, (c) => {
    const n = c.charCodeAt(0)
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`
  })
}
const BIDI = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069"
const TERMINAL_UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${BIDI}]`, "g")

/** The report could not be written to FILE; an earlier FILE is left as it was. */
export class CannotWriteReport extends Schema.TaggedError<CannotWriteReport>()("CannotWriteReport", {
  path: Schema.String,
  reason: Schema.String,
}) {}

/**
 * Writes FILE through a temporary file beside it (flushed to disk), then a rename over FILE, so
 * that a run that fails leaves an earlier FILE as it was and a reader never sees half a report.
 * The temporary file is removed when anything fails, and when Ctrl-C (or SIGTERM, SIGHUP) ends
 * the process during the write; the temporaries of earlier runs beside FILE whose process has
 * ended are removed first. An existing FILE keeps its permissions.
 *
 * FILE is never replaced by something else than a regular file: a symbolic link stays, and its
 * target is replaced (atomically, the same way); a device or a FIFO (/dev/null, a named pipe) is
 * written to directly, as a shell's redirection does; anything else (a socket) is refused.
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
  const shown = forTerminal(file)
  const cannot = (e: unknown) => new CannotWriteReport({ path: shown, reason: describeError(e) })
  if (file === "") return yield* new CannotWriteReport({ path: "''", reason: "no output path given" })
  const resolved = yield* Effect.try({ try: () => followLinks(path.resolve(file)), catch: cannot })
  const target = resolved.path
  const existing = resolved.stats
  if (existing?.isDirectory()) return yield* new CannotWriteReport({ path: shown, reason: "is a folder" })
  if (existing !== null && (existing.isCharacterDevice() || existing.isBlockDevice() || existing.isFIFO()))
    return yield* writeDirectly(target, content).pipe(Effect.mapError(cannot))
  if (existing !== null && !existing.isFile())
    return yield* new CannotWriteReport({
      path: shown,
      reason: `is ${existing.isSocket() ? "a socket" : "not a regular file"}; give a file, a device or a FIFO`,
    })
  const dir = path.dirname(target)
  const folder = yield* fs.stat(dir).pipe(Effect.option)
  if (Option.isSome(folder) && folder.value.type !== "Directory")
    return yield* new CannotWriteReport({ path: shown, reason: `${path.dirname(file)} is not a folder` })
  // A missing folder is made; a file in the way (EEXIST, ENOTDIR) is a part that is not a folder.
  yield* fs.makeDirectory(dir, { recursive: true }).pipe(
    Effect.mapError((e) => {
      const why = describeError(e)
      const reason = why === "already exists" ? "a part of the path is not a folder" : why
      return new CannotWriteReport({ path: shown, reason })
    }),
  )
  yield* Effect.sync(() => removeStaleTemporaries(dir, path.basename(target)))
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`)
  const mode = existing !== null ? existing.mode & 0o7777 : undefined
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

/**
 * Where a path leads through symbolic links (each link's target, relative to the link's folder),
 * and what is there: null when nothing is (a new file, or a link to a missing file).
 */
function followLinks(start: string): { path: string; stats: Stats | null } {
  let at = start
  for (let hops = 0; hops < 40; hops++) {
    let stats: Stats
    try {
      stats = lstatSync(at)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return { path: at, stats: null }
      throw e
    }
    if (!stats.isSymbolicLink()) return { path: at, stats }
    at = resolve(dirname(at), readlinkSync(at))
  }
  throw Object.assign(new Error("too many levels of symbolic links"), { code: "ELOOP" })
}

/** Writes to a device or a FIFO as it is: no temporary file, no rename. */
const writeDirectly = (
  target: string,
  content: string | ((write: (bytes: Uint8Array) => void) => void),
): Effect.Effect<void, unknown> =>
  Effect.tryPromise({
    // Opening a FIFO waits for its reader: off the main thread.
    try: () => openAsync(target, "w"),
    catch: (e) => e,
  }).pipe(
    Effect.flatMap((handle) =>
      Effect.try({
        try: () => {
          if (typeof content === "string") writeAllSync(handle.fd, Buffer.from(content, "utf8"))
          else content((bytes) => writeAllSync(handle.fd, bytes))
        },
        catch: (e) => e,
      }).pipe(Effect.ensuring(Effect.promise(() => handle.close().catch(() => undefined)))),
    ),
  )

/** The temporary files this tool writes beside FILE: `.FILE.PID.TIME.tmp`. */
const temporaryOf = (base: string) =>
  new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d+)\\.[0-9a-z]+\\.tmp$`)

/**
 * Removes the temporary files beside FILE left by runs that were killed (SIGKILL, a crash): those
 * whose process has ended. Never those of a process still running (another run writing now), nor
 * anything that is not such a file. Best effort: what cannot be looked at or removed is left.
 */
export function removeStaleTemporaries(dir: string, base: string): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  const pattern = temporaryOf(base)
  for (const name of names) {
    const m = pattern.exec(name)
    if (m === null) continue
    const pid = Number(m[1])
    if (pid === process.pid || isRunning(pid)) continue
    try {
      const at = join(dir, name)
      if (lstatSync(at).isFile()) rmSync(at, { force: true })
    } catch {
      // Removed by someone else meanwhile, or not ours to remove.
    }
  }
}

/** Whether a process is running (one of another user that cannot be signalled is). */
function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ESRCH"
  }
}

/** Writes all of `bytes` to a file descriptor (a write may take only part of them). */
function writeAllSync(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at)
}

/** The signals that end the process while FILE is written, and their numbers (exit 128 + it). */
const SIGNALS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }

/**
 * While FILE is being written, a signal that ends the process removes the temporary file first.
 * Returns the function that puts things back.
 */
function removeOnSignal(tmp: string): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      rmSync(tmp, { force: true })
    } finally {
      process.exit(128 + (SIGNALS[signal] ?? 15))
    }
  }
  for (const s of Object.keys(SIGNALS)) process.once(s, onSignal)
  return () => {
    for (const s of Object.keys(SIGNALS)) process.off(s, onSignal)
  }
}
