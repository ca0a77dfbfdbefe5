import { availableParallelism } from "node:os"
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as Options from "@effect/cli/Options"
import * as ValidationError from "@effect/cli/ValidationError"
import * as FileSystem from "@effect/platform/FileSystem"
import { Effect, Option } from "effect"
import { findNumbers } from "../claims/numbers.ts"
import type { Skipped, Warning } from "../domain/Document.ts"
import { comparePaths } from "../ingest/duplicates.ts"
import { describeError, NothingToReconcile, UnreadableInput } from "../ingest/errors.ts"
import { MAX_BYTES, readInputs, type TextInput } from "../ingest/readInputs.ts"
import { decodeBytes } from "../ingest/text.ts"
import { defaultWorkers, progressLine, reconcileInputsParallel } from "../parallel/index.ts"
import { renderReport, reportBytes } from "../report/bytes.ts"
import { USAGE } from "./help.ts"
import { loadLexicon } from "./lexicon.ts"
import { forTerminal, writeAtomically } from "./output.ts"
import { looksLikeHtml, readBounded, STDIN, stdinHasData } from "./stdin.ts"

/** Options that take a value: named alone at the end of the line, they lack it. */
const VALUED = new Set(["--format", "--output", "-o", "--workers", "--lexicon"])

/**
 * @effect/cli hands an argument it does not know as an option to the positional arguments; here
 * one that starts with "-" is a usage error instead (a file named so is given after "--", or as
 * ./-name).
 */
const noOptions = <A extends ReadonlyArray<string>>(args: Args.Args<A>) =>
  Args.mapEffect(args, (values) => {
    // After "--", anything is a path, as in other command-line tools.
    const end = process.argv.indexOf("--")
    const forced = new Set(end === -1 ? [] : process.argv.slice(end + 1))
    const bad = values.find((v) => v.length > 1 && v.startsWith("-") && !forced.has(v))
    if (bad === undefined) return Effect.succeed(values)
    const name = bad.replace(/=.*$/, "")
    return Effect.fail(
      HelpDoc.p(VALUED.has(name) ? `option ${name} needs a value` : `unknown option ${name}`),
    )
  })

const paths = Args.text({ name: "PATH" }).pipe(
  Args.withDescription(
    "Articles to reconcile: .txt, .md (with YAML front matter), .jsonl or .html files, or folders of them",
  ),
  Args.repeated,
  noOptions,
)
const format = Options.choice("format", ["md", "json"]).pipe(
  Options.withDescription(
    "The report's format: md (Markdown, the default) or json (the contract in the README)",
  ),
  Options.withDefault("md"),
)
// Options.text, not Options.file: @effect/cli's own check of a file path dies on some paths
// (`-o a-file/x.md`); writeAtomically checks and says what is wrong in one line.
const output = Options.text("output").pipe(
  Options.withAlias("o"),
  Options.withPseudoName("FILE"),
  Options.withDescription("Write the report to FILE, atomically, instead of stdout"),
  Options.optional,
)

/** One line on stderr. Not through Console: main.ts keeps @effect/cli's own printing quiet. */
export const say = (line: string) => Effect.sync(() => void process.stderr.write(`reconcile: ${line}\n`))

/** One line per skipped input and per warning, naming the file (and line) and the reason. */
const tellAll = (skipped: ReadonlyArray<Skipped>, warnings: ReadonlyArray<Warning>) => {
  const lines = [
    ...skipped.map((s) => ({ path: s.path, line: `skipped ${s.path}: ${s.reason}` })),
    ...warnings.map((w) => ({ path: w.path, line: `warning ${w.path}: ${w.message}` })),
  ].sort((a, b) => comparePaths(a.path, b.path))
  return Effect.forEach(lines, (l) => say(forTerminal(l.line)), { discard: true })
}

/**
 * Exit status: 0 when every input was read, 1 when some were skipped (the report is still
 * written, and lists them), 2 when none could be read (NothingToReconcile) or the run failed.
 */
const workers = Options.integer("workers").pipe(
  Options.withDescription(
    "Worker threads for extraction beside the main thread (default: one per core but one; 0: none; at most one per core). Used only for large inputs; the report is the same",
  ),
  Options.mapEffect((n) =>
    n < 0
      ? Effect.fail(ValidationError.invalidValue(HelpDoc.p("--workers must be 0 or more")))
      : Effect.succeed(n),
  ),
  Options.optional,
)

/** Workers asked for, at most one per core: more only cost memory and time. Said when capped. */
const workersFor = (asked: Option.Option<number>) =>
  Effect.gen(function* () {
    const cores = availableParallelism()
    const n = Option.getOrElse(asked, defaultWorkers)
    if (n <= cores) return n
    yield* say(`--workers ${n} is more than the ${cores} cores: ${cores} used`)
    return cores
  })

const lexicon = Options.text("lexicon").pipe(
  Options.withPseudoName("FILE.yaml"),
  Options.withDescription(
    "Add a beat's words (actions, things) to the registry of claim semantics; see the README. Extraction then runs on the main thread only",
  ),
  Options.optional,
)

