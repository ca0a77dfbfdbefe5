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
