/**
 * The Markdown report a fact-checker reads (GitHub-flavoured, often pasted into a newsroom tool):
 * a header with the documents and the counts, then conflicts, evolving figures, single-source
 * claims and corroborated claims, most consequential first, then skipped inputs and warnings.
 * Every claim shows its outlet, its claimant, the value as written, the verbatim sentence and
 * where it is (`path:line`). Empty sections say "None.". The same report gives the same bytes
 * whatever order its documents, claims and groups come in.
 */
import { match } from "ts-pattern"
import { actionWords } from "../claims/registry.ts"
import type { Claim } from "../domain/Claim.ts"
import type { Verdict } from "../domain/Group.ts"
import type { Report, ReportDocument } from "../domain/Report.ts"
import {
  byKind,
  FLAG_ORDER,
  flagLabel,
  flagMeaning,
  focusOf,
  formatValue,
  formatWindow,
  orderFlags,
  plural,
  readAsOf,
  saysOf,
  VERDICT_ORDER,
  valueKey,
  verdictLabel,
  verdictMeaning,
  words,
} from "./format.ts"
import { type Ranked, sortGroups, sortSingleSource } from "./order.ts"
import {
  clip,
  code,
  compareNatural,
  compareText,
  escapeInline,
  escapeLine,
  excerpt,
  oneLine,
  table,
  tableRows,
  wrap,
} from "./text.ts"

/** Prose is wrapped at this width; tables are not (their cells are clipped instead). */
const WIDTH = 100
/** Longest cell texts, in characters, before clipping with "…". */
const MAX = {
  sentence: 160,
  outlet: 40,
  claimant: 50,
  says: 60,
  readAs: 40,
  subject: 100,
  values: 80,
} as const

interface Context {
  readonly report: Report
  readonly documents: ReadonlyMap<string, ReportDocument>
  readonly byVerdict: Readonly<Record<Verdict, ReadonlyArray<Ranked>>>
  /** Problems in the report data itself (a group naming a missing claim...): shown as warnings. */
  readonly problems: ReadonlyArray<{ path: string; message: string }>
}

export function renderMarkdown(report: Report): string {
  const lines: string[] = []
  renderMarkdownTo(report, (line) => {
    lines.push(line)
  })
  return `${lines.join("\n")}\n`
}

/**
 * The Markdown report, a line at a time (without line breaks), in order: what the command
 * encodes as it goes (src/report/bytes.ts). The report of 10,000 articles is 70,000 lines;
 * the tables of claims are given a row at a time rather than built whole, and no line is kept
 * here once given, so that the garbage collector does not copy 14 MB of lines (and the cells
 * they were made of) from one space to the next while the rest is rendered.
 */
export function renderMarkdownTo(report: Report, line: (text: string) => void): void {
  const ctx = contextOf(report)
  // The smaller sections are built whole; a section of no lines is one empty line.
  const give = (lines: ReadonlyArray<string>) => {
    if (lines.length === 0) line("")
    for (const l of lines) line(l)
  }
  // An empty line between sections, as "\n\n".
  give(header(ctx))
  line("")
  give(conflicts(ctx.byVerdict.conflict, ctx))
  line("")
  give(evolving(ctx.byVerdict.evolving, ctx))
  line("")
  singleSource(ctx.byVerdict["single-source"], ctx, line)
  line("")
  corroborated(ctx.byVerdict.corroborated, ctx, line)
  line("")
  give(inputs(ctx))
}

// ---------------------------------------------------------------------------------------------
// The data, indexed and ordered

