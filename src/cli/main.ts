/**
 * `reconcile`: the command line. Effect at the edges: files, arguments, exit codes.
 *
 * Whatever happens, stderr gets one line per problem and never a stack trace: usage errors are
 * reworded from @effect/cli's help text, failures are named, and a defect anywhere (even while the
 * modules load) is one "internal error" line. Exit status: 0 all read, 1 some inputs skipped,
 * 2 usage error, nothing read, or the run failed (130 when interrupted, by the shell's rule).
 * bin.ts answers --help, --version and --wizard before this module loads.
 */
import * as CliConfig from "@effect/cli/CliConfig"
import * as Command from "@effect/cli/Command"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as ValidationError from "@effect/cli/ValidationError"
import * as NodeContext from "@effect/platform-node/NodeContext"
import { Cause, Effect, Exit, Layer } from "effect"
import { VERSION } from "./help.ts"

const oneLine = (e: unknown): string => {
  const m =
    e instanceof Error
      ? e.message
      : typeof e === "object" && e !== null && "message" in e
        ? String(e.message)
        : String(e)
  return (m.split("\n").find((l) => l.trim() !== "") ?? m).trim()
}
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, "g")
const plain = (s: string) => s.replace(ANSI, "")

const die = (line: string): never => {
  try {
    process.stderr.write(`reconcile: ${line}\n`)
  } finally {
    process.exit(2)
  }
}
process.on("uncaughtException", (e) => die(`internal error: ${oneLine(e)}`))
process.on("unhandledRejection", (e) => die(`internal error: ${oneLine(e)}`))
// `reconcile ... | head`: the reader has gone; stop quietly, as other command-line tools do.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0)
  die(`cannot write the report to stdout: ${oneLine(e)}`)
})

let commands: typeof import("./commands.ts")
try {
  commands = await import("./commands.ts")
} catch (e) {
  die(`internal error: ${oneLine(e)}`)
}
const { quantitiesCommand, reconcileCommand } = commands!

const cli = Command.run(reconcileCommand.pipe(Command.withSubcommands([quantitiesCommand])), {
  name: "reconcile",
  version: VERSION,
})

const say = (line: string, code: number) =>
  Effect.sync(() => {
    process.stderr.write(`reconcile: ${line}\n`)
    process.exitCode = code
  })

/** A usage error in one line, from the help text @effect/cli would have printed. */
const usage = (e: ValidationError.ValidationError) => {
  const what = plain(HelpDoc.toAnsiText(e.error)).replace(/\s+/g, " ").trim()
  // A cluster of short flags ("-abc") that are not options comes with no text.
  const cluster = process.argv.slice(2).find((a) => /^-[^-]{2,}$/.test(a))
  const said = what || (cluster ? `unknown option ${cluster}` : "invalid command line")
  return `${said} (see reconcile --help)`
}

const program = Effect.flatMap(Effect.console, (console) =>
  cli(process.argv).pipe(
    // @effect/cli prints a usage error's text over several lines, in colour: keep it quiet and
    // say it in one line below. Help and version keep their colour only on a terminal.
    Effect.withConsole({
      ...console,
      error: () => Effect.void,
      log: (...args: ReadonlyArray<unknown>) =>
        console.log(
          ...(process.stdout.isTTY ? args : args.map((a) => (typeof a === "string" ? plain(a) : a))),
        ),
    }),
  ),
)

// Not NodeRuntime.runMain: its SIGINT handler interrupts the fiber, which cannot happen while a
// long pure stage runs, so Ctrl-C would do nothing for minutes. With no handler, Ctrl-C ends the
// process at once (exit 130); writeAtomically removes its temporary file if it is writing then.
const keepAlive = setInterval(() => {}, 2 ** 31 - 1)
Effect.runFork(
  program.pipe(
    Effect.catchIf(ValidationError.isValidationError, (e) => say(usage(e), 2)),
    Effect.catchTags({
      // Every input has had its line already.
      NothingToReconcile: () =>
        Effect.sync(() => {
          process.exitCode = 2
        }),
      CannotWriteReport: (e) => say(`cannot write ${e.path}: ${e.reason}; nothing was written`, 2),
    }),
    Effect.catchAll((e) => say(oneLine(e), 2)),
    Effect.catchAllDefect((d) => say(`internal error: ${oneLine(d)}`, 2)),
    Effect.provide(Layer.mergeAll(NodeContext.layer, CliConfig.layer({ showBuiltIns: false }))),
  ),
).addObserver((exit) => {
  clearInterval(keepAlive)
  if (Exit.isFailure(exit)) die(`internal error: ${oneLine(Cause.squash(exit.cause))}`)
})
