/**
 * The benchmark: the whole pipeline, end to end, on generated corpora of several sizes.
 *
 *   node --import tsx bench/pipeline.ts [--sizes 1000,10000] [--workers N] [--seed 1] [--days 30]
 *                                       [--in-process] [--no-command] [--repeat N] [--json] [--strict]
 *                                       [--read-first]
 *
 * For each size, and for the main thread alone (the single-threaded `reconcileInputs`) and for the
 * main thread with N workers (`reconcileInputsParallel`; default: one per core but one), a fresh
 * child process: generates the corpus (not timed), writes it as JSONL, warms up on a small
 * corpus, times natural's WordTokenizer alone on the same texts (the median of three passes: one
 * before the pipeline, two after), then times ingest (readInputs on the JSONL), extraction,
 * grouping and judging, and rendering JSON and Markdown (to the UTF-8 bytes of the report's file,
 * as the command does before writing it: src/report/bytes.ts). A run of the CLI renders one of the
 * two, so the pipeline's time is ingest, reconcile and one render, given for each format
 * ("md run", "json run"). Then it reads the peak RSS (process.resourceUsage().maxRSS, worker
 * threads included), and the page faults over the same stages, with what one costs on this
 * machine (measured first, on a fresh buffer): fresh memory is time, and how much depends on the
 * machine far more than on the code. One process per run, so that one
 * run's memory high-water mark is not another's. Last, "command s": the command itself on the
 * same JSONL, as a user runs it (`bin/reconcile.js --workers N -o FILE`), in a process of its
 * own, wall-clock: with its start-up, its cold JIT and the writing of the report. The targets
 * are checked on the pipeline's figures, as the issue defines them.
 * It also gives the share of the candidate sentences that repeat an earlier one word for word:
 * extraction reads each distinct sentence once, so its speed depends on how much a corpus repeats
 * itself (the generated wire copy 75-82%; five independent outlets on one event, a few %).
 *
 * --repeat N runs each size and mode N times, alternating the modes' order, and gives the run of
 * median time.
 *
 * The machine is shared and noisy: compare ratios within one run (10x the articles against 1x, the
 * pipeline against the tokenizer), not seconds across runs. Targets (PASS/FAIL):
 *   - 10,000 articles end to end in <= 60 s and <= 2 GiB peak RSS;
 *   - 10x the articles costs <= 12x the time (1.2 x the size ratio, between consecutive sizes),
 *     in CPU time, which the neighbours' load disturbs far less than wall-clock time;
 *   - the pipeline's throughput (MB/s) is >= 10% of the tokenizer's alone, with either report.
 * --strict exits 1 when a target of the N-worker runs fails. --no-story drops the documents'
 * `story` (as most real inputs lack it), which makes grouping harder. --read-first adds a run on
 * the main thread with every distinct sentence read before the clock starts (`readFirst`): what
 * everything but reading costs, which no faster reader alone can go below (its BOUND line).
 */
import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { NodeContext } from "@effect/platform-node"
import { Effect } from "effect"
import { claimsOf, forgetReadings, type Reading, readSentence, sentencesOf } from "../src/claims/extract.ts"
import type { Report } from "../src/domain/Report.ts"
import { type Inputs, readInputs } from "../src/ingest/readInputs.ts"
import { tokenizeWords } from "../src/nlp/natural.ts"
import { defaultWorkers, type ParallelStats, reconcileInputsParallel } from "../src/parallel/index.ts"
import { byId, reconcileInputs, reportFromClaims, type StageTimes } from "../src/pipeline.ts"
import { type ReportFormat, renderReport } from "../src/report/bytes.ts"
import { generateCorpus, generateDocuments, writeJsonl } from "./generate.ts"

export interface BenchOptions {
  readonly sizes: ReadonlyArray<number>
  readonly workers: number
  readonly seed: number
  readonly days: number
  /** Whether documents name their story (false with --no-story). */
  readonly withStory: boolean
  readonly inProcess: boolean
  /** Whether to time the command itself too ("command s"; not with --no-command). */
  readonly command: boolean
  readonly json: boolean
  readonly strict: boolean
  /** Runs of each size and mode; the table gives the median one (by the Markdown run's time). */
  readonly repeat: number
  /**
   * Whether to add a run on the main thread with reading made free (--read-first): every distinct
   * sentence is read before the clock starts, and extraction only looks its reading up. Not the
   * product's speed: a bound on what any speed-up of reading can give (see `readFirst`).
   */
  readonly readFirst: boolean
}