function contextOf(report: Report): Context {
  const documents = new Map(report.documents.map((d) => [d.id, d]))
  // Each claim's index, and whether a group names it: an array, not a set of 61,000 ids.
  const index = new Map<string, number>()
  for (const [i, c] of report.claims.entries()) index.set(c.id, i)
  const grouped = new Uint8Array(report.claims.length)
  const problems: { path: string; message: string }[] = []
  const byVerdict: Record<Verdict, Ranked[]> = {
    conflict: [],
    evolving: [],
    "single-source": [],
    corroborated: [],
  }
  for (const group of report.groups) {
    const cs: Claim[] = []
    for (const id of group.claims) {
      const i = index.get(id)
      if (i !== undefined) {
        grouped[i] = 1
        cs.push(report.claims[i]!)
      } else
        problems.push({
          path: `group ${group.id}`,
          message: `names claim ${id}, which the report does not hold`,
        })
    }
    // byVerdict is a Record<Verdict, ...>: exhaustive by type, without a match per group.
    byVerdict[group.verdict].push({ group, claims: sortClaims(cs, documents) })
  }
  for (const [i, c] of report.claims.entries())
    if (grouped[i] === 0)
      problems.push({ path: `claim ${c.id}`, message: "is in no group, so no section shows it" })
  byVerdict.conflict = sortGroups(byVerdict.conflict)
  byVerdict.evolving = sortGroups(byVerdict.evolving)
  byVerdict.corroborated = sortGroups(byVerdict.corroborated)
  byVerdict["single-source"] = sortSingleSource(byVerdict["single-source"], (r) => rowFlags(r).length)
  problems.sort((a, b) => compareNatural(a.path, b.path) || compareText(a.message, b.message))
  return { report, documents, byVerdict, problems }
}

// Lookup tables rather than a ts-pattern match: they are as exhaustive (a Record over the union
// is a type error when a member is missing) and cost nothing per claim.
const KIND_RANK: Readonly<Record<Claim["_tag"], number>> = { quantity: 0, attribute: 1, event: 2 }
const POLARITY_RANK: Readonly<Record<Claim["polarity"], number>> = { asserted: 0, hedged: 1, denied: 2 }

const numericKey = byKind<number>({
  quantity: (q) => valueKey(q.value),
  attribute: (a) => (typeof a.value === "number" ? a.value : 0),
  event: () => 0,
})

/**
 * Rows of one group: by value (so the disagreement shows), polarity, date, outlet, then id.
 * Each claim's sort key is computed once, before sorting (decorate, sort, undecorate): computed in
 * the comparator, its ts-pattern match and lookups ran O(n log n) times per group.
 */
function sortClaims(claims: ReadonlyArray<Claim>, documents: ReadonlyMap<string, ReportDocument>): Claim[] {
  return claims
    .map((c) => ({
      c,
      kind: KIND_RANK[c._tag],
      numeric: numericKey(c),
      value: String(c.value ?? ""),
      polarity: POLARITY_RANK[c.polarity],
      published: documents.get(c.document)?.published ?? null,
      outlet: c.outlet ?? "",
    }))
    .sort(
      (a, b) =>
        a.kind - b.kind ||
        a.numeric - b.numeric ||
        compareText(a.value, b.value) ||
        a.polarity - b.polarity ||
        compareNullsLast(a.published, b.published) ||
        compareText(a.outlet, b.outlet) ||
        compareNatural(a.c.id, b.c.id) ||
        compareText(a.c.id, b.c.id),
    )
    .map((k) => k.c)
}

const compareNullsLast = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : compareText(a, b)

// ---------------------------------------------------------------------------------------------
// Cells

const UNKNOWN = "(unknown)"

const outletOf = (c: Claim, ctx: Context): string =>
  c.outlet ?? ctx.documents.get(c.document)?.outlet ?? UNKNOWN

const whereOf = (c: Claim, ctx: Context): string =>
  `${ctx.documents.get(c.document)?.path ?? c.document}:${c.line}`

// clip and excerpt return one line: escapeLine escapes it without another pass of oneLine.
const cell = (text: string, max: number): string => escapeLine(clip(text, max))

const sentenceCell = (c: Claim): string => escapeLine(excerpt(c.text, focusOf(c), MAX.sentence))

const flagsCell = (flags: ReadonlyArray<Parameters<typeof flagLabel>[0]>): string => {
  if (flags.length === 0) return "—"
  const fs = orderFlags(flags)
  return fs.length === 0 ? "—" : escapeInline(fs.map(flagLabel).join(", "))
}

