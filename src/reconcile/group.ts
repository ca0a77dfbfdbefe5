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
import { type Content, compat, type Features } from "./compat.ts"
import { written } from "./values.ts"

/** Whether two claims' values agree: their intervals meet; events share a polarity. */
export function valuesAgree(a: Claim, b: Claim): boolean {
  if (a._tag === "quantity" && b._tag === "quantity") return meets(written(a), written(b))
  if (a._tag === "attribute" && b._tag === "attribute") return a.value === b.value
  if (a._tag === "event" && b._tag === "event") return (a.polarity === "denied") === (b.polarity === "denied")
  return false
}

/** valuesAgree() over contents. */
function agree(a: Content, b: Content): boolean {
  if (a.kind !== b.kind) return false
  return a.written !== null && b.written !== null ? meets(a.written, b.written) : a.value === b.value
}

/** How many groups a claim is compared with at most, in a block. */
export const MAX_CANDIDATES = 400
/** Windows longer than this (a year, "since 2022") are kept in one list rather than by day. */
const WIDE = 62

/**
 * Identical claims in a group, compared once. Whether one of them comes from the document (or
 * the sentence) of the claim being placed is read from the numbers of its last member's document
 * and sentence: claims are placed in canonicalOrder, where the claims of one document come one
 * after another, in the order of their sentences, so a signature has a member from the placed
 * claim's document (sentence) exactly when its last member does. One comparison of a field, in
 * constant time: marking every signature of the document before each claim was quadratic in the
 * size of one large document.
 */
interface Signature {
  readonly rep: Content
  count: number
  /** The numbers (in placing order) of its last member's document and sentence. */
  document: number
  sentence: number
}

interface Cluster {
  readonly index: number
  readonly members: Features[]
  readonly signatures: Map<Content, Signature>
  /** Where the cluster is listed in its block: under each of these days, and in `wide` or `undated`. */
  readonly days: Set<number>
  wide: boolean
  undated: boolean
  /** The number of the last claim it was a candidate for (see candidates()). */
  seen: number
}

interface Block {
  readonly byDay: Map<number, Cluster[]>
  readonly wide: Cluster[]
  readonly undated: Cluster[]
}

const cmp = (a: string | number | null, b: string | number | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1

/**
 * A content-derived order: publication day, outlet, document (by its content key, its id only for
 * identical texts: never by its file's name), position. The claims of one document are next to
 * each other, in the order of their sentences (groupClaims relies on it: the day, the outlet and
 * the key are the document's).
 */
export function canonicalOrder(a: Features, b: Features): number {
  return (
    cmp(a.day, b.day) ||
    cmp(a.outlet, b.outlet) ||
    cmp(a.key, b.key) ||
    cmp(a.document, b.document) ||
    cmp(a.sentence, b.sentence) ||
    cmp(a.mention, b.mention) ||
    cmp(a.content.place, b.content.place)
  )
}

/** Whether clusters are in the order they were started. */
function ascending(ks: ReadonlyArray<Cluster>): boolean {
  for (let i = 1; i < ks.length; i++) if (ks[i - 1]!.index > ks[i]!.index) return false
  return true
}

/**
 * The clusters of a block whose days meet the claim's window, oldest first, at most
 * MAX_CANDIDATES of them: the most recent of each list (the lists are kept in the order the
 * clusters were started), so that the cost does not grow with the lists, which one large document
 * makes long. Each is taken once, by marking it with the claim's number.
 */
function candidates(block: Block, f: Content, n: number): Cluster[] {
  const found: Cluster[] = []
  if (f.start === null || f.end === null) take(block.undated, n, found)
  else {
    take(block.wide, n, found)
    if (f.end - f.start <= WIDE)
      for (let d = f.start; d <= f.end; d++) {
        const list = block.byDay.get(d)
        if (list) take(list, n, found)
      }
    else for (const list of block.byDay.values()) take(list, n, found)
  }
  // A sort has a cost even for a few elements: none when the claim met only one list.
  if (!ascending(found)) found.sort((a, b) => a.index - b.index)
  return found.length > MAX_CANDIDATES ? found.slice(found.length - MAX_CANDIDATES) : found
}

/**
 * Adds to `found` the most recent MAX_CANDIDATES clusters of a list (in order) not yet marked
 * with `n`, and marks them. Enough for the most recent MAX_CANDIDATES of all the lists: a cluster
 * among those has fewer than MAX_CANDIDATES more recent ones in its own list.
 */
function take(list: ReadonlyArray<Cluster>, n: number, found: Cluster[]): void {
  const start = found.length
  for (let i = list.length - 1; i >= 0 && found.length - start < MAX_CANDIDATES; i--) {
    const k = list[i]!
    if (k.seen !== n) {
      k.seen = n
      found.push(k)
    }
  }
  // Taken newest first: back in order.
  for (let i = start, j = found.length - 1; i < j; i++, j--) {
    const t = found[i]!
    found[i] = found[j]!
    found[j] = t
  }
}

/** Adds a cluster to a list, in the order clusters were started (mostly at the end). */
function insert(list: Cluster[], k: Cluster): void {
  if (list.length === 0 || list[list.length - 1]!.index < k.index) {
    list.push(k)
    return
  }
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]!.index < k.index) lo = mid + 1
    else hi = mid
  }
  list.splice(lo, 0, k)
}

