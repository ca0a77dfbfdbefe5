/**
 * Lines up claims about the same thing across documents.
 *
 * Claims are blocked by what they are about (kind, what is counted, story), so that no two claims
 * of different blocks are ever compared. Within a block, claims are taken in an order derived
 * from their content (publication time, outlet, position), never from input order or ids, and
 * each joins a group it fits completely:
 *  - no member differs from it in anything both specify (see compat.ts);
 *  - a member it matches only loosely (one side leaves the place unsaid, say) agrees with it
 *    in value: an underspecified claim may corroborate a group, never put it in conflict;
 *  - no member from its own document disagrees with it in value (one article does not
 *    contradict itself within a group: its two figures are about two things), and no member
 *    comes from its own sentence (two figures of one sentence are never the same figure).
 * Of the groups a claim fits, it joins one it agrees with in value, then the closest match;
 * a claim that fits no group starts one.
 *
 * Cost: groups are indexed by the days they span, so a claim is compared only with groups of
 * its block that overlap it in time, and at most MAX_CANDIDATES of them (the most recent, in
 * the content order). Within a group, identical claims (the same wire sentence in fifty
 * outlets, a figure repeated down a page) are compared once, as one signature.
 */
import type { Claim } from "../domain/Claim.ts"
import { meets } from "../domain/Value.ts"
import { compat, type Features } from "./compat.ts"
import { written } from "./values.ts"

/** Whether two claims' values agree: their intervals meet; events share a polarity. */
export function valuesAgree(a: Claim, b: Claim): boolean {
  if (a._tag === "quantity" && b._tag === "quantity") return meets(written(a), written(b))
  if (a._tag === "attribute" && b._tag === "attribute") return a.value === b.value
  if (a._tag === "event" && b._tag === "event") return (a.polarity === "denied") === (b.polarity === "denied")
  return false
}

/** How many groups a claim is compared with at most, in a block. */
export const MAX_CANDIDATES = 400
/** Windows longer than this (a year, "since 2022") are kept in one list rather than by day. */
const WIDE = 62

/** Identical claims in a group, compared once. */
interface Signature {
  readonly rep: Features
  count: number
  readonly documents: Set<string>
  readonly sentences: Set<string>
}

interface Cluster {
  readonly index: number
  readonly members: Features[]
  readonly signatures: Map<string, Signature>
}

interface Block {
  readonly byDay: Map<number, Cluster[]>
  readonly wide: Cluster[]
  readonly undated: Cluster[]
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

/** Everything compat() and valuesAgree() read of a claim: claims alike in these compare alike. */
function signatureOf(f: Features): string {
  const c = f.claim
  const common = [
    f.head,
    f.story,
    f.start,
    f.end,
    f.timed,
    c.place?.key,
    c.aggregate,
    c.places.map((p) => p.key).join("|"),
    c.polarity,
  ]
  switch (c._tag) {
    case "quantity":
      return JSON.stringify([
        ...common,
        c.value,
        c.approx,
        c.mention.text,
        c.qualifiers.join("|"),
        c.action,
        c.actor?.key,
        c.target?.key,
        c.each,
        c.update,
      ])
    case "event":
      return JSON.stringify([...common, c.actor?.key, c.target?.key, c.action])
    case "attribute":
      return JSON.stringify([...common, c.attribute, c.value])
  }
}

function candidates(block: Block, f: Features): Cluster[] {
  let found: Cluster[]
  if (f.start === null || f.end === null) found = block.undated
  else {
    const seen = new Set<Cluster>(block.wide)
    if (f.end - f.start <= WIDE)
      for (let d = f.start; d <= f.end; d++) for (const k of block.byDay.get(d) ?? []) seen.add(k)
    else for (const list of block.byDay.values()) for (const k of list) seen.add(k)
    found = [...seen]
  }
  found.sort((a, b) => a.index - b.index)
  return found.length > MAX_CANDIDATES ? found.slice(found.length - MAX_CANDIDATES) : found
}

function index(block: Block, k: Cluster, f: Features): void {
  if (f.start === null || f.end === null) {
    if (!block.undated.includes(k)) block.undated.push(k)
  } else if (f.end - f.start > WIDE) {
    if (!block.wide.includes(k)) block.wide.push(k)
  } else
    for (let d = f.start; d <= f.end; d++) {
      const list = block.byDay.get(d)
      if (!list) block.byDay.set(d, [k])
      else if (list[list.length - 1] !== k && !list.includes(k)) list.push(k)
    }
}

export function groupClaims(features: ReadonlyArray<Features>): Claim[][] {
  const blocks = new Map<string, Block>()
  const clusters: Cluster[] = []
  for (const f of [...features].sort(canonicalOrder)) {
    const key = `${f.story ?? ""}\u0000${f.head}`
    let block = blocks.get(key)
    if (!block) {
      block = { byDay: new Map(), wide: [], undated: [] }
      blocks.set(key, block)
    }
    const sig = signatureOf(f)
    const doc = f.claim.document as string
    const sentence = `${doc}\u0000${f.claim.start}`
    let chosen: Cluster | null = null
    let best = -1
    for (const k of candidates(block, f)) {
      let strong = 0
      let fits = true
      let agrees = true
      for (const s of k.signatures.values()) {
        if (s.sentences.has(sentence)) fits = false
        else {
          const c = compat(f, s.rep)
          if (c === "no") fits = false
          else if (c === "loose" || s.documents.has(doc)) fits = valuesAgree(f.claim, s.rep.claim)
          else {
            strong += s.count
            agrees &&= valuesAgree(f.claim, s.rep.claim)
          }
        }
        if (!fits) break
      }
      const score = (agrees ? 1_000_000_000 : 0) + strong
      if (fits && score > best) {
        chosen = k
        best = score
      }
    }
    if (chosen === null) {
      chosen = { index: clusters.length, members: [], signatures: new Map() }
      clusters.push(chosen)
    }
    chosen.members.push(f)
    const s = chosen.signatures.get(sig)
    if (s) {
      s.count++
      s.documents.add(doc)
      s.sentences.add(sentence)
    } else
      chosen.signatures.set(sig, {
        rep: f,
        count: 1,
        documents: new Set([doc]),
        sentences: new Set([sentence]),
      })
    index(block, chosen, f)
  }
  return clusters.map((k) => k.members.map((m) => m.claim))
}
