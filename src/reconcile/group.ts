/**
 * Lines up claims about the same thing across documents.
 *
 * Claims are blocked by what they are about (kind, what is counted, story), so that no two claims
 * of different blocks are ever compared. Within a block, claims are taken in an order derived
 * from their content (publication time, outlet, position), never from input order or ids, and
 * each joins the first group it fits completely:
 *  - no member differs from it in anything both specify (see compat.ts);
 *  - a member it matches only loosely (one side leaves the place unsaid, say) agrees with it
 *    in value: an underspecified claim may corroborate a group, never put it in conflict;
 *  - no member from its own document disagrees with it in value (one article does not
 *    contradict itself within a group: its two figures are about two things).
 * Of the groups a claim fits, it joins one it agrees with in value, then the closest match;
 * a claim that fits no group starts one.
 */
import { match } from "ts-pattern"
import type { Claim } from "../domain/Claim.ts"
import { meets } from "../domain/Value.ts"
import { compat, type Features } from "./compat.ts"
import { written } from "./values.ts"

/** Whether two claims' values agree: their intervals meet; events share a polarity. */
export function valuesAgree(a: Claim, b: Claim): boolean {
  return match([a, b] as const)
    .with([{ _tag: "quantity" }, { _tag: "quantity" }], ([x, y]) => meets(written(x), written(y)))
    .with([{ _tag: "attribute" }, { _tag: "attribute" }], ([x, y]) => x.value === y.value)
    .with(
      [{ _tag: "event" }, { _tag: "event" }],
      ([x, y]) => (x.polarity === "denied") === (y.polarity === "denied"),
    )
    .otherwise(() => false)
}

interface Cluster {
  readonly members: Features[]
  start: number | null
  end: number | null
}

const cmp = (a: string | number | null, b: string | number | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1

/** A content-derived order: publication day, outlet, document, position. */
export function canonicalOrder(a: Features, b: Features): number {
  return (
    cmp(a.published, b.published) ||
    cmp(a.claim.outlet, b.claim.outlet) ||
    cmp(a.claim.document, b.claim.document) ||
    cmp(a.claim.start, b.claim.start) ||
    cmp(
      "mention" in a.claim ? a.claim.mention.start : null,
      "mention" in b.claim ? b.claim.mention.start : null,
    ) ||
    cmp(a.claim.place?.key ?? null, b.claim.place?.key ?? null)
  )
}

export function groupClaims(features: ReadonlyArray<Features>): Claim[][] {
  const blocks = new Map<string, Cluster[]>()
  const clusters: Cluster[] = []
  for (const f of [...features].sort(canonicalOrder)) {
    const key = `${f.story ?? ""}\u0000${f.head}`
    let block = blocks.get(key)
    if (!block) {
      block = []
      blocks.set(key, block)
    }
    let chosen: Cluster | null = null
    let best = -1
    for (const k of block) {
      if (
        f.start !== null &&
        k.start !== null &&
        k.end !== null &&
        f.end !== null &&
        (f.start > k.end || k.start > f.end)
      )
        continue
      let strong = 0
      let fits = true
      let agrees = true
      for (const m of k.members) {
        const c = compat(f, m)
        if (c === "no") fits = false
        else if (c === "loose" || m.claim.document === f.claim.document) fits = valuesAgree(f.claim, m.claim)
        else {
          strong++
          agrees &&= valuesAgree(f.claim, m.claim)
        }
        if (!fits) break
      }
      // Of the groups a claim fits, the one it agrees with, then the one it matches most closely.
      const score = (agrees ? 1_000_000 : 0) + strong
      if (fits && score > best) {
        chosen = k
        best = score
      }
    }
    if (chosen === null) {
      chosen = { members: [], start: f.start, end: f.end }
      block.push(chosen)
      clusters.push(chosen)
    }
    chosen.members.push(f)
    chosen.start =
      chosen.start === null || (f.start !== null && f.start < chosen.start) ? f.start : chosen.start
    chosen.end = chosen.end === null || (f.end !== null && f.end > chosen.end) ? f.end : chosen.end
  }
  return clusters.map((k) => k.members.map((m) => m.claim))
}