export function parseArgs(argv: ReadonlyArray<string>): BenchOptions {
  const value = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
    if (i < 0) return undefined
    const a = argv[i]!
    return a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1]
  }
  const num = (name: string, fallback: number) => {
    const v = value(name)
    const n = v === undefined ? fallback : Number(v)
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name}: not a number: ${v}`)
    return n
  }
  const sizes = (value("sizes") ?? "1000,10000").split(",").map((s) => Number(s.trim().replace(/_/g, "")))
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes: ${value("sizes")}`)
  return {
    sizes: [...sizes].sort((a, b) => a - b),
    workers: Math.max(0, Math.floor(num("workers", defaultWorkers()))),
    seed: num("seed", 1),
    days: num("days", 30),
    withStory: !argv.includes("--no-story"),
    inProcess: argv.includes("--in-process"),
    command: !argv.includes("--no-command"),
    json: argv.includes("--json"),
    strict: argv.includes("--strict"),
    repeat: Math.max(1, Math.floor(num("repeat", 1))),
    readFirst: argv.includes("--read-first"),
  }
}

/** One measured run: one size, one number of workers. Times in ms, sizes in bytes. */
export interface Row {
  size: number
  workers: number
  /** A --read-first run: sentences read before the clock started (no targets are checked on it). */
  readFirst?: boolean
  documents: number
  bytes: number
  claims: number
  groups: number
  ingest: number
  extract: number
  /** Grouping and judging (src/reconcile). */
  reconcile: number
  json: number
  markdown: number
  /**
   * A run of the CLI with its default report: ingest, reconcile and render the Markdown.
   * Wall-clock. (A run renders one format: `total` and `totalJson` share ingest and reconcile.)
   */
  total: number
  /** The same run with `--format json`: ingest, reconcile and render the JSON. */
  totalJson: number
  /** CPU time of the process (all threads) over the same stages. */
  cpu: number
  /**
   * The command as a user runs it, in a process of its own, wall-clock: `node bin/reconcile.js
   * --workers N -o FILE corpus.jsonl` (its Markdown report), start-up, cold JIT and writing the
   * file included. The command uses workers only above its own threshold (src/parallel). Null
   * with --no-command.
   */
  cli: number | null
  /** Bytes of the JSON and Markdown reports. */
  jsonBytes: number
  markdownBytes: number
  peakRss: number
  /**
   * Minor page faults over the same stages as `cpu`: each is the first touch of a page of fresh
   * memory, which the kernel must map and zero.
   */
  faults: number
  /**
   * What one page fault costs on this machine, in microseconds: measured in the same process by
   * touching a fresh 16 MiB buffer. About 1 or less on bare metal; 11-15 in the virtual machine the
   * targets were measured on (a PVM guest, whose page tables the hypervisor shadows), where the
   * faults of a 10,000-article run come to 0.5-0.6 s.
   */
  faultMicros: number
  /**
   * natural's WordTokenizer alone over the same texts: the median of three passes, one before
   * the pipeline and two after it.
   */
  tokenizer: number
  tokens: number
  /** Worker statistics (parallel runs only). */
  stats: ParallelStats | null
  /**
   * The share of the sentences that may hold a claim which repeat an earlier one word for word
   * (read once per run, see src/claims/extract.ts): how much the corpus repeats itself, which the
   * speed of extraction depends on. Not timed.
   */
  repeated: number
}

const now = () => performance.now()
const faultsNow = () => process.resourceUsage().minorPageFault

/** Microseconds per page fault on this machine (see Row.faultMicros). */
export function faultMicros(mib = 16): number {
  const f0 = faultsNow()
  const t = now()
  const b = Buffer.allocUnsafeSlow(mib * 2 ** 20)
  for (let i = 0; i < b.length; i += 4096) b[i] = 1
  const ms = now() - t
  const faults = faultsNow() - f0
  return faults > 0 ? (ms * 1000) / faults : 0
}

const cpuNow = () => {
  const u = process.resourceUsage()
  return (u.userCPUTime + u.systemCPUTime) / 1000
}

