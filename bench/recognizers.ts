/**
 * Measures src/claims/numbers.ts against Microsoft Recognizers-Text's English specs
 * (tests/external/recognizers-text, MIT): Number/NumberModel.json,
 * Number/NumberRangeModel.json and NumberWithUnit/CurrencyModel.json.
 *
 *   node --import tsx bench/recognizers.ts [--verbose] [--file number|range|currency] [--speed]
 *
 * A case passes when every expected result with a value is carried by one of our mentions that
 * overlaps the expected span:
 *   - NumberModel: a mention whose exact value (min === max), stated bound (`stated.lo`/`hi`) or
 *     proportion (`ratio`, "one out of three") equals the expected value;
 *   - NumberRangeModel: a mention whose stated interval equals the expected one, ends and
 *     openness. Recognizers writes a two-number range ("between 20 and 30", "20 to 30", "20-30")
 *     half-open, "[20,30)"; we read those as closed ranges [20, 30], and count that as a match;
 *   - CurrencyModel: a money mention with the expected amount and currency. Recognizers names
 *     currencies ("Dollar", "Pound", "Cent"); those are mapped to the ISO 4217 codes we use (a bare
 *     "Dollar" is USD, "Cent" our USX, "Pence" our GBX), and `isoCurrency` is used when given.
 *     A result without a value (a currency word alone, "dollar") is not asked for.
 * A case without results is a negative. What it says depends on the model: NumberModel, no figure
 * (isFigure) at all; NumberRangeModel, no bounded figure (approx other than "exact"); CurrencyModel,
 * no money. The stricter reading (no figure at all, whatever the model) is printed as well.
 *
 * It is a measurement, not a test: it always exits 0. Output is deterministic.
 */
import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { findNumbers, isFigure, type NumberMention } from "../src/claims/numbers.ts"

export const RECOGNIZERS_DIR =
  process.env.RECONCILE_RECOGNIZERS ??
  fileURLToPath(new URL("../tests/external/recognizers-text/", import.meta.url))

interface SpecResult {
  readonly Text: string
  readonly TypeName?: string
  readonly Resolution?: {
    readonly value?: string | null
    readonly unit?: string
    readonly isoCurrency?: string
  } | null
  readonly Start: number
  readonly End: number
}
interface SpecCase {
  readonly Input: string
  readonly NotSupported?: string
  readonly Results: readonly SpecResult[]
}

type Model = "number" | "range" | "currency"
export const FILES: Record<Model, string> = {
  number: "Number/English/NumberModel.json",
  range: "Number/English/NumberRangeModel.json",
  currency: "NumberWithUnit/English/CurrencyModel.json",
}

export function loadSpec(model: Model, dir = RECOGNIZERS_DIR): SpecCase[] {
  const raw = readFileSync(dir + FILES[model], "utf8").replace(/^\uFEFF/, "")
  return JSON.parse(raw) as SpecCase[]
}

/** Recognizers' currency names -> ISO 4217 (and our minor-unit codes). */
const UNIT_CODES: Record<string, string> = {
  Dollar: "USD",
  "United States dollar": "USD",
  Pound: "GBP",
  "British pound": "GBP",
  Euro: "EUR",
  Cent: "USX",
  Pence: "GBX",
  Penny: "GBX",
  Franc: "CHF",
  "Swiss franc": "CHF",
  Rupee: "INR",
  Peseta: "ESP",
  "Finnish markka": "FIM",
  "Netherlands guilder": "NLG",
  Bitcoin: "BTC",
  Satoshi: "SAT",
  Sen: "SEN",
  "Japanese yen": "JPY",
  "Chinese yuan": "CNY",
}
const codeOf = (r: SpecResult): string | null => {
  const iso = r.Resolution?.isoCurrency
  if (iso) return iso
  const u = r.Resolution?.unit
  return u ? (UNIT_CODES[u] ?? u) : null
}

const close = (a: number | null | undefined, b: number) =>
  a !== null && a !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))

const overlaps = (m: NumberMention, r: SpecResult) => m.start <= r.End && m.end > r.Start

/** "[20,30)", "(30,)", "(,100]", "[20,20]" */
function parseInterval(s: string) {
  const m = /^([[(])\s*(-?[\d.eE+]*)\s*,\s*(-?[\d.eE+]*)\s*([\])])$/.exec(s)
  if (m === null) return null
  return {
    lo: m[2] === "" ? null : Number(m[2]),
    hi: m[3] === "" ? null : Number(m[3]),
    loOpen: m[1] === "(",
    hiOpen: m[4] === ")",
  }
}