/** flagsCell() of a group's flags and a claim's, joined only when both have some (a row a claim). */
const bothFlagsCell = (
  group: ReadonlyArray<Parameters<typeof flagLabel>[0]>,
  claim: ReadonlyArray<Parameters<typeof flagLabel>[0]>,
): string =>
  group.length === 0
    ? flagsCell(claim)
    : claim.length === 0
      ? flagsCell(group)
      : flagsCell([...group, ...claim])

/** A claim's own flags and its group's, for rows that stand for both. */
const rowFlags = (r: Ranked) => orderFlags([...r.group.flags, ...r.claims.flatMap((c) => c.flags)])

const paragraph = (lead: string, text: string): string => wrap(escapeInline(text), WIDTH, "", `**${lead}** `)

/** A bullet, its text wrapped under it. */
const bullet = (escaped: string): string => wrap(escaped, WIDTH, "  ", "- ")

const heading = (level: number, text: string): string =>
  `${"#".repeat(level)} ${escapeLine(clip(text, MAX.subject)).replace(/#+$/, (m) => `\\${m}`)}`

const none = (what: string) => [`None: ${what}.`]

/** Text as a sentence: one line, ending with a full stop unless it has its own; `fallback` if empty. */
const sentence = (text: string, fallback: string): string => {
  const t = oneLine(text) || fallback
  return /[.!?…]$/.test(t) ? t : `${t}.`
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

// ---------------------------------------------------------------------------------------------
// 1. Header: what was reconciled, and the counts

function header(ctx: Context): string[] {
  const { report } = ctx
  const outlets = new Set(report.documents.flatMap((d) => (d.outlet === null ? [] : [d.outlet])))
  const unnamed = report.documents.filter((d) => d.outlet === null).length
  const summary =
    `${count(report.documents.length, "document")} from ${count(outlets.size, "outlet")}` +
    (unnamed > 0 ? ` (${count(unnamed, "document")} without a named outlet)` : "") +
    `: ${count(report.claims.length, "claim")} in ${count(report.groups.length, "group")}. ` +
    `Skipped inputs: ${report.skipped.length}. Warnings: ${report.warnings.length + ctx.problems.length}. ` +
    "Conflicts come first, the most consequential first; every claim shows its sentence and where " +
    "it is (file:line)."
  const verdicts = table(
    ["Verdict", "Groups", "Meaning"],
    VERDICT_ORDER.map((v) => [
      verdictLabel(v),
      String(ctx.byVerdict[v].length),
      escapeInline(verdictMeaning(v)),
    ]),
    ["left", "right", "left"],
  )
  const used = new Set<Parameters<typeof flagLabel>[0]>()
  for (const g of report.groups) for (const f of g.flags) used.add(f)
  for (const c of report.claims) for (const f of c.flags) used.add(f)
  const legend =
    used.size === 0
      ? none("no claim or group is flagged")
      : [
          "Flags, in plain words:",
          "",
          ...FLAG_ORDER.filter((f) => used.has(f)).map((f) =>
            bullet(`**${escapeInline(flagLabel(f))}**: ${escapeInline(flagMeaning(f))}`),
          ),
        ]
  const docs = [...report.documents].sort(
    (a, b) =>
      compareNullsLast(a.published, b.published) ||
      compareText(a.outlet ?? "\uffff", b.outlet ?? "\uffff") ||
      compareText(a.path, b.path) ||
      compareText(a.id, b.id),
  )
  const documents =
    docs.length === 0
      ? none("no document was read")
      : table(
          ["Outlet", "Published", "Claims", "File"],
          docs.map((d) => [
            cell(d.outlet ?? UNKNOWN, MAX.outlet),
            escapeInline(d.published ?? "undated"),
            String(d.claims),
            code(d.path),
          ]),
          ["left", "left", "right", "left"],
        )
  return [
    "# Reconciliation report",
    "",
    wrap(escapeInline(summary), WIDTH),
    "",
    ...verdicts,
    "",
    ...legend,
    "",
    `## Documents (${docs.length})`,
    "",
    ...documents,
  ]
}

// ---------------------------------------------------------------------------------------------
// 2. Conflicts: what is disputed, who says what, and why it is a conflict

/** The most frequent non-empty string, ties to the first in code-point order. */
function majority(xs: ReadonlyArray<string | null | undefined>): string | null {
  const counts = new Map<string, number>()
  for (const x of xs) if (x) counts.set(x, (counts.get(x) ?? 0) + 1)
  let best: string | null = null
  for (const [x, n] of [...counts].sort((a, b) => compareText(a[0], b[0])))
    if (best === null || n > (counts.get(best) ?? 0)) best = x
  return best
}

/** How the report names a measure by the start of what it counts ("money:USD"). */
const MEASURE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["money:", "The amount"],
  ["percent", "The share in per cent"],
  ["measure:", "The measure"],
  ["duration:", "The duration"],
  ["magnitude", "The magnitude"],
  ["temperature", "The temperature"],
]

