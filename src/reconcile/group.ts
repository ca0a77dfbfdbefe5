/**
 * Lines up claims about the same thing across documents.
 *
 * Claims are blocked by what they are about (kind, what is counted, story), so that no two claims
 * of different blocks are ever compared. Within a block, claims are taken in an order derived
 * from their content (publication time, outlet, position), never from input order or ids, and
 * each joins a group it fits completely:
 *  - no member differs from it in anything both specify (see compat.ts);
 *  - a member it matches only loosely (one side leaves the place unsaid, say) agrees with it
 *    in value, unless it matches another member strongly: an underspecified claim may
 *    corroborate a group, never put it in conflict or build a series on its own (judging
 *    compares values between strongly matched claims only);
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
import { rivalClaimants } from "../claims/claimant.ts"
import type { Claim, Claimant } from "../domain/Claim.ts"
import type { Interval } from "../domain/interval.ts"
import { meets } from "../domain/Value.ts"
import { type Content, compat, type Features, SLACK } from "./compat.ts"
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

/**
 * Agreement enough for a loose match to join: two bounds open the same way ("more than a
 * million", "at least 123") meet whatever they count, and say nothing of being one figure,
 * unless they are the same bound ("more than 1.2 million", "over 1.2 million").
 */
function agreeLoosely(a: Content, b: Content): boolean {
  if (!agree(a, b) || a.written === null || b.written === null) return agree(a, b)
  const open = (i: Interval) => (i.max === null ? 1 : i.min === null ? -1 : 0)
  const same = a.written.min === b.written.min && a.written.max === b.written.max
  return same || open(a.written) === 0 || open(a.written) !== open(b.written)
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
  /** Its last member's claimant (two speakers' figures of one sentence may be one figure's). */
  claimant: Claimant
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
  /** Whether it holds a running total; its first and last publication days; its block. */
  running: boolean
  first: number | null
  last: number | null
  block: Block | null
  /** Merged into an earlier series (see mergeSeries). */
  merged: boolean
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
    // Days around the claim's own too, for a running total: it may be the update of a figure of
    // days before (compat.ts). Figures with no time word are listed under the days around theirs
    // (index()), so that the others find them by their own days.
    const slack = f.running ? SLACK : 0
    if (f.end - f.start <= WIDE)
      for (let d = f.start - slack; d <= f.end + slack; d++) {
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
  } else {
    // A figure with no time word is listed under the days around its own too, so that a figure
    // with a stated time finds it (candidates() looks there only for the others).
    const slack = f.timed ? 0 : SLACK
    for (let d = f.start - slack; d <= f.end + slack; d++) {
      if (k.days.has(d)) continue
      k.days.add(d)
      const list = block.byDay.get(d)
      if (list) insert(list, k)
      else block.byDay.set(d, [k])
    }
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
      let looseDisagreement = false
      /** The group holds the figure this one answers: another speaker's of the same sentence. */
      let answers = false
      for (const s of k.signatures.values()) {
        // Two figures of one sentence are never one figure, but for two speakers' figures of it.
        const rival = s.sentence === sentence && rivalClaimants(s.claimant, f.claim.claimant)
        if (s.sentence === sentence && !rival) fits = false
        else {
          const c = compat(content, s.rep)
          if (c === "no") fits = false
          // One article does not contradict itself: two of its figures that differ are two
          // things, unless they are values of one running total (the first count and the
          // latest, worded as an update: "nearly 40 lost at sea", "34 remain missing"), or two
          // speakers' figures of one thing ("police put the crowd at 4,000, organisers at 20,000").
          else if (s.document === document && !rival && !series(content, s.rep)) fits = agree(content, s.rep)
          else if (c === "loose") looseDisagreement ||= !agreeLoosely(content, s.rep)
          else {
            strong += s.count
            answers ||= rival
            agrees &&= agree(content, s.rep)
          }
        }
        if (!fits) break
      }
      // A loose match that disagrees in value is tolerated only beside a strong one: the claim
      // then belongs to the group on its own strength, and judging compares strong pairs only.
      if (looseDisagreement && strong === 0) fits = false
      if (looseDisagreement) agrees = false
      // A claim joins the group it agrees with, then the one it matches most strongly; a running
      // total joins the series it matches most strongly whatever its value (its other figures
      // are earlier or later values, not rival ones).
      // A second speaker's figure joins the one it answers in its sentence, first of all.
      const score =
        (answers ? 2_000_000_000 : 0) +
        (agrees && !content.running ? 1_000_000_000 : 0) +
        strong * 2 +
        (agrees ? 1 : 0)
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
        running: false,
        first: null,
        last: null,
        block: null,
        merged: false,
      }
      clusters.push(chosen)
    }
    chosen.members.push(f)
    let s = chosen.signatures.get(content)
    if (!s) {
      s = { rep: content, count: 0, document: 0, sentence: 0, claimant: f.claim.claimant }
      chosen.signatures.set(content, s)
    }
    s.count++
    s.document = document
    s.sentence = sentence
    s.claimant = f.claim.claimant
    index(block, chosen, content)
    chosen.running ||= content.running
    if (f.day !== null) {
      chosen.first = chosen.first === null ? f.day : Math.min(chosen.first, f.day)
      chosen.last = chosen.last === null ? f.day : Math.max(chosen.last, f.day)
    }
    chosen.block = block
  }
  mergeSeries(clusters)
  return clusters.filter((k) => !k.merged).map((k) => k.members)
}

