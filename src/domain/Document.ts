import { Schema } from "effect"

/** A document's id: the JSONL `id` when given, else derived from the file's path. */
export const DocumentId = Schema.String.pipe(Schema.brand("DocumentId"))
export type DocumentId = typeof DocumentId.Type

/** One article, as read from disk: who published it, when, and its full text. */
export const Document = Schema.Struct({
  id: DocumentId,
  /** The file it came from (for JSONL: `file.jsonl:LINE`). */
  path: Schema.String,
  outlet: Schema.NullOr(Schema.String),
  /** ISO 8601: a date (`2025-10-24`) or a date-time. Null when unknown. */
  published: Schema.NullOr(Schema.String),
  story: Schema.NullOr(Schema.String),
  url: Schema.NullOr(Schema.String),
  title: Schema.NullOr(Schema.String),
  text: Schema.String,
  /** Line number in `path` where `text` begins (1-based), so offsets map back to file lines. */
  firstLine: Schema.Number,
})
export type Document = typeof Document.Type

/** An input that was not reconciled, and why. Nothing is dropped silently. */
export const Skipped = Schema.Struct({
  path: Schema.String,
  reason: Schema.String,
})
export type Skipped = typeof Skipped.Type

/** A problem with an input that was still read (an undated document, replaced bytes...). */
export const Warning = Schema.Struct({
  path: Schema.String,
  message: Schema.String,
})
export type Warning = typeof Warning.Type
