import { Schema } from "effect"

/** An input that could not be read at all: it is named, with the reason, and skipped. */
export class UnreadableInput extends Schema.TaggedError<UnreadableInput>()("UnreadableInput", {
  path: Schema.String,
  reason: Schema.String,
}) {}

/** The run cannot go on: nothing could be read, or the command line is wrong. */
export class NothingToReconcile extends Schema.TaggedError<NothingToReconcile>()("NothingToReconcile", {
  reason: Schema.String,
}) {}

const ERRNO: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "name too long",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
  EBUSY: "busy",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EEXIST: "already exists",
  EXDEV: "on another device",
  EIO: "input/output error",
}

/**
 * One short line for a file system error (a PlatformError from @effect/platform, or a Node
 * error): "permission denied", "no such file or directory"... never a stack.
 */
export function describeError(e: unknown): string {
  const code = errnoOf(e)
  if (code !== undefined && ERRNO[code] !== undefined) return ERRNO[code]
  const msg =
    typeof e === "object" && e !== null && "description" in e && typeof e.description === "string"
      ? e.description
      : e instanceof Error
        ? e.message
        : String(e)
  return (msg.split("\n")[0] ?? "").trim() || "unknown error"
}

export function errnoOf(e: unknown): string | undefined {
  for (let x: unknown = e, depth = 0; typeof x === "object" && x !== null && depth < 4; depth++) {
    if ("code" in x && typeof x.code === "string") return x.code
    x = "cause" in x ? x.cause : undefined
  }
  return undefined
}