/**
 * What the group is about, composed from its claims' fields: "The number of drones shot down,
 * Moscow region, 10 Nov 2024"; "The floor, Krasnogorsk, 24 Oct 2025"; "Whether Trump called Putin".
 */
export function describe(claims: ReadonlyArray<Claim>): string | null {
  const first = claims[0]
  if (!first) return null
  const what = match(first)
    .with({ _tag: "quantity" }, () => {
      const qs = claims.flatMap((c) => (c._tag === "quantity" ? [c] : []))
      const counted = majority(qs.map((q) => q.counted))
      if (!counted) return null
      // The noun people were named by stands for "people" ("rioters"); "more" and "part" say how
      // a figure was stated, not what it counts.
      const role = majority(qs.map((q) => q.qualifiers.find((x) => x.startsWith("as:"))?.slice(3) ?? null))
      const qualifiers = majority(
        qs.map((q) =>
          q.qualifiers.filter((x) => !x.startsWith("as:") && x !== "more" && x !== "part").join(" "),
        ),
      )
      const action = majority(qs.map((q) => q.action))
      const measure = MEASURE_NAMES.find(([prefix]) => counted.startsWith(prefix))
      if (measure) {
        const [prefix, name] = measure
        const unit = counted.slice(prefix.length)
        return `${name}${unit ? ` (${unit})` : ""}${action ? `, ${words(actionWords(action))}` : ""}`
      }
      if (qs.some((q) => q.currency !== null))
        return `The amount of ${qualifiers ? `${qualifiers} ` : ""}${words(counted)}${action ? ` ${words(actionWords(action))}` : ""}`
      const noun = plural(words(role ?? counted))
      return `The number of ${qualifiers ? `${qualifiers} ` : ""}${noun}${action ? ` ${words(actionWords(action))}` : ""}`
    })
    .with({ _tag: "attribute" }, () => {
      const attribute = majority(claims.map((c) => (c._tag === "attribute" ? c.attribute : null)))
      return attribute ? `The ${words(attribute)}` : null
    })
    .with({ _tag: "event" }, () => {
      const es = claims.flatMap((c) => (c._tag === "event" ? [c] : []))
      const parts = [
        majority(es.map((e) => e.actor?.name)),
        majority(es.map((e) => e.verb)),
        majority(es.map((e) => e.target?.name)),
      ]
      const said = parts.filter(Boolean).join(" ")
      return said ? `Whether ${said}` : null
    })
    .exhaustive()
  if (!what) return null
  const place = majority(claims.map((c) => c.place?.name))
  // The time the sources state; else the one window every claim falls back to, if they share it.
  const formatted = claims.map((c) => (c.time ? formatWindow(c.time) : null))
  const stated = majority(claims.map((c, i) => (c.time && c.time.text !== null ? formatted[i] : null)))
  const windows = new Set(formatted.map((w) => w ?? ""))
  const time = stated ?? (windows.size === 1 ? [...windows][0] : null)
  return [what, place, time].filter(Boolean).join(", ")
}