/** Two values of one running total: both running, one worded as an update. */
const series = (a: Content, b: Content): boolean => a.running && b.running && (a.update || b.update)

/** How many later series a series is compared with when merging (see mergeSeries). */
const MAX_SERIES = 200

/**
 * Series that the order of reading split. Claims are placed one at a time, so an early figure of
 * a running total may start a group before the updates that tie it to the rest arrive ("39
 * missing" on Tuesday, "38" on Wednesday, "34 remain missing" on Thursday). Two groups of one
 * block that hold running totals are merged when nothing across them differs ("no"), one pair
 * across them matches strongly, no two of their claims share a sentence, and the only values
 * across them that disagree are of running totals (earlier and later values of one figure).
 */
function mergeSeries(clusters: Cluster[]): void {
  const byBlock = new Map<Block, Cluster[]>()
  for (const k of clusters) {
    if (!k.running || k.block === null) continue
    const list = byBlock.get(k.block) ?? []
    list.push(k)
    byBlock.set(k.block, list)
  }
  for (const list of byBlock.values()) {
    if (list.length < 2) continue
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!
      if (a.merged) continue
      for (let j = i + 1; j < Math.min(list.length, i + 1 + MAX_SERIES); j++) {
        const b = list[j]!
        if (b.merged || !near(a, b) || oneDocument(a, b) || !mergeable(a, b)) continue
        for (const m of b.members) a.members.push(m)
        for (const [c, sig] of b.signatures) {
          const had = a.signatures.get(c)
          if (had) had.count += sig.count
          else a.signatures.set(c, sig)
        }
        a.first = minDay(a.first, b.first)
        a.last = maxDay(a.last, b.last)
        b.merged = true
      }
    }
  }
}

const minDay = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y))
const maxDay = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y))

/**
 * Two groups of claims of one and the same article: the reading order kept them apart already
 * (one article's figures that differ are two things), and a long article has thousands of them.
 */
const oneDocument = (a: Cluster, b: Cluster): boolean => {
  const d = a.members[0]!.document
  return a.members.every((m) => m.document === d) && b.members.every((m) => m.document === d)
}

/** Whether two groups' publication days come within SLACK of each other. */
const near = (a: Cluster, b: Cluster): boolean =>
  a.first === null || b.first === null || (a.first - SLACK <= b.last! && b.first - SLACK <= a.last!)

function mergeable(a: Cluster, b: Cluster): boolean {
  const sentences = new Set<string>()
  for (const m of a.members) sentences.add(`${m.document}\u0000${m.sentence}`)
  for (const m of b.members) if (sentences.has(`${m.document}\u0000${m.sentence}`)) return false
  let strong = false
  for (const x of a.signatures.keys())
    for (const y of b.signatures.keys()) {
      const c = compat(x, y)
      if (c === "no") return false
      if (c === "strong") strong = true
      if (!agree(x, y) && !series(x, y)) return false
    }
  return strong
}