/** Runs one size with `workers` workers (0: the single-threaded pipeline), in this process. */
export async function measure(
  size: number,
  workers: number,
  corpus: Pick<BenchOptions, "seed" | "days" | "withStory"> &
    Partial<Pick<BenchOptions, "command" | "readFirst">>,
): Promise<Row> {
  const { seed, days, withStory } = corpus
  const dir = mkdtempSync(join(tmpdir(), "reconcile-bench-"))
  try {
    // Before anything else, so that its buffer is not memory the run would have had anyway.
    const perFault = faultMicros()
    // Warm-up: the modules' first use and the JIT, on a small corpus of other articles.
    const warm = generateCorpus({ n: 60, seed: seed + 1000, days, withStory })
    for (const d of warm) tokenizeWords(d.text)
    const warmReport = reconcileInputs({ documents: warm, skipped: [], warnings: [] })
    reportSize(warmReport, "json")
    reportSize(warmReport, "md")
    // The sentences read so far are forgotten: a run starts with none (the CLI's does), and the
    // warm-up's stock sentences, or an earlier measure's (--in-process), must not be read for free.
    forgetReadings()

    const file = join(dir, "corpus.jsonl")
    await writeJsonl(generateDocuments({ n: size, seed, days, withStory, file: "corpus.jsonl" }), file)

    const cpu0 = cpuNow()
    const faults0 = faultsNow()
    let t = now()
    const inputs = await Effect.runPromise(readInputs([file]).pipe(Effect.provide(NodeContext.layer)))
    const ingest = now() - t
    let bytes = 0
    for (const d of inputs.documents) bytes += Buffer.byteLength(d.text)

    const cpuIngest = cpuNow() - cpu0
    const faultsIngest = faultsNow() - faults0
    let tokens = 0
    /** One pass of the tokenizer over every text: milliseconds. */
    const tokenizerPass = (): number => {
      const t0 = now()
      tokens = 0
      for (const d of inputs.documents) tokens += tokenizeWords(d.text).length
      return now() - t0
    }
    const tokenizerTimes = [tokenizerPass()]
    const early = corpus.readFirst ? readFirst(inputs) : null
    const cpu1 = cpuNow()
    const faults1 = faultsNow()

    const times: StageTimes = { extract: 0, group: 0 }
    let stats: ParallelStats | null = null
    t = now()
    let report: ReturnType<typeof reconcileInputs>
    if (early) report = early(times)
    else if (workers < 1) report = reconcileInputs(inputs, times)
    else {
      stats = { workers: 0, chunks: 0, chunksOnMain: 0, chunksInWorkers: 0, startupMs: 0, fellBack: null }
      report = await Effect.runPromise(
        reconcileInputsParallel(inputs, { workers, times, stats, minDocuments: 0 }),
      )
    }
    const reconcile = now() - t
    t = now()
    // The report's bytes as the command makes them for its file: rendered and encoded as it
    // goes, a block at a time (see renderReport); the blocks are counted here, not written.
    const json = reportSize(report, "json")
    const tJson = now() - t
    t = now()
    const md = reportSize(report, "md")
    const tMd = now() - t
    const cpu = cpuIngest + cpuNow() - cpu1
    const faults = faultsIngest + faultsNow() - faults1
    // Two more passes, after the pipeline: the median of the three, so that a moment of the
    // neighbours' load during one pass (seen to halve it) does not make the ratio.
    tokenizerTimes.push(tokenizerPass(), tokenizerPass())
    const tokenizer = [...tokenizerTimes].sort((a, b) => a - b)[1]!
    const cli =
      corpus.command === false || early
        ? null
        : timeCommand(["--workers", String(workers), "-o", join(dir, "report.md"), file])
    let candidates = 0
    const distinct = new Set<string>()
    for (const d of inputs.documents)
      for (const s of sentencesOf(d)) {
        candidates++
        distinct.add(s.text)
      }
    return {
      size,
      workers,
      ...(early ? { readFirst: true } : {}),
      documents: inputs.documents.length,
      bytes,
      claims: report.claims.length,
      groups: report.groups.length,
      ingest,
      extract: times.extract,
      reconcile: reconcile - times.extract,
      json: tJson,
      markdown: tMd,
      total: ingest + reconcile + tMd,
      totalJson: ingest + reconcile + tJson,
      cpu,
      cli,
      jsonBytes: json,
      markdownBytes: md,
      peakRss: process.resourceUsage().maxRSS * 1024,
      faults,
      faultMicros: perFault,
      tokenizer,
      tokens,
      stats,
      repeated: candidates === 0 ? 0 : 1 - distinct.size / candidates,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * `reconcileInputs` with reading made free: reads every distinct sentence of the inputs now, and
 * gives the pipeline that then only looks the readings up (the same report, byte for byte). Its
 * time is that of everything but reading: ingest, cutting the documents into sentences, making
 * the claims, grouping, judging and the report. Reading happens before the clock starts, so some
 * of the code it shares with the rest is compiled by then: a lower bound, if anything. The
 * readings are dropped once the claims are made, as the pipeline drops its own: run it once.
 */
export function readFirst(inputs: Inputs): (times?: StageTimes) => Report {
  const documents = [...inputs.documents].sort(byId)
  const readings = new Map<string, Reading>()
  for (const d of documents)
    for (const s of sentencesOf(d)) if (!readings.has(s.text)) readings.set(s.text, readSentence(s.text))
  const read = (text: string) => readings.get(text)!
  return (times) => {
    const t = now()
    const extracted = documents.flatMap((d) => claimsOf(d, sentencesOf(d), read))
    readings.clear()
    if (times) times.extract += now() - t
    return reportFromClaims(documents, extracted, inputs, times)
  }
}

/** Renders the report as the command does for its file; returns its size in bytes. */
function reportSize(report: Report, format: ReportFormat): number {
  let size = 0
  renderReport(report, format, (bytes) => {
    size += bytes.length
  })
  return size
}

const BIN = fileURLToPath(new URL("../bin/reconcile.js", import.meta.url))

/**
 * Runs the command once, untimed, so that its modules are in the file cache, as for a user's
 * second run (the command is the compiled dist/, built by `npm ci`).
 */
function prepareCommand(): void {
  const r = spawnSync(process.execPath, [BIN, "--version"], { stdio: "ignore" })
  if (r.status !== 0) throw new Error(`bin/reconcile.js --version exited with ${r.status}`)
}

/** Milliseconds of one run of the command, in a process of its own. */
function timeCommand(args: ReadonlyArray<string>): number {
  prepareCommand()
  const t = now()
  const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ["ignore", "ignore", "pipe"] })
  const ms = now() - t
  if (r.status !== 0) throw new Error(`bin/reconcile.js exited with ${r.status}: ${r.stderr}`)
  return ms
}

const MARK = "BENCH_ROW "

/** Runs `measure` in a child process of its own, with this process's node flags (tsx, --cpu-prof). */
function measureInChild(size: number, workers: number, readFirst: boolean, o: BenchOptions): Promise<Row> {
  const script = new URL(import.meta.url).pathname
  const args = [
    ...process.execArgv,
    script,
    "--child",
    `--sizes=${size}`,
    `--workers=${workers}`,
    `--seed=${o.seed}`,
    `--days=${o.days}`,
    ...(o.withStory ? [] : ["--no-story"]),
    ...(o.command ? [] : ["--no-command"]),
    ...(readFirst ? ["--read-first"] : []),
  ]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    child.stdout.setEncoding("utf8")
    child.stdout.on("data", (s: string) => {
      out += s
    })
    child.on("error", reject)
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith(MARK))
      if (code !== 0 || line === undefined)
        reject(new Error(`benchmark child (size ${size}, ${workers} workers) exited with ${code}`))
      else resolve(JSON.parse(line.slice(MARK.length)) as Row)
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Reporting

const MB = 1e6
const GiB = 1024 ** 3
const rate = (n: number, ms: number) => (ms > 0 ? n / (ms / 1000) : 0)
const mbps = (r: Row, total = r.total) => rate(r.bytes / MB, total)
const tokMbps = (r: Row) => rate(r.bytes / MB, r.tokenizer)
/** The pipeline's throughput as a share of the tokenizer's, for a run of `total` ms: "6.7%". */
const ratio = (r: Row, total: number) => `${((100 * mbps(r, total)) / tokMbps(r)).toFixed(1)}%`
const secs = (ms: number) => (ms / 1000).toFixed(2)
const threads = (w: number) => (w < 1 ? "main thread only" : `main thread + ${w} worker${w > 1 ? "s" : ""}`)
const int = (n: number) => Math.round(n).toLocaleString("en-US")

export function formatTable(rows: ReadonlyArray<Row>): string {
  const head = [
    "articles",
    "threads",
    "MB",
    "claims",
    "md run s",
    "json run s",
    "cpu s",
    "command s",
    "articles/s",
    "MB/s",
    "claims/s",
    "peak RSS",
    "page faults",
    "faults s",
    "ingest s",
    "extract s",
    "group+judge s",
    "json s",
    "md s",
    "tokenizer MB/s",
    "pipeline/tokenizer (md, json)",
    "repeated sentences",
  ]
  const body = rows.map((r) => [
    int(r.size),
    r.readFirst
      ? "main only, read first"
      : r.workers < 1
        ? "main only"
        : `main + ${r.workers}${r.stats ? ` (${r.stats.chunksInWorkers}/${r.stats.chunks} in workers)` : ""}`,
    (r.bytes / MB).toFixed(1),
    int(r.claims),
    secs(r.total),
    secs(r.totalJson),
    secs(r.cpu),
    r.cli === null ? "-" : secs(r.cli),
    int(rate(r.documents, r.total)),
    mbps(r).toFixed(2),
    int(rate(r.claims, r.total)),
    `${int(r.peakRss / 2 ** 20)} MiB`,
    int(r.faults),
    `${secs((r.faults * r.faultMicros) / 1000)} (${r.faultMicros.toFixed(1)} us)`,
    secs(r.ingest),
    secs(r.extract),
    secs(r.reconcile),
    secs(r.json),
    secs(r.markdown),
    tokMbps(r).toFixed(1),
    `${ratio(r, r.total)}, ${ratio(r, r.totalJson)}`,
    `${(100 * r.repeated).toFixed(0)}%`,
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cells: ReadonlyArray<string>) =>
    `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(" | ")} |`
  return [line(head), `|${widths.map((w) => `${"-".repeat(w + 1)}:`).join("|")}|`, ...body.map(line)].join(
    "\n",
  )
}

export interface Check {
  readonly name: string
  readonly workers: number
  readonly pass: boolean
  readonly detail: string
}

/** The targets, checked on the runs of the pipeline as it is (not on --read-first runs). */
export function checks(all: ReadonlyArray<Row>): Check[] {
  const out: Check[] = []
  const rows = all.filter((r) => !r.readFirst)
  const modes = [...new Set(rows.map((r) => r.workers))]
  for (const w of modes) {
    const mine = rows.filter((r) => r.workers === w).sort((a, b) => a.size - b.size)
    for (const r of mine.filter((x) => x.size >= 10_000)) {
      const limit = 60_000 * (r.size / 10_000)
      out.push({
        name: `${int(r.size)} articles in <= ${secs(limit)} s`,
        workers: w,
        pass: Math.max(r.total, r.totalJson) <= limit,
        detail: `${secs(r.total)} s with the Markdown report, ${secs(r.totalJson)} s with the JSON`,
      })
      out.push({
        name: `${int(r.size)} articles in <= 2 GiB`,
        workers: w,
        pass: r.peakRss <= 2 * GiB,
        detail: `${int(r.peakRss / 2 ** 20)} MiB peak RSS`,
      })
    }
    for (let i = 1; i < mine.length; i++) {
      const a = mine[i - 1]!
      const b = mine[i]!
      const k = b.size / a.size
      // CPU time: on a shared machine, wall-clock time swings with the neighbours' load.
      out.push({
        name: `${k}x the articles (${int(a.size)} -> ${int(b.size)}) costs <= ${(1.2 * k).toFixed(1)}x the time`,
        workers: w,
        pass: b.cpu / a.cpu <= 1.2 * k,
        detail: `${(b.cpu / a.cpu).toFixed(2)}x CPU time (${(b.total / a.total).toFixed(2)}x wall-clock)`,
      })
    }
    for (const r of mine)
      for (const [format, total] of [
        ["Markdown", r.total],
        ["JSON", r.totalJson],
      ] as const)
        out.push({
          name: `${int(r.size)} articles, ${format} report: pipeline >= 10% of tokenizer-alone throughput`,
          workers: w,
          pass: mbps(r, total) >= 0.1 * tokMbps(r),
          detail: `${ratio(r, total)} (${mbps(r, total).toFixed(2)} vs ${tokMbps(r).toFixed(1)} MB/s)`,
        })
  }
  return out
}

/** What the --read-first runs bound: the pipeline's share of the tokenizer with reading made free. */
export const formatBounds = (rows: ReadonlyArray<Row>): string =>
  rows
    .filter((r) => r.readFirst)
    .map(
      (r) =>
        `BOUND [main thread only, sentences read first] ${int(r.size)} articles: everything but reading ` +
        `is ${ratio(r, r.total)} (Markdown), ${ratio(r, r.totalJson)} (JSON) of tokenizer-alone throughput`,
    )
    .join("\n")

export const formatChecks = (cs: ReadonlyArray<Check>): string =>
  cs.map((c) => `${c.pass ? "PASS" : "FAIL"}  [${threads(c.workers)}] ${c.name}: ${c.detail}`).join("\n")

/** The run whose Markdown run time is the median (the lower middle one of an even number). */
export const medianRun = (runs: ReadonlyArray<Row>): Row | undefined =>
  [...runs].sort((a, b) => a.total - b.total)[Math.floor((runs.length - 1) / 2)]

// ---------------------------------------------------------------------------------------------

async function main(argv: ReadonlyArray<string>) {
  const o = parseArgs(argv)
  if (argv.includes("--child")) {
    const row = await measure(o.sizes[0]!, o.workers, o)
    process.stdout.write(`${MARK}${JSON.stringify(row)}\n`)
    return
  }
  // The modes of each size: the main thread alone, with workers, and with reading made free.
  const modes: Array<{ workers: number; readFirst: boolean }> = [
    { workers: 0, readFirst: false },
    ...(o.workers >= 1 ? [{ workers: o.workers, readFirst: false }] : []),
    ...(o.readFirst ? [{ workers: 0, readFirst: true }] : []),
  ]
  const rows: Row[] = []
  const failed: string[] = []
  for (const size of o.sizes) {
    const runs = new Map<(typeof modes)[number], Row[]>(modes.map((m) => [m, []]))
    for (let k = 0; k < o.repeat; k++)
      // Repeats alternate the modes' order: on this machine the second of two runs in a row was
      // seen to be faster, whichever it was.
      for (const m of k % 2 === 0 ? modes : [...modes].reverse()) {
        const of = o.repeat > 1 ? ` (${k + 1} of ${o.repeat})` : ""
        const what = `${int(size)} articles, ${threads(m.workers)}${m.readFirst ? ", sentences read first" : ""}`
        process.stderr.write(`bench: ${what}${of}...\n`)
        try {
          runs
            .get(m)!
            .push(
              o.inProcess
                ? await measure(size, m.workers, { ...o, readFirst: m.readFirst })
                : await measureInChild(size, m.workers, m.readFirst, o),
            )
        } catch (e) {
          // One run that fails (a source file mid-edit, say) does not lose the others.
          failed.push(`${what}: ${e instanceof Error ? e.message : String(e)}`)
        }
      }
    for (const m of modes) {
      const median = medianRun(runs.get(m)!)
      if (median) rows.push(median)
    }
  }
  const cs = checks(rows)
  if (o.json) process.stdout.write(`${JSON.stringify({ rows, checks: cs, failed }, null, 2)}\n`)
  else {
    const first = rows[0]
    process.stdout.write(
      `reconcile benchmark: node ${process.version}, seed ${o.seed}, stories over ${o.days} days${o.withStory ? "" : ", documents without story"}` +
        `${first ? `, ~${int(first.bytes / first.documents)} bytes/article` : ""}\n\n` +
        `${formatTable(rows)}\n\n${formatChecks(cs)}\n` +
        (o.readFirst ? `${formatBounds(rows)}\n` : ""),
    )
    for (const r of rows)
      if (r.stats?.fellBack)
        process.stdout.write(`note: a worker failed (${r.stats.fellBack}); the main thread took over\n`)
  }
  if (!o.json) for (const f of failed) process.stdout.write(`FAIL  run did not complete: ${f}\n`)
  if (failed.length > 0 || (o.strict && cs.some((c) => !c.pass && c.workers === o.workers)))
    process.exitCode = 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main(process.argv.slice(2))
