/**
 * Measurement over external inference pairs (tests/external, vendored): each premise/hypothesis pair is
 * run as two articles of one story, by two outlets, published on one day, and we record whether
 * the pipeline flags a conflict or a corroboration between the two documents.
 *
 *   node --import tsx bench/external.ts [--verbose] [--only newsnli|rte3|redditnli|rte-quant]
 *                                       [--batch] [--detok] [--limit N] [--sample N]
 *
 * --verbose  list false conflicts on entailment pairs and missed corroborations, with the claims
 *            extracted (counted, action, value, place, time) and the groups: the error analysis.
 * --batch    evaluate all pairs of a dataset in one pipeline run (one story per pair) instead of
 *            one run per pair. A sample is always run both ways and compared (see --sample).
 * --detok    undo the Penn Treebank tokenisation of the EQUATE texts ("$ 5,000 ," -> "$5,000,",
 *            "-LRB-" -> "(") before running, to separate tokenisation artefacts from real misses.
 * --limit N  at most N pairs per list in --verbose (default: all).
 * --sample N pairs per dataset in the batch/per-pair agreement check (default 50; 0 to skip).
 *
 * It is a measurement, not a test: it always exits 0, and prints whether the targets are met.
 * Output on stdout is deterministic (timings go to stderr).
 */
import { readFileSync } from "node:fs"
import { fileURLToPath, pathToFileURL } from "node:url"
import type { Claim } from "../src/domain/Claim.ts"
import type { Document, DocumentId } from "../src/domain/Document.ts"
import type { Group } from "../src/domain/Group.ts"
import { meets, toInterval, type Value } from "../src/domain/Value.ts"
import { reconcileInputs } from "../src/pipeline.ts"

// ---------------------------------------------------------------------------------------------
// Data

export type DatasetName = "newsnli" | "rte3" | "redditnli" | "rte-quant"
export type Label = "entailment" | "neutral" | "contradiction"

export interface Pair {
  readonly dataset: DatasetName
  readonly id: string
  readonly premise: string
  readonly hypothesis: string
  readonly label: Label
}

interface DatasetSpec {
  /** Short name used in paths and in the table. */
  readonly title: string
  readonly file: string
  readonly labelField: "label" | "label3"
}

export const DATASETS: Record<DatasetName, DatasetSpec> = {
  newsnli: { title: "NewsNLI", file: "equate/NewsNLI.jsonl", labelField: "label" },
  "rte-quant": { title: "RTE_Quant", file: "equate/RTE_Quant.jsonl", labelField: "label" },
  redditnli: { title: "RedditNLI", file: "equate/RedditNLI.jsonl", labelField: "label" },
  rte3: { title: "RTE3", file: "rte3/rte3_dev_en_3way.jsonl", labelField: "label3" },
}
export const DATASET_ORDER: ReadonlyArray<DatasetName> = ["newsnli", "rte3", "rte-quant", "redditnli"]

/** The vendored tests/external (overridable with RECONCILE_EXTERNAL). */
export const EXTERNAL_DIR =
  process.env.RECONCILE_EXTERNAL ?? fileURLToPath(new URL("../tests/external/", import.meta.url))

export function loadDataset(name: DatasetName, dir: string = EXTERNAL_DIR): Pair[] {
  const spec = DATASETS[name]
  const file = dir.replace(/\/?$/, "/") + spec.file
  const out: Pair[] = []
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue
    const r = JSON.parse(line) as Record<string, unknown>
    const label = String(r[spec.labelField]).toLowerCase()
    if (label !== "entailment" && label !== "neutral" && label !== "contradiction")
      throw new Error(`${spec.file}: unknown label ${label} in ${String(r.id)}`)
    out.push({
      dataset: name,
      id: String(r.id),
      premise: String(r.premise),
      hypothesis: String(r.hypothesis),
      label,
    })
  }
  return out
}

const NUMBER_WORD =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b/i

/**
 * Whether a text holds a number: a digit or a number word. "one" is left out: in news text it is
 * mostly a pronoun or determiner ("one of the", "no one").
 */
