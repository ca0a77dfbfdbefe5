/**
 * `--lexicon FILE.yaml`: a beat's words, added to the registry of claim semantics without code
 * (src/claims/registry.ts). The file is decoded at the edge; a file that cannot be read or does
 * not have the shape below stops the run (exit 2) with one line naming it, before anything is read.
 *
 *   actions:                       # new actions, or new forms of known ones
 *     elected:
 *       forms: [elected, won, took]
 *       counts: seat               # what a figure of it counts when no noun says
 *       running: rises             # rises | either: its figures are running totals
 *       words: elected             # the report's words
 *       reason: seats won in an election
 *   things:                        # nouns and what they count
 *     - thing: seat
 *       forms: [seats, seat, mandates]
 *     - thing: person
 *       implies: evacuated         # the action the noun says ("evacuees")
 *       forms: [evacuees]
 */
import { FileSystem } from "@effect/platform"
import { Effect, ParseResult, Schema } from "effect"
import { parseDocument } from "yaml"
import { extend } from "../claims/registry.ts"
import { describeError, UnreadableInput } from "../ingest/errors.ts"

const Forms = Schema.Array(Schema.String.pipe(Schema.pattern(/\S/))).pipe(Schema.minItems(1))
const Running = Schema.Literal("rises", "either")

const ActionSpec = Schema.Struct({
  forms: Forms,
  counts: Schema.optional(Schema.String),
  running: Schema.optional(Running),
  casualty: Schema.optional(Schema.Boolean),
  hostile: Schema.optional(Schema.Boolean),
  words: Schema.optional(Schema.String),
  reason: Schema.optional(Schema.String),
})

const ThingSpec = Schema.Struct({
  thing: Schema.String.pipe(Schema.pattern(/\S/)),
  forms: Forms,
  qualifier: Schema.optional(Schema.String),
  implies: Schema.optional(Schema.String),
  running: Schema.optional(Running),
  reason: Schema.optional(Schema.String),
})

export const LexiconFile = Schema.Struct({
  actions: Schema.optional(Schema.Record({ key: Schema.String, value: ActionSpec })),
  things: Schema.optional(Schema.Array(ThingSpec)),
})
export type LexiconFile = typeof LexiconFile.Type

/** Decodes a lexicon file's text; the error is one line. */
export function parseLexicon(text: string): LexiconFile | string {
  // Errors are read from the document, not thrown or logged: warnings (a custom tag) would
  // print lines of their own.
  const document = parseDocument(text, { logLevel: "silent" })
  const error = document.errors[0]
  if (error !== undefined) return `not valid YAML (${error.message.split("\n")[0]})`
  const data: unknown = document.toJS() ?? {}
  const decoded = Schema.decodeUnknownEither(LexiconFile, { onExcessProperty: "error" })(data)
  if (decoded._tag === "Right") return decoded.right
  const issue = ParseResult.ArrayFormatter.formatErrorSync(decoded.left)[0]
  return issue === undefined
    ? "not a lexicon"
    : `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message.split("\n")[0]}`
}

/** Reads a lexicon file and adds its words to the registry. */
export const loadLexicon = (path: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const text = yield* fs
      .readFileString(path)
      .pipe(Effect.mapError((e) => new UnreadableInput({ path, reason: describeError(e) })))
    const lexicon = parseLexicon(text)
    if (typeof lexicon === "string")
      return yield* new UnreadableInput({ path, reason: `not a usable lexicon: ${lexicon}` })
    extend(lexicon)
  })