function conflicts(ranked: ReadonlyArray<Ranked>, ctx: Context): string[] {
  const out = [`## Conflicts (${ranked.length})`, ""]
  if (ranked.length === 0) return [...out, ...none("no sources disagree")]
  ranked.forEach((r, i) => {
    const { group, claims } = r
    if (i > 0) out.push("")
    const outlets = outletNames(r, ctx)
    const claimants = new Set(claims.map((c) => c.claimant.key)).size
    const disputed =
      `${describe(claims) ?? group.subject} — ${count(outlets.length, "outlet")}, ` +
      `${count(claimants, "claimant")}, ${count(claims.length, "claim")} (group ${group.id}).`
    out.push(heading(3, `${i + 1}. ${group.subject}`), "", paragraph("Disputed:", disputed), "")
    if (group.flags.length > 0)
      out.push(paragraph("Flags:", orderFlags(group.flags).map(flagLabel).join(", ")), "")
    out.push(
      ...table(
        ["Outlet", "Claimant", "Says", "Read as", "Flags", "Sentence", "Where"],
        claims.map((c) => [
          cell(outletOf(c, ctx), MAX.outlet),
          cell(c.claimant.name, MAX.claimant),
          cell(saysOf(c), MAX.says),
          cell(readAsOf(c), MAX.readAs),
          flagsCell(c.flags),
          sentenceCell(c),
          code(whereOf(c, ctx)),
        ]),
      ),
      "",
      paragraph("Why it is a conflict:", sentence(group.reason, "no reason was given")),
    )
  })
  return out
}

const outletNames = (r: Ranked, ctx: Context): string[] =>
  [...new Set(r.group.outlets.length > 0 ? r.group.outlets : r.claims.map((c) => outletOf(c, ctx)))].sort(
    compareText,
  )

// ---------------------------------------------------------------------------------------------
// 3. Evolving figures: the timeline and the latest value

function evolving(ranked: ReadonlyArray<Ranked>, ctx: Context): string[] {
  const out = [`## Evolving figures (${ranked.length})`, ""]
  if (ranked.length === 0) return [...out, ...none("no figure moves over time")]
  ranked.forEach((r, i) => {
    const { group, claims } = r
    const byId = new Map(claims.map((c) => [c.id as string, c]))
    const points = (
      group.timeline ??
      claims.flatMap((c) =>
        c._tag === "quantity"
          ? [
              {
                published: ctx.documents.get(c.document)?.published ?? null,
                outlet: outletOf(c, ctx),
                claim: c.id,
                value: c.value,
              },
            ]
          : [],
      )
    )
      .slice()
      .sort(
        (a, b) =>
          compareNullsLast(a.published, b.published) ||
          compareText(a.outlet ?? "", b.outlet ?? "") ||
          compareNatural(a.claim, b.claim) ||
          compareText(a.claim, b.claim),
      )
    const last = points[points.length - 1]
    const latestValue = group.latest ?? last?.value
    const latest =
      latestValue === undefined
        ? "unknown"
        : formatValue(latestValue) +
          (last && formatValue(last.value) === formatValue(latestValue)
            ? ` (${last.outlet ?? UNKNOWN}, ${last.published ?? "undated"})`
            : "")
    if (i > 0) out.push("")
    out.push(
      heading(3, `${i + 1}. ${group.subject}`),
      "",
      paragraph("Latest:", `${latest}; group ${group.id}.`),
      "",
      ...table(
        ["Published", "Outlet", "Value", "As written", "Sentence", "Where"],
        points.map((p) => {
          const c = byId.get(p.claim)
          return [
            escapeInline(p.published ?? "undated"),
            cell(p.outlet ?? (c ? outletOf(c, ctx) : UNKNOWN), MAX.outlet),
            escapeInline(formatValue(p.value)),
            c ? cell(saysOf(c), MAX.says) : "—",
            c ? sentenceCell(c) : "—",
            c ? code(whereOf(c, ctx)) : escapeInline(p.claim),
          ]
        }),
      ),
      "",
      paragraph("Why evolving:", sentence(group.reason, "no reason was given")),
    )
  })
  return out
}

