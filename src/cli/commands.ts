import { Args, Command, Options } from "@effect/cli"
import { FileSystem } from "@effect/platform"
import { Console, Effect, Option } from "effect"
import { findNumbers } from "../claims/numbers.ts"
import { readInputs } from "../ingest/readInputs.ts"
import { reconcileInputs } from "../pipeline.ts"
import { renderJson } from "../report/json.ts"
import { renderMarkdown } from "../report/markdown.ts"
import { writeAtomically } from "./output.ts"

const paths = Args.text({ name: "PATH" }).pipe(
  Args.withDescription(
    "Articles to reconcile: .txt, .md (with YAML front matter) or .jsonl files, or folders of them",
  ),
  Args.repeated,
)
const format = Options.choice("format", ["md", "json"]).pipe(
  Options.withDescription(
    "The report's format: md (Markdown, the default) or json (the contract in the README)",
  ),
  Options.withDefault("md"),
)
const output = Options.file("output").pipe(
  Options.withAlias("o"),
  Options.withDescription("Write the report to FILE, atomically, instead of stdout"),
  Options.optional,
)

/** One line on stderr per skipped input and per warning, naming the file and the reason. */
const tell = (kind: string, path: string, reason: string) =>
  Console.error(`reconcile: ${kind} ${path}: ${reason}`)

export const reconcileCommand = Command.make("reconcile", { paths, format, output }, (args) =>
  Effect.gen(function* () {
    const inputs = yield* readInputs(args.paths.length > 0 ? args.paths : ["seeds"])
    for (const s of inputs.skipped) yield* tell("skipped", s.path, s.reason)
    for (const w of inputs.warnings) yield* tell("warning", w.path, w.message)
    if (inputs.documents.length === 0) {
      yield* Console.error("reconcile: nothing to reconcile: no input could be read")
      process.exitCode = 2
      return
    }
    const report = reconcileInputs(inputs)
    const text = args.format === "json" ? renderJson(report) : renderMarkdown(report)
    if (Option.isSome(args.output)) yield* writeAtomically(args.output.value, text)
    else yield* Effect.sync(() => process.stdout.write(text))
    process.exitCode = inputs.skipped.length > 0 ? 1 : 0
  }),
).pipe(
  Command.withDescription(
    "Reconcile news articles into a report of agreements, conflicts and thinly sourced claims",
  ),
)

const lines = Args.text({ name: "FILE" }).pipe(
  Args.withDescription("Files of text lines to read (default: stdin)"),
  Args.repeated,
)

export const quantitiesCommand = Command.make("quantities", { files: lines }, ({ files }) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const texts: string[] = []
    if (files.length === 0) texts.push(yield* readStdin)
    else
      for (const f of files)
        texts.push(yield* fs.readFileString(f).pipe(Effect.mapError(() => new Error(`${f}: cannot read`))))
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
  }),
).pipe(
  Command.withDescription(
    "Print, for each input line, the quantities the tool reads in it (one JSON line each)",
  ),
)

const readStdin = Effect.promise(async () => {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString("utf8")
})