function carriesNumber(m: NumberMention, v: number): boolean {
  if (m.min !== null && m.min === m.max && close(m.min, v)) return true
  if (m.stated && (close(m.stated.lo, v) || close(m.stated.hi, v))) return true
  return m.ratio !== undefined && close(m.ratio, v)
}

function carriesRange(m: NumberMention, s: string): boolean {
  const want = parseInterval(s)
  if (want === null) return false
  const got = m.stated ?? { lo: m.min, hi: m.max, loOpen: m.min === null, hiOpen: m.max === null }
  const same = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && close(a, b))
  if (!same(got.lo, want.lo) || !same(got.hi, want.hi)) return false
  if (want.lo !== null && got.loOpen !== want.loOpen) return false
  if (want.hi !== null && got.hiOpen !== want.hiOpen) {
    // Recognizers' half-open two-number range: "between 20 and 30" -> [20,30).
    const halfOpen = want.lo !== null && !want.loOpen && want.hiOpen && !got.hiOpen && m.approx !== "exact"
    if (!halfOpen) return false
  }
  return true
}

/** A money mention with the amount as written (exact, or the figure of a bound: "about $ 14 million"). */
function carriesMoney(m: NumberMention, r: SpecResult): boolean {
  const v = Number(r.Resolution?.value)
  if (m.kind !== "money" || m.currency !== codeOf(r)) return false
  return (
    (m.min === m.max && close(m.min, v)) ||
    (m.stated !== undefined && (close(m.stated.lo, v) || close(m.stated.hi, v)))
  )
}

export interface Outcome {
  readonly model: Model
  readonly c: SpecCase
  readonly pass: boolean
  readonly strictNegativePass: boolean
  readonly found: readonly NumberMention[]
}

export function evaluate(model: Model, c: SpecCase): Outcome {
  const found = findNumbers(c.Input)
  const wanted = c.Results.filter((r) => r.Resolution?.value !== null && r.Resolution?.value !== undefined)
  let pass: boolean
  if (c.Results.length === 0) {
    pass =
      model === "number"
        ? !found.some(isFigure)
        : model === "range"
          ? !found.some((m) => isFigure(m) && m.approx !== "exact")
          : !found.some((m) => m.kind === "money")
  } else {
    pass = wanted.every((r) => {
      const near = found.filter((m) => overlaps(m, r))
      if (model === "number") return near.some((m) => carriesNumber(m, Number(r.Resolution!.value)))
      if (model === "range") return near.some((m) => carriesRange(m, String(r.Resolution!.value)))
      return near.some((m) => carriesMoney(m, r))
    })
  }
  return { model, c, pass, strictNegativePass: c.Results.length > 0 || !found.some(isFigure), found }
}

/** A coarse label for what a case exercises, for the failure breakdown. */
export function category(model: Model, c: SpecCase): string {
  const s = c.Input
  if (c.Results.length === 0) return `${model}: negative (nothing expected)`
  if (model === "range") {
    if (/\b(and|but)\b|,/.test(c.Results[0]?.Text ?? "")) return "range: two-sided bound or range"
    if (/\bin\b|\d\s*\/\s*\d/.test(s)) return "range: proportion inside a bound"
    return "range: one-sided bound"
  }
  if (model === "currency") {
    if (
      /\b(cents?|pence|penny)\b/i.test(s) &&
      c.Results.some((r) => /dollar/i.test(r.Resolution?.unit ?? ""))
    )
      return "currency: dollars and cents"
    if (c.Results.some((r) => /Cent|Pence|Penny|Satoshi|Sen/.test(r.Resolution?.unit ?? "")))
      return "currency: minor or rare unit"
    if (/\b[A-Z]{3,4}\b/.test(s)) return "currency: ISO code"
    return "currency: symbol or name"
  }
  if (/\d\s*\/\s*\d|[½⅓⅔¼¾⅙]/.test(s)) return "number: fraction in digits"
  if (
    /\b(half|halves|quarters?|thirds?|\w+ths?|fifths?|eighths?|ninths?|firsts|over|out of|in)\b/i.test(s) &&
    /[a-z]{3}/i.test(s)
  )
    return "number: fraction or ratio in words"
  if (/\d[eE^]|x10/.test(s)) return "number: exponent"
  if (/(^|\s)[-−]|\b(minus|negative)\b/.test(s)) return "number: negative"
  if (/\d[/:-]\d|\+\d/.test(s)) return "number: date or phone"
  if (/\d[a-zA-Z]/.test(s)) return "number: digits with letters"
  return "number: other"
}