/** Lists a cluster in its block under the claim's window, once per day (or list). */
function index(block: Block, k: Cluster, f: Content): void {
  if (f.start === null || f.end === null) {
    if (!k.undated) insert(block.undated, k)
    k.undated = true
  } else if (f.end - f.start > WIDE) {
    if (!k.wide) insert(block.wide, k)
    k.wide = true
  } else
    for (let d = f.start; d <= f.end; d++) {
      if (k.days.has(d)) continue
      k.days.add(d)
      const list = block.byDay.get(d)
      if (list) insert(list, k)
      else block.byDay.set(d, [k])
    }
}

/** The groups, each a list of claims' features, in the order they were started. */
export function groupClaims(features: ReadonlyArray<Features>): Features[][] {
  const blocks = new Map<string, Map<string, Block>>()
  const clusters: Cluster[] = []
  let n = 0
  // The numbers of the current document and sentence (see Signature).
  let document = 0
  let sentence = 0
  let previous: Features | null = null
  for (const f of [...features].sort(canonicalOrder)) {
    n++
    if (previous === null || previous.document !== f.document) {
      document = n
      sentence = n
    } else if (previous.sentence !== f.sentence) sentence = n
    previous = f
    const content = f.content
    // By story, then head (one copy of each per run, see compat.ts: found without building a key).
    let byHead = blocks.get(content.story ?? "")
    if (!byHead) {
      byHead = new Map()
      blocks.set(content.story ?? "", byHead)
    }
    let block = byHead.get(content.head)
    if (!block) {
      block = { byDay: new Map(), wide: [], undated: [] }
      byHead.set(content.head, block)
    }
    let chosen: Cluster | null = null
    let best = -1
    for (const k of candidates(block, content, n)) {
      let strong = 0
      let fits = true
      let agrees = true
      for (const s of k.signatures.values()) {
        if (s.sentence === sentence) fits = false
        else {
          const c = compat(content, s.rep)
          if (c === "no") fits = false
          else if (c === "loose" || s.document === document) fits = agree(content, s.rep)
          else {
            strong += s.count
            agrees &&= agree(content, s.rep)
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
      chosen = {
        index: clusters.length,
        members: [],
        signatures: new Map(),
        days: new Set(),
        wide: false,
        undated: false,
        seen: 0,
      }
      clusters.push(chosen)
    }
    chosen.members.push(f)
    let s = chosen.signatures.get(content)
    if (!s) {
      s = { rep: content, count: 0, document: 0, sentence: 0 }
      chosen.signatures.set(content, s)
    }
    s.count++
    s.document = document
    s.sentence = sentence
    index(block, chosen, content)
  }
  return clusters.map((k) => k.members)
}
