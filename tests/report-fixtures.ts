/** Small synthetic reports for the renderer's tests, and reading the Markdown back with remark. */
import type { Heading, Root, RootContent, Table } from "mdast"
import { remark } from "remark"
import remarkGfm from "remark-gfm"
import type {
  AttributeClaim,
  Claim,
  Claimant,
  ClaimFlag,
  ClaimId,
  EventClaim,
  QuantityClaim,
} from "../src/domain/Claim.ts"
import type { DocumentId } from "../src/domain/Document.ts"
import type { Group, GroupFlag, GroupId, Verdict } from "../src/domain/Group.ts"
import type { Report, ReportDocument } from "../src/domain/Report.ts"
import type { Approx, Value } from "../src/domain/Value.ts"

export const doc = (
  id: string,
  outlet: string | null,
  published: string | null,
  path = `corpus/${id}.md`,
): ReportDocument => ({
  id,
  path,
  outlet,
  published,
  story: null,
  title: null,
  url: null,
  claims: 0,
})

export const claimant = (
  name: string,
  kind: Claimant["kind"] = "named",
  side: string | null = null,
): Claimant => ({
  name,
  key: name.toLowerCase(),
  kind,
  side,
})

interface Common {
  id: string
  document: string
  /** The verbatim sentence. */
  text: string
  outlet?: string | null
  claimant?: Claimant
  line?: number
  /** The sentence's offset in the document. */
  start?: number
  polarity?: Claim["polarity"]
  place?: string | null
  time?: { start: string; end: string; text: string | null } | null
  flags?: ClaimFlag[]
}

const base = (c: Common) => {
  const start = c.start ?? 100
  return {
    id: c.id as ClaimId,
    document: c.document as DocumentId,
    text: c.text,
    start,
    end: start + c.text.length,
    line: c.line ?? 1,
    outlet: c.outlet === undefined ? null : c.outlet,
    claimant: c.claimant ?? claimant(c.outlet ?? "unknown outlet", "outlet"),
    polarity: c.polarity ?? ("asserted" as const),
    place: c.place ? { name: c.place, key: c.place.toLowerCase() } : null,
    places: c.place ? [{ name: c.place, key: c.place.toLowerCase() }] : [],
    aggregate: false,
    time: c.time ?? null,
    flags: c.flags ?? [],
  }
}

/** The mention's offsets: where `mention` first occurs in the sentence (or at `at`). */
const mentionOf = (c: Common, mention: string, at?: number) => {
  const rel = at ?? c.text.indexOf(mention)
  if (rel < 0) throw new Error(`"${mention}" is not in "${c.text}"`)
  const start = (c.start ?? 100) + rel
  return { text: mention, start, end: start + mention.length }
}

export const quantity = (
  c: Common & {
    mention: string
    mentionAt?: number
    value: Value
    approx?: Approx
    counted: string
    action?: string | null
    qualifiers?: string[]
    currency?: string | null
    unit?: string | null
    update?: boolean
  },
): QuantityClaim => ({
  _tag: "quantity",
  ...base(c),
  value: c.value,
  approx: c.approx ?? "exact",
  bound: null,
  mention: mentionOf(c, c.mention, c.mentionAt),
  unit: c.unit ?? null,
  currency: c.currency ?? null,
  counted: c.counted,
  qualifiers: c.qualifiers ?? [],
  action: c.action === undefined ? null : c.action,
  actor: null,
  target: null,
  each: false,
  update: c.update ?? false,
})

export const event = (
  c: Common & { verb: string; action: string; actor?: string; target?: string },
): EventClaim => ({
  _tag: "event",
  ...base(c),
  value: null,
  actor: c.actor ? { name: c.actor, key: c.actor.toLowerCase() } : null,
  verb: c.verb,
  action: c.action,
  target: c.target ? { name: c.target, key: c.target.toLowerCase() } : null,
})

export const attribute = (
  c: Common & { attribute: string; value: number | string; mention: string },
): AttributeClaim => ({
  _tag: "attribute",
  ...base(c),
  attribute: c.attribute,
  value: c.value,
  mention: mentionOf(c, c.mention),
})

export const group = (
  id: string,
  verdict: Verdict,
  claims: ReadonlyArray<Claim>,
  more: Partial<Omit<Group, "id" | "verdict" | "claims">> = {},
): Group => ({
  id: id as GroupId,
  claims: claims.map((c) => c.id),
  verdict,
  flags: [] as GroupFlag[],
  subject: more.subject ?? id,
  outlets: [...new Set(claims.map((c) => c.outlet ?? c.document))].sort(),
  reason: "",
  ...more,
})