const show = (m: NumberMention) =>
  `${JSON.stringify(m.text)}:${m.kind}${m.min === m.max ? `=${m.min}` : `[${m.min},${m.max}]`}${m.currency ? ` ${m.currency}` : ""}${m.ratio !== undefined ? ` ratio=${m.ratio}` : ""}`

function main() {
  const args = process.argv.slice(2)
  const verbose = args.includes("--verbose")
  const only = args.includes("--file") ? (args[args.indexOf("--file") + 1] as Model) : null
  const models: Model[] = only ? [only] : ["number", "range", "currency"]
  const all: Outcome[] = []
  console.log("Recognizers-Text English specs, read by src/claims/numbers.ts\n")
  for (const model of models) {
    const cases = loadSpec(model)
    const outcomes = cases.map((c) => evaluate(model, c))
    all.push(...outcomes)
    const ok = outcomes.filter((o) => o.pass).length
    const neg = outcomes.filter((o) => o.c.Results.length === 0)
    const strict = neg.filter((o) => o.strictNegativePass).length
    console.log(
      `${FILES[model].padEnd(42)} ${String(ok).padStart(3)}/${String(cases.length).padEnd(3)} ${((100 * ok) / cases.length).toFixed(1).padStart(5)}%` +
        `   (negatives: ${neg.filter((o) => o.pass).length}/${neg.length}; under the strict reading, no figure at all: ${strict}/${neg.length})`,
    )
  }
  const ok = all.filter((o) => o.pass).length
  console.log(
    `${"overall".padEnd(42)} ${String(ok).padStart(3)}/${String(all.length).padEnd(3)} ${((100 * ok) / all.length).toFixed(1).padStart(5)}%`,
  )
  const target = 0.85
  console.log(`target ${target * 100}%: ${ok / all.length >= target ? "met" : "NOT met"}\n`)

  const failing = all.filter((o) => !o.pass)
  const byCat = new Map<string, Outcome[]>()
  for (const o of failing) {
    const k = category(o.model, o.c)
    byCat.set(k, [...(byCat.get(k) ?? []), o])
  }
  console.log(`Failing cases by category (${failing.length}):`)
  for (const [k, os] of [...byCat.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  )) {
    console.log(`  ${k}: ${os.length}`)
    for (const o of verbose ? os : os.slice(0, 3)) {
      const want =
        o.c.Results.map(
          (r) =>
            `${JSON.stringify(r.Text)}=${r.Resolution?.value ?? "-"}${r.Resolution?.unit ? ` ${codeOf(r)}` : ""}`,
        ).join(", ") || "nothing"
      console.log(
        `    ${JSON.stringify(o.c.Input)}${o.c.NotSupported ? ` [not supported by: ${o.c.NotSupported}]` : ""}`,
      )
      console.log(`      expected ${want}; got ${o.found.map(show).join(", ") || "nothing"}`)
    }
  }
}

/**
 * `--speed`: characters per second over the vendored corpus text (tests/corpus/dev, the seeds and
 * the NewsNLI premises), read sentence by sentence as the pipeline does, and over text without
 * numbers (the fast path). Printed on stderr: timings are not deterministic.
 */
function speed() {
  const root = fileURLToPath(new URL("../", import.meta.url))
  const read = (d: string, ext: string) =>
    readdirSync(root + d)
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => readFileSync(`${root}${d}/${f}`, "utf8"))
  const nli = readFileSync(`${root}tests/external/equate/NewsNLI.jsonl`, "utf8")
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as { premise: string }).premise)
  const text = [...read("tests/corpus/dev", ".md"), ...read("seeds", ".txt"), ...nli].join("\n")
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((x) => x.length > 0)
  const chars = sentences.reduce((a, x) => a + x.length, 0)
  const run = (texts: readonly string[], reps: number) => {
    let found = 0
    const t0 = performance.now()
    for (let r = 0; r < reps; r++) for (const x of texts) found += findNumbers(x).length
    return { secs: (performance.now() - t0) / 1000, found }
  }
  run(sentences, 5)
  const a = run(sentences, 40)
  const plain = [
    "The president met the delegation on Thursday and said the talks had been constructive. ".repeat(40),
  ]
  const b = run(plain, 2000)
  console.error(
    `speed: ${sentences.length} sentences, ${chars} chars, ${(a.found / 40).toFixed(0)} mentions: ` +
      `${((chars * 40) / a.secs / 1e6).toFixed(2)} M chars/s; text without numbers: ${((plain[0]!.length * 2000) / b.secs / 1e6).toFixed(0)} M chars/s`,
  )
}

const invoked = process.argv[1] ? new URL(`file://${process.argv[1]}`).href : ""
if (import.meta.url === invoked) {
  main()
  if (process.argv.includes("--speed")) speed()
}
