/**
 * The whole pipeline over documents already read: extract, group, judge, and the report data.
 * Pure: the same documents give the same report, byte for byte, in any order.
 */
import { extractClaims, forgetReadings } from "./claims/extract.ts"
import type { Claim } from "./domain/Claim.ts"
import type { Document } from "./domain/Document.ts"
import type { Group } from "./domain/Group.ts"
import type { Report } from "./domain/Report.ts"
import type { Inputs } from "./ingest/readInputs.ts"
import { reconcile } from "./reconcile/index.ts"

/** Milliseconds spent per stage; `group` covers grouping and judging, which run together. */
export interface StageTimes {
  extract: number
  group: number
}

/** Documents (or anything with an id) in the pipeline's order: by id, by code unit. */
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function reconcileInputs(inputs: Inputs, times?: StageTimes): Report {
  const documents = [...inputs.documents].sort(byId)
  const t = performance.now()
  const extracted: Claim[] = documents.flatMap(extractClaims)
  // The run's readings are not needed any more: their memory is for grouping to reuse (fresh
  // memory costs a page fault a page, see src/ingest/text.ts).
  forgetReadings()
  if (times) times.extract += performance.now() - t
  return reportFromClaims(documents, extracted, inputs, times)
}

/**
 * The stages after extraction, over all documents at once: for callers that extract elsewhere
 * (worker threads). `documents` sorted by id, `extracted` in document order.
 */
export function reportFromClaims(
  documents: ReadonlyArray<Document>,
  extracted: ReadonlyArray<Claim>,
  inputs: Pick<Inputs, "skipped" | "warnings">,
  times?: StageTimes,
): Report {
  const t = performance.now()
  const { claims, groups } = reconcile(documents, extracted)
  if (times) times.group += performance.now() - t
  return buildReport(documents, claims, groups, inputs)
}

export function buildReport(
  documents: ReadonlyArray<Document>,
  claims: ReadonlyArray<Claim>,
  groups: ReadonlyArray<Group>,
  inputs: Pick<Inputs, "skipped" | "warnings">,
): Report {
  const perDoc = new Map<string, number>()
  for (const c of claims) perDoc.set(c.document, (perDoc.get(c.document) ?? 0) + 1)
  return {
    documents: documents.map((d) => ({
      id: d.id,
      path: d.path,
      outlet: d.outlet,
      published: d.published,
      story: d.story,
      title: d.title,
      url: d.url,
      claims: perDoc.get(d.id) ?? 0,
    })),
    claims,
    groups,
    skipped: [...inputs.skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    warnings: [...inputs.warnings].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  }
}