// ---------------------------------------------------------------------------------------------
// 4. Single-source claims, flagged and casualty claims first, each with its evidence

/** Gives its lines to `line` as it goes: its table is a row a claim (see renderMarkdownTo). */
function singleSource(ranked: ReadonlyArray<Ranked>, ctx: Context, line: (text: string) => void): void {
  line(`## Single-source claims (${ranked.length})`)
  line("")
  if (ranked.length === 0) {
    for (const l of none("every claim has a second outlet")) line(l)
    return
  }
  line(
    wrap(
      "Claims only one outlet reports (one document, or copies of one wire story): casualties first, " +
        "then the most flagged.",
      WIDTH,
    ),
  )
  line("")
  const rows = tableRows(
    ["Group", "Subject", "Outlet", "Claimant", "Says", "Flags", "Sentence", "Where"],
    line,
  )
  for (const r of ranked) {
    // The group's cells, once for all its rows.
    const id = escapeInline(r.group.id)
    const subject = cell(r.group.subject, MAX.subject)
    for (const c of r.claims)
      rows([
        id,
        subject,
        cell(outletOf(c, ctx), MAX.outlet),
        cell(c.claimant.name, MAX.claimant),
        cell(saysOf(c), MAX.says),
        bothFlagsCell(r.group.flags, c.flags),
        sentenceCell(c),
        code(whereOf(c, ctx)),
      ])
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Corroborated claims, one row per group

/** Gives its lines to `line` as it goes, a row a group (see renderMarkdownTo). */
function corroborated(ranked: ReadonlyArray<Ranked>, ctx: Context, line: (text: string) => void): void {
  line(`## Corroborated claims (${ranked.length})`)
  line("")
  if (ranked.length === 0) {
    for (const l of none("no two outlets agree on a claim")) line(l)
    return
  }
  const rows = tableRows(["Group", "Subject", "Values", "Outlets", "Claimants", "Flags", "Where"], line)
  for (const r of ranked) {
    // The values as written, once each ("five" and "Five" are one), in the rows' order.
    const seen = new Set<string>()
    const values = r.claims
      .map((c) => clip(saysOf(c), MAX.says))
      .filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()))
    const claimants = [...new Set(r.claims.map((c) => c.claimant.name))].sort(compareText)
    rows([
      escapeInline(r.group.id),
      cell(r.group.subject, MAX.subject),
      cell(values.join("; "), MAX.values),
      cell(outletNames(r, ctx).join(", "), MAX.values),
      cell(claimants.join(", "), MAX.values),
      flagsCell(r.group.flags),
      r.claims.map((c) => code(whereOf(c, ctx))).join(", ") || "—",
    ])
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Skipped inputs and warnings: nothing is lost silently

function inputs(ctx: Context): string[] {
  const item = (path: string, text: string) => bullet(`${code(path)}: ${escapeInline(text)}`)
  const byPath =
    <T extends { path: string }>(key: (t: T) => string) =>
    (a: T, b: T) =>
      compareText(a.path, b.path) || compareText(key(a), key(b))
  const skipped = [...ctx.report.skipped].sort(byPath((s) => s.reason))
  const warnings = [
    ...[...ctx.report.warnings].sort(byPath((w) => w.message)),
    ...ctx.problems.map((p) => ({ path: p.path, message: p.message })),
  ]
  return [
    "## Skipped inputs and warnings",
    "",
    `### Skipped inputs (${skipped.length})`,
    "",
    ...(skipped.length === 0 ? none("every input was read") : skipped.map((s) => item(s.path, s.reason))),
    "",
    `### Warnings (${warnings.length})`,
    "",
    ...(warnings.length === 0
      ? none("no input needed a warning")
      : warnings.map((w) => item(w.path, w.message))),
  ]
}
