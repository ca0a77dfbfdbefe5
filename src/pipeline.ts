/**
 * The whole pipeline over documents already read: extract, group, judge, and the report data.
 * Pure: the same documents give the same report, byte for byte, in any order.
 */
import { extractClaims } from "./claims/extract.ts"
import type { Claim } from "./domain/Claim.ts"
import type { Document } from "./domain/Document.ts"
import type { Group } from "./domain/Group.ts"
import type { Report } from "./domain/Report.ts"
import type { Inputs } from "./ingest/readInputs.ts"
import { groupClaims } from "./reconcile/group.ts"
import { judge } from "./reconcile/judge.ts"

export interface StageTimes {
  extract: number
  group: number
  judge: number
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function reconcileInputs(inputs: Inputs, times?: StageTimes): Report {
  const documents = [...inputs.documents].sort(byId)
  let t = performance.now()
  const claims: Claim[] = documents.flatMap(extractClaims)
  const t1 = performance.now()
  const grouped = groupClaims(claims)
  const t2 = performance.now()
  const groups = judgeAll(grouped)
  const t3 = performance.now()
  if (times) {
    times.extract += t1 - t
    times.group += t2 - t1
    times.judge += t3 - t2
  }
  t = t3
  return buildReport(documents, claims, groups, inputs)
}

function judgeAll(grouped: ReadonlyArray<ReadonlyArray<Claim>>): Group[] {
  return grouped.map((cs, i) => judge(`g${i + 1}`, cs))
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