export const report = (
  documents: ReadonlyArray<ReportDocument>,
  groups: ReadonlyArray<{ group: Group; claims: ReadonlyArray<Claim> }>,
  more: Partial<Pick<Report, "skipped" | "warnings">> = {},
): Report => {
  const claims = groups.flatMap((g) => g.claims)
  return {
    documents: documents.map((d) => ({ ...d, claims: claims.filter((c) => c.document === d.id).length })),
    claims,
    groups: groups.map((g) => g.group),
    skipped: more.skipped ?? [],
    warnings: more.warnings ?? [],
  }
}

/** One of each verdict, with flags, escapes, a skipped input and a warning. */
export function sampleReport(): Report {
  const docs = [
    doc("tass", "TASS", "2025-10-24"),
    doc("kyivpost", "Kyiv Post", "2025-10-25"),
    doc("ap", "AP | Wire*", "2025-10-24"),
    doc("reuters", "Reuters", "2025-10-26", "corpus/reuters_wire.md"),
    doc("anon", null, null, "corpus/anon.txt"),
  ]
  const ministry = claimant("Russia's Defence Ministry", "named", "russia")
  // A conflict over drones: three outlets.
  const d1 = quantity({
    id: "tass#1",
    document: "tass",
    outlet: "TASS",
    claimant: ministry,
    line: 5,
    text: "Air defences destroyed 111 drones over the Moscow region, the ministry said.",
    mention: "111",
    value: 111,
    counted: "drone",
    action: "shot-down",
    place: "Moscow region",
    time: { start: "2025-10-23", end: "2025-10-24", text: "overnight" },
  })
  const d2 = quantity({
    id: "ap#1",
    document: "ap",
    outlet: "AP | Wire*",
    claimant: claimant("local officials"),
    line: 7,
    text: "Officials said *about 80* drones were shot down near [Moscow] <overnight> | a_b.",
    mention: "about 80",
    value: { min: 72, max: 88 },
    approx: "about",
    counted: "drone",
    action: "shot-down",
    place: "Moscow region",
    time: { start: "2025-10-23", end: "2025-10-24", text: "overnight" },
  })
  const d3 = quantity({
    id: "reuters#1",
    document: "reuters",
    outlet: "Reuters",
    claimant: ministry,
    line: 3,
    text: "The ministry said at least 100 drones were downed.",
    mention: "at least 100",
    value: { min: 100, max: null },
    approx: "at-least",
    counted: "drone",
    action: "shot-down",
    place: "Moscow region",
  })
  const drones = group("g2", "conflict", [d1, d2, d3], {
    subject: "Drones shot down, Moscow region, 24 Oct 2025",
    reason: "about 80 (72–88) and at least 100 do not meet",
  })
  // A conflict over casualties: two outlets only, but people killed.
  const k1 = quantity({
    id: "tass#2",
    document: "tass",
    outlet: "TASS",
    line: 9,
    text: "Two people were killed in Kherson.",
    mention: "Two",
    value: 2,
    counted: "person",
    action: "killed",
    place: "Kherson",
  })
  const k2 = quantity({
    id: "kyivpost#1",
    document: "kyivpost",
    outlet: "Kyiv Post",
    line: 4,
    text: "Five people were killed in Kherson, the governor said.",
    mention: "Five",
    value: 5,
    counted: "person",
    action: "killed",
    place: "Kherson",
    claimant: claimant("the governor", "named", "ukraine"),
  })
  const killed = group("g10", "conflict", [k1, k2], {
    subject: "People killed, Kherson",
    reason: "Two and Five do not meet",
  })
  // A conflict over an event: an assertion against a denial.
  const e1 = event({
    id: "kyivpost#2",
    document: "kyivpost",
    outlet: "Kyiv Post",
    line: 6,
    text: "Ukrainian drones hit a plant in Obukhovo.",
    verb: "hit",
    action: "strike",
    actor: "Ukrainian drones",
    target: "plant",
  })
  const e2 = event({
    id: "tass#3",
    document: "tass",
    outlet: "TASS",
    line: 11,
    text: "The governor denied that any plant in Obukhovo was hit.",
    verb: "hit",
    action: "strike",
    actor: "Ukrainian drones",
    target: "plant",
    polarity: "denied",
    claimant: claimant("the governor", "named", "russia"),
    flags: ["interested-party"],
  })
  const strike = group("g3", "conflict", [e1, e2], {
    subject: "Drones hit a plant in Obukhovo",
    reason: "Kyiv Post asserts it; TASS denies it",
    flags: ["interested-party"],
  })
  // An evolving toll.
  const t1 = quantity({
    id: "tass#4",
    document: "tass",
    outlet: "TASS",
    line: 13,
    text: "The toll rose to 7.",
    mention: "7",
    value: 7,
    counted: "person",
    action: "injured",
    update: true,
  })
  const t2 = quantity({
    id: "reuters#2",
    document: "reuters",
    outlet: "Reuters",
    line: 8,
    text: "The number of injured has risen to 12.",
    mention: "12",
    value: 12,
    counted: "person",
    action: "injured",
    update: true,
  })
  const toll = group("g5", "evolving", [t1, t2], {
    subject: "People injured",
    reason: "rose from 7 to 12",
    timeline: [
      { published: "2025-10-26", outlet: "Reuters", claim: t2.id, value: 12 },
      { published: "2025-10-24", outlet: "TASS", claim: t1.id, value: 7 },
    ],
    latest: 12,
  })
  // Single-source: an anonymous, hedged claim; and a plain one.
  const s1 = quantity({
    id: "kyivpost#3",
    document: "kyivpost",
    outlet: "Kyiv Post",
    line: 12,
    text: "An intelligence source said 30 Shahed drones were reportedly assembled there each month.",
    mention: "30",
    value: 30,
    counted: "drone",
    action: "assembled",
    claimant: claimant("an intelligence source", "anonymous"),
    flags: ["anonymous-source", "hedged"],
  })
  const anonymous = group("g7", "single-source", [s1], {
    subject: "Drones assembled per month",
    flags: ["anonymous-source", "hedged"],
  })
  const s2 = attribute({
    id: "anon#1",
    document: "anon",
    line: 2,
    text: "The drone hit the 14th floor.",
    attribute: "floor",
    value: 14,
    mention: "14th",
  })
  const floor = group("g8", "single-source", [s2], { subject: "Floor hit" })
  // Corroborated by two outlets citing one ministry.
  const c1 = quantity({
    id: "tass#5",
    document: "tass",
    outlet: "TASS",
    claimant: ministry,
    line: 15,
    text: "34 drones were downed over the Rostov region.",
    mention: "34",
    value: 34,
    counted: "drone",
    action: "shot-down",
    place: "Rostov region",
  })
  const c2 = quantity({
    id: "reuters#3",
    document: "reuters",
    outlet: "Reuters",
    claimant: ministry,
    line: 10,
    text: "Thirty-four drones were shot down over Rostov, the ministry said.",
    mention: "Thirty-four",
    value: 34,
    counted: "drone",
    action: "shot-down",
    place: "Rostov region",
  })
  const rostov = group("g4", "corroborated", [c1, c2], {
    subject: "Drones shot down, Rostov region",
    flags: ["single-claimant"],
  })
  return report(
    docs,
    [
      { group: drones, claims: [d1, d2, d3] },
      { group: killed, claims: [k1, k2] },
      { group: strike, claims: [e1, e2] },
      { group: toll, claims: [t1, t2] },
      { group: anonymous, claims: [s1] },
      { group: floor, claims: [s2] },
      { group: rostov, claims: [c1, c2] },
    ],
    {
      skipped: [{ path: "corpus/photo.jpg", reason: "binary file, not text" }],
      warnings: [{ path: "corpus/anon.txt", message: "no publication date; read as undated" }],
    },
  )
}