export const hasNumber = (text: string): boolean => /\d/.test(text) || NUMBER_WORD.test(text)

/** Undo Penn Treebank tokenisation ("-LRB- CNN -RRB-", "$ 5,000 ,", "Flores ' wife", "do n't"). */
export function detokenise(text: string): string {
  // PTB writes both quotes as `` or '' (EQUATE often uses '' for both): alternate open and close.
  let open = false
  return text
    .replace(/-LRB-/g, "(")
    .replace(/-RRB-/g, ")")
    .replace(/-LSB-/g, "[")
    .replace(/-RSB-/g, "]")
    .replace(/-LCB-/g, "{")
    .replace(/-RCB-/g, "}")
    .replace(/\s*(?:``|'')\s*/g, (m) => {
      open = !open
      return open ? `${/^\s/.test(m) ? " " : ""}"` : `"${/\s$/.test(m) ? " " : ""}`
    })
    .replace(/([$£€])\s+(?=\d)/g, "$1")
    .replace(/(\d)\s+%/g, "$1%")
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/gi, "$1")
    .replace(/(\w)\s+'(\s)/g, "$1'$2")
    .replace(/\(\s+/g, "(")
    .replace(/\s+\)/g, ")")
    .replace(/\s+([,.;:?!])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim()
}

// ---------------------------------------------------------------------------------------------
// Running the pipeline

export interface RunOptions {
  /** One pipeline run for all pairs (one story each) instead of one run per pair. */
  readonly batch?: boolean
  readonly detok?: boolean
}

/** What the pipeline made of one pair: the claims of its two documents and the groups they sit in. */
export interface PairView {
  readonly premiseDoc: string
  readonly hypothesisDoc: string
  readonly claims: ReadonlyArray<Claim>
  /** Groups holding at least one claim of the pair (in batch mode they may hold other pairs' claims). */
  readonly groups: ReadonlyArray<Group>
}

export interface Outcome {
  readonly pair: Pair
  /** A group with verdict "conflict" holds claims of both documents. */
  readonly conflict: boolean
  /** A group with verdict "corroborated" holds claims of both documents. */
  readonly corroborated: boolean
  readonly premiseClaims: number
  readonly hypothesisClaims: number
  readonly view: PairView
}

export function pairDocuments(pair: Pair, opts: RunOptions = {}): [Document, Document] {
  const title = DATASETS[pair.dataset].title
  const prefix = opts.batch ? `${pair.id}/` : ""
  const text = (t: string) => (opts.detok ? detokenise(t) : t)
  const doc = (role: "p" | "h", outlet: string, t: string, part: string): Document => ({
    id: `${prefix}${role}` as DocumentId,
    path: `${title}:${pair.id}:${part}`,
    outlet,
    published: "2024-01-15",
    story: `pair-${pair.id}`,
    url: null,
    title: null,
    text: text(t),
    firstLine: 1,
  })
  return [doc("p", "Outlet A", pair.premise, "premise"), doc("h", "Outlet B", pair.hypothesis, "hypothesis")]
}

function outcomeOf(pair: Pair, view: PairView): Outcome {
  const docOf = new Map(view.claims.map((c) => [c.id as string, c.document as string]))
  const spansBoth = (g: Group): boolean => {
    let p = false
    let h = false
    for (const id of g.claims) {
      const d = docOf.get(id)
      if (d === view.premiseDoc) p = true
      else if (d === view.hypothesisDoc) h = true
    }
    return p && h
  }
  return {
    pair,
    conflict: view.groups.some((g) => g.verdict === "conflict" && spansBoth(g)),
    corroborated: view.groups.some((g) => g.verdict === "corroborated" && spansBoth(g)),
    premiseClaims: view.claims.filter((c) => c.document === view.premiseDoc).length,
    hypothesisClaims: view.claims.filter((c) => c.document === view.hypothesisDoc).length,
    view,
  }
}

const NO_INPUT_NOISE = { skipped: [], warnings: [] } as const

export function evaluatePairs(pairs: ReadonlyArray<Pair>, opts: RunOptions = {}): Outcome[] {
  if (!opts.batch)
    return pairs.map((pair) => {
      const docs = pairDocuments(pair, opts)
      const report = reconcileInputs({ documents: docs, ...NO_INPUT_NOISE })
      return outcomeOf(pair, {
        premiseDoc: docs[0].id,
        hypothesisDoc: docs[1].id,
        claims: report.claims,
        groups: report.groups,
      })
    })
  const docsOf = pairs.map((p) => pairDocuments(p, opts))
  const report = reconcileInputs({ documents: docsOf.flat(), ...NO_INPUT_NOISE })
  const claimsByDoc = new Map<string, Claim[]>()
  for (const c of report.claims) {
    const list = claimsByDoc.get(c.document)
    if (list) list.push(c)
    else claimsByDoc.set(c.document, [c])
  }
  const groupsByClaim = new Map<string, Group[]>()
  for (const g of report.groups)
    for (const id of g.claims) {
      const list = groupsByClaim.get(id)
      if (list) list.push(g)
      else groupsByClaim.set(id, [g])
    }
  return pairs.map((pair, i) => {
    const [p, h] = docsOf[i]!
    const claims = [...(claimsByDoc.get(p.id) ?? []), ...(claimsByDoc.get(h.id) ?? [])]
    const groups = [...new Set(claims.flatMap((c) => groupsByClaim.get(c.id) ?? []))]
    return outcomeOf(pair, { premiseDoc: p.id, hypothesisDoc: h.id, claims, groups })
  })
}

// ---------------------------------------------------------------------------------------------
// Diagnosis: a coarse, mechanical reason why an entailment pair is not corroborated

const KEY_FIELDS = ["counted", "action", "unit", "currency", "place", "time"] as const

function keyField(c: Claim, f: (typeof KEY_FIELDS)[number]): string {
  switch (f) {
    case "counted":
      return c._tag === "quantity" ? c.counted : c._tag === "attribute" ? c.attribute : c.verb
    case "action":
      return c._tag === "attribute" ? "-" : (c.action ?? "-")
    case "unit":
      return c._tag === "quantity" ? (c.unit ?? "-") : "-"
    case "currency":
      return c._tag === "quantity" ? (c.currency ?? "-") : "-"
    case "place":
      return c.place?.key ?? "-"
    case "time":
      return c.time ? `${c.time.start}..${c.time.end}` : "-"
  }
}

export function missReason(o: Outcome): string {
  if (o.premiseClaims === 0 && o.hypothesisClaims === 0) return "no claims in either"
  if (o.hypothesisClaims === 0) return "no claim in hypothesis"
  if (o.premiseClaims === 0) return "no claim in premise"
  const { view } = o
  const groupOf = new Map<string, Group>()
  for (const g of view.groups) for (const id of g.claims) groupOf.set(id, g)
  const ps = view.claims.filter((c) => c.document === view.premiseDoc)
  const hs = view.claims.filter((c) => c.document === view.hypothesisDoc)
  const shared = view.groups.filter(
    (g) => ps.some((c) => groupOf.get(c.id) === g) && hs.some((c) => groupOf.get(c.id) === g),
  )
  if (shared.length > 0)
    return `grouped together, verdict ${[...new Set(shared.map((g) => g.verdict))].join("/")}`
  // Figures that meet, in different groups: which key fields tell them apart?
  const differing = new Set<string>()
  let meet = 0
  for (const p of ps)
    for (const h of hs) {
      if (p._tag !== "quantity" || h._tag !== "quantity") continue
      if (!meets(toInterval(p.value), toInterval(h.value))) continue
      meet++
      const diff = KEY_FIELDS.filter((f) => keyField(p, f) !== keyField(h, f))
      for (const f of diff) differing.add(f)
    }
  if (meet > 0)
    return `figures meet, split by ${differing.size > 0 ? [...differing].sort().join("+") : "other key"}`
  return "no figures meet"
}

// ---------------------------------------------------------------------------------------------
// Summaries

export interface Row {
  readonly dataset: string
  readonly label: string
  readonly pairs: number
  readonly bothClaims: number
  readonly conflict: number
  readonly corroborated: number
}

export function summarise(dataset: string, label: string, outcomes: ReadonlyArray<Outcome>): Row {
  return {
    dataset,
    label,
    pairs: outcomes.length,
    bothClaims: outcomes.filter((o) => o.premiseClaims > 0 && o.hypothesisClaims > 0).length,
    conflict: outcomes.filter((o) => o.conflict).length,
    corroborated: outcomes.filter((o) => o.corroborated).length,
  }
}

const pct = (n: number, d: number): string => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`)
const cell = (n: number, d: number): string => (d === 0 ? "-" : `${pct(n, d)} (${n})`)

export function renderTable(rows: ReadonlyArray<Row>): string {
  const head = ["dataset", "label", "pairs", "both have claims", "conflict", "corroborated"]
  const body = rows.map((r) => [
    r.dataset,
    r.label,
    String(r.pairs),
    cell(r.bothClaims, r.pairs),
    cell(r.conflict, r.pairs),
    cell(r.corroborated, r.pairs),
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cs: ReadonlyArray<string>) =>
    cs.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n")
}

const LABELS: ReadonlyArray<Label> = ["entailment", "neutral", "contradiction"]

function rowsFor(title: string, outcomes: ReadonlyArray<Outcome>): Row[] {
  return LABELS.map((l) =>
    summarise(
      title,
      l,
      outcomes.filter((o) => o.pair.label === l),
    ),
  ).filter((r) => r.pairs > 0)
}

// ---------------------------------------------------------------------------------------------
// Verbose listing

const showValue = (v: Value | string | number | null): string => {
  if (v === null) return "-"
  if (typeof v === "number" || typeof v === "string") return String(v)
  return `[${v.min ?? "-inf"}, ${v.max ?? "+inf"}]`
}

function showClaim(c: Claim, roleOf: (doc: string) => string, groupOf: Map<string, Group>): string {
  const g = groupOf.get(c.id)?.id ?? "?"
  const common = `place=${c.place?.key ?? "-"} time=${c.time ? (c.time.start === c.time.end ? c.time.start : `${c.time.start}..${c.time.end}`) : "-"}${c.time?.text ? `("${c.time.text}")` : ""}`
  const who = c.claimant.kind === "outlet" ? "" : ` claimant=${c.claimant.key}`
  switch (c._tag) {
    case "quantity":
      return `${roleOf(c.document)} ${c.id} [${g}] quantity "${c.mention.text}" value=${showValue(c.value)} ${c.approx}${c.unit ? ` unit=${c.unit}` : ""}${c.currency ? ` currency=${c.currency}` : ""} counted=${c.counted}${c.qualifiers.length ? `(${c.qualifiers.join(",")})` : ""} action=${c.action ?? "-"} actor=${c.actor?.key ?? "-"} target=${c.target?.key ?? "-"} ${common}${who}`
    case "event":
      return `${roleOf(c.document)} ${c.id} [${g}] event verb=${c.verb} action=${c.action} actor=${c.actor?.key ?? "-"} target=${c.target?.key ?? "-"} polarity=${c.polarity} ${common}${who}`
    case "attribute":
      return `${roleOf(c.document)} ${c.id} [${g}] attribute ${c.attribute}=${showValue(c.value)} "${c.mention.text}" ${common}${who}`
  }
}

export function describe(o: Outcome, heading: string): string {
  const { view } = o
  const roleOf = (d: string) => (d === view.premiseDoc ? "P" : d === view.hypothesisDoc ? "H" : "?")
  const groupOf = new Map<string, Group>()
  for (const g of view.groups) for (const id of g.claims) groupOf.set(id, g)
  const own = new Set(view.claims.map((c) => c.id as string))
  const lines = [
    `--- ${o.pair.id} [${o.pair.label}] ${heading}`,
    `  P: ${o.pair.premise}`,
    `  H: ${o.pair.hypothesis}`,
  ]
  if (view.claims.length === 0) lines.push("  claims: none")
  else {
    lines.push("  claims:")
    const ordered = [...view.claims].sort((a, b) => roleOf(b.document).localeCompare(roleOf(a.document)))
    for (const c of ordered) lines.push(`    ${showClaim(c, roleOf, groupOf)}`)
  }
  const spanning = view.groups.filter((g) => g.claims.length > 1)
  if (spanning.length > 0) {
    lines.push("  groups (more than one claim):")
    for (const g of spanning) {
      const members = g.claims.map((id) => (own.has(id) ? id : `${id}(other pair)`)).join(", ")
      lines.push(`    ${g.id} ${g.verdict} {${members}} subject="${g.subject}" reason="${g.reason}"`)
    }
  }
  return lines.join("\n")
}

// ---------------------------------------------------------------------------------------------
// Main

interface Args {
  verbose: boolean
  only: DatasetName | null
  batch: boolean
  detok: boolean
  limit: number
  sample: number
}

function parseArgs(argv: ReadonlyArray<string>): Args {
  const args: Args = { verbose: false, only: null, batch: false, detok: false, limit: Infinity, sample: 50 }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const next = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    const [flag, inline] = a.includes("=")
      ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
      : [a, null]
    const value = () => inline ?? next()
    if (flag === "--verbose" || flag === "-v") args.verbose = true
    else if (flag === "--batch") args.batch = true
    else if (flag === "--detok") args.detok = true
    else if (flag === "--only") {
      const v = value().toLowerCase()
      if (!(v in DATASETS)) throw new Error(`--only: one of ${Object.keys(DATASETS).join(", ")}`)
      args.only = v as DatasetName
    } else if (flag === "--limit") args.limit = Number(value())
    else if (flag === "--sample") args.sample = Number(value())
    else throw new Error(`unknown option ${a}`)
  }
  return args
}

const key = (o: Outcome) => `${o.conflict ? "conflict" : "-"}/${o.corroborated ? "corroborated" : "-"}`

function main(argv: ReadonlyArray<string>): void {
  const args = parseArgs(argv)
  const opts: RunOptions = { batch: args.batch, detok: args.detok }
  const names = args.only ? [args.only] : DATASET_ORDER
  const out: string[] = []
  const rows: Row[] = []
  const all = new Map<DatasetName, Outcome[]>()
  const t0 = performance.now()

  for (const name of names) {
    const pairs = loadDataset(name)
    const outcomes = evaluatePairs(pairs, opts)
    all.set(name, outcomes)
    const title = DATASETS[name].title
    if (name === "rte3") {
      const numeric = outcomes.filter((o) => hasNumber(o.pair.premise) && hasNumber(o.pair.hypothesis))
      rows.push(...rowsFor(`${title} (numbers in P and H)`, numeric))
      rows.push(...rowsFor(`${title} (all)`, outcomes))
    } else rows.push(...rowsFor(title, outcomes))
  }
  const t1 = performance.now()

  out.push(
    `External pairs: each pair run as two documents of one story (Outlet A / Outlet B, 2024-01-15); ` +
      `${args.batch ? "one pipeline run per dataset (batch)" : "one pipeline run per pair"}` +
      `${args.detok ? ", PTB tokenisation undone (--detok)" : ", texts as given"}.`,
    `conflict = a "conflict" group holds claims of both documents; corroborated = a "corroborated" group does.`,
    "",
    renderTable(rows),
    "",
  )

  // Targets (issue 4), on NewsNLI entailment pairs.
  const news = all.get("newsnli")
  if (news) {
    const ent = news.filter((o) => o.pair.label === "entailment")
    const fc = ent.filter((o) => o.conflict).length
    const co = ent.filter((o) => o.corroborated).length
    const fcOk = fc <= 0.03 * ent.length
    const coOk = co >= 0.5 * ent.length
    out.push(
      "Targets (issue 4), NewsNLI entailment pairs:",
      `  flagged conflict    <= 3%:  ${pct(fc, ent.length)} (${fc}/${ent.length})  ${fcOk ? "MET" : "NOT MET"}`,
      `  corroborated        >= 50%: ${pct(co, ent.length)} (${co}/${ent.length})  ${coOk ? "MET" : "NOT MET"}`,
      `  targets ${fcOk && coOk ? "MET" : "NOT MET"}`,
      "",
    )
  }
  const rte = all.get("rte3")
  if (rte) {
    const numeric = rte.filter((o) => hasNumber(o.pair.premise) && hasNumber(o.pair.hypothesis))
    const con = numeric.filter((o) => o.pair.label === "contradiction")
    const ent = numeric.filter((o) => o.pair.label === "entailment")
    const caught = con.filter((o) => o.conflict).length
    const fc = ent.filter((o) => o.conflict).length
    out.push(
      "RTE-3, pairs with a number (digit or number word) in premise and hypothesis:",
      `  contradictions caught as conflict: ${caught}/${con.length} (${pct(caught, con.length)})`,
      `  false conflicts on entailment:     ${fc}/${ent.length} (${pct(fc, ent.length)})`,
      "",
    )
  }

  // Why entailment pairs are not corroborated (mechanical reasons), per dataset.
  out.push("Entailment pairs not corroborated, by mechanical reason:")
  for (const [name, outcomes] of all) {
    const missed = outcomes.filter((o) => o.pair.label === "entailment" && !o.corroborated)
    const counts = new Map<string, number>()
    for (const o of missed) {
      const r = missReason(o)
      counts.set(r, (counts.get(r) ?? 0) + 1)
    }
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    out.push(`  ${DATASETS[name].title} (${missed.length}):`)
    for (const [r, n] of sorted) out.push(`    ${String(n).padStart(4)}  ${r}`)
  }
  out.push("")

  // Batch and per-pair runs must agree per pair: checked on a sample of each dataset.
  if (args.sample > 0) {
    const diffs: string[] = []
    let total = 0
    for (const [name, outcomes] of all) {
      const sample = outcomes.slice(0, args.sample)
      const other = evaluatePairs(
        sample.map((o) => o.pair),
        { ...opts, batch: !args.batch },
      )
      total += sample.length
      sample.forEach((o, i) => {
        const b = other[i]!
        if (key(o) !== key(b))
          diffs.push(
            `${DATASETS[name].title} ${o.pair.id}: ${args.batch ? "batch" : "per-pair"} ${key(o)}, ${args.batch ? "per-pair" : "batch"} ${key(b)}`,
          )
      })
    }
    out.push(
      `Batch vs per-pair runs on the first ${args.sample} pairs of each dataset (${total} pairs): ` +
        `${total - diffs.length} agree, ${diffs.length} differ.`,
    )
    for (const d of diffs.slice(0, 20)) out.push(`  ${d}`)
    if (diffs.length > 20) out.push(`  ... and ${diffs.length - 20} more`)
    out.push("")
  }

  if (args.verbose) {
    for (const [name, outcomes] of all) {
      const title = DATASETS[name].title
      const ent = outcomes.filter((o) => o.pair.label === "entailment")
      const fcs = ent.filter((o) => o.conflict)
      const missed = ent.filter((o) => !o.corroborated)
      out.push(`===== ${title}: false conflicts on entailment pairs (${fcs.length}) =====`)
      for (const o of fcs.slice(0, args.limit)) out.push(describe(o, "FALSE CONFLICT"))
      out.push("")
      out.push(`===== ${title}: entailment pairs not corroborated (${missed.length}) =====`)
      for (const o of missed.slice(0, args.limit)) out.push(describe(o, `MISSED: ${missReason(o)}`))
      out.push("")
    }
  }

  process.stdout.write(`${out.join("\n")}\n`)
  process.stderr.write(
    `evaluated ${[...all.values()].reduce((s, o) => s + o.length, 0)} pairs in ${((t1 - t0) / 1000).toFixed(1)} s\n`,
  )
}

const invoked = process.argv[1] ? pathToFileURL(process.argv[1]).href : ""
if (import.meta.url === invoked) {
  try {
    main(process.argv.slice(2))
  } catch (e) {
    process.stderr.write(`bench/external: ${e instanceof Error ? e.message : String(e)}\n`)
  }
  process.exitCode = 0
}
