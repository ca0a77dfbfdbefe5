/**
 * newsroom-reconcile as a library: what the `reconcile` command does, as functions.
 *
 *   read documents (files and folders, or texts in memory)
 *     -> extract claims -> reconcile (group and judge) -> render Markdown or JSON
 *
 * Two ways in. The Promise functions (`reconcileFiles`, `reconcileTexts`, `readDocuments`) need
 * nothing but Node. The Effect ones (`readInputs`) leave the file system to the caller
 * (`Effect.provide(NodeContext.layer)` from @effect/platform-node). Everything after reading is a
 * pure function: the same documents give the same report, byte for byte, in any order.
 *
 * The domain types are Effect Schemas, so that a report read back from JSON can be checked:
 * `Schema.decodeUnknownSync(Report)(JSON.parse(text))`. Property-based tests: see
 * `newsroom-reconcile/testing`.
 */
import * as NodeContext from "@effect/platform-node/NodeContext"
import { Effect } from "effect"
import { extractClaims as extract } from "./claims/extract.ts"
import type { Claim } from "./domain/Claim.ts"
import type { Document } from "./domain/Document.ts"
import type { Report } from "./domain/Report.ts"
import { type Inputs, readInputs, type TextInput } from "./ingest/readInputs.ts"
import { reconcileInputs } from "./pipeline.ts"
import { type ReportFormat, reportBytes } from "./report/bytes.ts"

export {
  AttributeClaim,
  Claim,
  Claimant,
  ClaimFlag,
  ClaimId,
  type ClaimKind,
  Entity,
  EventClaim,
  Mention,
  QuantityClaim,
  TimeWindow,
} from "./domain/Claim.ts"
export { Document, DocumentId, Skipped, Warning } from "./domain/Document.ts"
export { Group, GroupFlag, GroupId, TimelinePoint, Verdict } from "./domain/Group.ts"
export { Report, ReportDocument } from "./domain/Report.ts"
export { Approx, Interval, isExact, meets, toInterval, Value } from "./domain/Value.ts"
export { type Inputs, MAX_BYTES, readInputs, type TextInput } from "./ingest/readInputs.ts"
export { renderJson } from "./report/json.ts"
export { renderMarkdown } from "./report/markdown.ts"
export type { ReportFormat }

/**
 * Reads articles from files and folders (`paths`) and from texts in memory (`texts`), as the
 * command does: every input is read or named in `skipped` with a reason; never throws for bad
 * input. A text's `name` stands for its path (its extension picks the format, as a file's does).
 */
export const readDocuments = (
  options: { readonly paths?: ReadonlyArray<string>; readonly texts?: ReadonlyArray<TextInput> } = {},
): Promise<Inputs> =>
  Effect.runPromise(
    readInputs(options.paths ?? [], options.texts ?? []).pipe(Effect.provide(NodeContext.layer)),
  )

/** The claims read in one document, in text order, each with its sentence and offsets. */
export const extractClaims = (document: Document): ReadonlyArray<Claim> => extract(document)

/**
 * Reconciles documents already read (from `readDocuments`, or made by the caller): claims
 * extracted, grouped and judged. Pure. A caller's documents need unique ids.
 */
export const reconcile = (inputs: Inputs | ReadonlyArray<Document>): Report =>
  reconcileInputs(isDocuments(inputs) ? { documents: inputs, skipped: [], warnings: [] } : inputs)

const isDocuments = (x: Inputs | ReadonlyArray<Document>): x is ReadonlyArray<Document> => Array.isArray(x)

/** The report as the command prints it: Markdown (`"md"`) or the JSON contract (`"json"`). */
export const render = (report: Report, format: ReportFormat = "md"): string =>
  reportBytes(report, format).toString("utf8")

/** Reads, reconciles and gives the report: `reconcile PATH...` without the printing. */
export const reconcileFiles = async (paths: ReadonlyArray<string>): Promise<Report> =>
  reconcile(await readDocuments({ paths }))

/**
 * Reconciles articles given as text: each a `{ name, content }` (the content may start with YAML
 * front matter: outlet, published, story, url, title), or a bare string, named `text-1`, `text-2`...
 */
export const reconcileTexts = async (texts: ReadonlyArray<TextInput | string>): Promise<Report> =>
  reconcile(
    await readDocuments({
      texts: texts.map((t, i) => (typeof t === "string" ? { name: `text-${i + 1}`, content: t } : t)),
    }),
  )