export const reconcileCommand = Command.make(
  "reconcile",
  { paths, format, output, workers, lexicon },
  (args) =>
    Effect.gen(function* () {
      if (Option.isSome(args.lexicon)) yield* loadLexicon(args.lexicon.value)
      // "-", or no PATH with a pipe or a file on standard input: standard input is one article.
      // No PATH and nothing piped (a terminal): the usage, as other command-line tools do.
      const fromStdin = args.paths.includes("-") || (args.paths.length === 0 && stdinHasData())
      if (args.paths.length === 0 && !fromStdin) {
        yield* Effect.sync(
          () =>
            void process.stderr.write(`reconcile: no input: name a PATH or pipe an article in\n${USAGE}\n`),
        )
        return yield* new NothingToReconcile({ reason: "no input" })
      }
      const texts: TextInput[] = []
      const unread: Skipped[] = []
      if (fromStdin) {
        const bytes = yield* readBounded().pipe(Effect.either)
        if (bytes._tag === "Left") unread.push({ path: STDIN, reason: bytes.left.reason })
        else
          texts.push({
            name: STDIN,
            content: bytes.right,
            format: looksLikeHtml(bytes.right) ? "html" : "text",
          })
      }
      const read = yield* readInputs(
        args.paths.filter((p) => p !== "-"),
        texts,
        { output: Option.getOrUndefined(args.output) },
      )
      const inputs = unread.length === 0 ? read : { ...read, skipped: [...unread, ...read.skipped] }
      yield* tellAll(inputs.skipped, inputs.warnings)
      if (inputs.documents.length === 0) {
        // Each input has had its line above; a run with no input at all gets one here.
        if (inputs.skipped.length === 0) yield* say("nothing to reconcile: no input could be read")
        return yield* new NothingToReconcile({ reason: "no input could be read" })
      }
      const report = yield* Effect.scoped(
        Effect.gen(function* () {
          // On stderr, only on a terminal, only for long runs; erased when the scope closes.
          const progress = yield* progressLine()
          return yield* reconcileInputsParallel(inputs, {
            // Worker threads hold the registry as built in; a lexicon's words are in this one only.
            workers: Option.isSome(args.lexicon) ? 0 : yield* workersFor(args.workers),
            progress,
          })
        }),
      )
      // Rendered and encoded as it goes, a block at a time (see renderReport): into the file's
      // temporary copy, renamed over FILE once complete; to standard output once all is rendered.
      if (Option.isSome(args.output))
        yield* writeAtomically(args.output.value, (write) => renderReport(report, args.format, write))
      else {
        const bytes = reportBytes(report, args.format)
        yield* Effect.sync(() => process.stdout.write(bytes))
      }
      process.exitCode = inputs.skipped.length > 0 ? 1 : 0
    }),
).pipe(
  Command.withDescription(
    "Reconcile news articles into a report of agreements, conflicts and thinly sourced claims",
  ),
)

const lines = Args.text({ name: "FILE" }).pipe(
  Args.withDescription('Files of text lines to read; "-" or none: standard input (bounded, as files are)'),
  Args.repeated,
  noOptions,
)

/** Same exit status as `reconcile`: 1 when some files could not be read, 2 when none could. */
export const quantitiesCommand = Command.make("quantities", { files: lines }, ({ files }) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const texts: string[] = []
    let unread = 0
    const named = files.length === 0 ? ["-"] : files
    for (const f of named) {
      // The main command's checks: a regular file within the size limit; stdin, bounded.
      const bytes: Effect.Effect<Uint8Array, UnreadableInput> =
        f === "-"
          ? readBounded()
          : fs.stat(f).pipe(
              Effect.mapError((e) => new UnreadableInput({ path: f, reason: describeError(e) })),
              Effect.filterOrFail(
                (info) => info.type === "File",
                (info) =>
                  new UnreadableInput({
                    path: f,
                    reason: info.type === "Directory" ? "is a folder" : "not a regular file",
                  }),
              ),
              Effect.filterOrFail(
                (info) => Number(info.size) <= MAX_BYTES,
                (info) =>
                  new UnreadableInput({
                    path: f,
                    reason: `too large (${Math.round(Number(info.size) / 2 ** 20)} MB; the limit is ${MAX_BYTES / 2 ** 20} MB)`,
                  }),
              ),
              Effect.zipRight(fs.readFile(f)),
              Effect.mapError((e) =>
                e instanceof UnreadableInput ? e : new UnreadableInput({ path: f, reason: describeError(e) }),
              ),
            )
      const text = yield* bytes.pipe(
        Effect.flatMap((bytes) => {
          const d = decodeBytes(bytes)
          return d._tag === "Text"
            ? Effect.succeed(d.text)
            : Effect.fail(new UnreadableInput({ path: f, reason: d.reason }))
        }),
        Effect.catchTag("UnreadableInput", (e) => Effect.as(say(`skipped ${e.path}: ${e.reason}`), null)),
      )
      if (text === null) unread++
      else texts.push(text)
    }
    if (unread === named.length) return yield* new NothingToReconcile({ reason: "no input could be read" })
    const out: string[] = []
    for (const text of texts)
      for (const line of text.split(/\r?\n/)) {
        if (line.trim() === "") continue
        const quantities = findNumbers(line).map((n) => ({
          text: n.text,
          start: n.start,
          end: n.end,
          value: n.min !== null && n.min === n.max ? n.min : { min: n.min, max: n.max },
          kind: n.kind,
          approx: n.approx,
          bound: n.bound,
          unit: n.unit,
          currency: n.currency,
        }))
        out.push(JSON.stringify({ text: line, quantities }))
      }
    yield* Effect.sync(() => process.stdout.write(out.length ? `${out.join("\n")}\n` : ""))
    process.exitCode = unread > 0 ? 1 : 0
  }),
).pipe(
  Command.withDescription(
    "Print, for each input line, the quantities the tool reads in it (one JSON line each)",
  ),
)
