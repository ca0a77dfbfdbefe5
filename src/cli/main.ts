/** `reconcile`: the command line. Effect at the edges: files, arguments, exit codes. */
import { CliConfig, Command, ValidationError } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import { quantitiesCommand, reconcileCommand } from "./commands.ts"

const cli = Command.run(reconcileCommand.pipe(Command.withSubcommands([quantitiesCommand])), {
  name: "reconcile",
  version: "0.1.0",
})

const oneLine = (e: unknown): string => {
  const m =
    e instanceof Error
      ? e.message
      : typeof e === "object" && e && "message" in e
        ? String(e.message)
        : String(e)
  return m.split("\n")[0] ?? m
}

cli(process.argv).pipe(
  Effect.catchAll((e) =>
    Effect.sync(() => {
      // @effect/cli has already printed a usage error's help; anything else gets one line.
      if (!ValidationError.isValidationError(e)) process.stderr.write(`reconcile: ${oneLine(e)}\n`)
      process.exitCode = 2
    }),
  ),
  Effect.catchAllDefect((d) =>
    Effect.sync(() => {
      process.stderr.write(`reconcile: internal error: ${oneLine(d)}\n`)
      process.exitCode = 2
    }),
  ),
  Effect.provide(Layer.mergeAll(NodeContext.layer, CliConfig.layer({ showBuiltIns: false }))),
  NodeRuntime.runMain({ disableErrorReporting: true }),
)