// ---------------------------------------------------------------------------------------------
// Reading the rendered Markdown back, as a Markdown tool would

const parser = remark().use(remarkGfm)

export const parse = (md: string): Root => parser.parse(md) as Root

/** A node's text content: its text, inline code and the text of its children, concatenated. */
export function textOf(node: unknown): string {
  const n = node as { type?: string; value?: string; children?: unknown[] }
  if (n.type === "text" || n.type === "inlineCode") return n.value ?? ""
  if (n.type === "break") return "\n"
  return (n.children ?? []).map(textOf).join("")
}

/** The top-level nodes from the level-2 heading whose text starts with `title` to the next one. */
export function section(root: Root, title: string): RootContent[] {
  const i = root.children.findIndex(
    (n) => n.type === "heading" && n.depth === 2 && textOf(n).startsWith(title),
  )
  if (i === -1) throw new Error(`no section "${title}"`)
  const rest = root.children.slice(i + 1)
  const end = rest.findIndex((n) => n.type === "heading" && n.depth <= 2)
  return end === -1 ? rest : rest.slice(0, end)
}

/** Each table as rows of cell texts, the header first. */
export const tablesOf = (nodes: ReadonlyArray<RootContent>): string[][][] =>
  nodes
    .filter((n): n is Table => n.type === "table")
    .map((t) => t.children.map((r) => r.children.map(textOf)))

export const headingsOf = (nodes: ReadonlyArray<RootContent>, depth: number): string[] =>
  nodes.filter((n): n is Heading => n.type === "heading" && n.depth === depth).map(textOf)

/** The paragraphs' texts, soft line breaks read as spaces. */
export const paragraphsOf = (nodes: ReadonlyArray<RootContent>): string[] =>
  nodes.filter((n) => n.type === "paragraph").map((n) => textOf(n).replace(/\n/g, " "))
