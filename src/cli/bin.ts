#!/usr/bin/env node
/**
 * The `reconcile` command (package.json `bin`: dist/cli/bin.js). `--help`, `--version` and
 * `--wizard` are answered here, before Effect and the pipeline load; any other command line runs
 * main.ts.
 */
import { fastAnswer } from "./help.ts"

const answer = fastAnswer(process.argv.slice(2))
if (answer === null)
  await import("./main.ts").catch((e: unknown) => {
    // main.ts reports its own failures once loaded; this is a module that would not load.
    const why = (e instanceof Error ? e.message : String(e)).split("\n")[0]
    process.stderr.write(`reconcile: internal error: ${why}\n`)
    process.exitCode = 2
  })
else {
  if (answer.out !== "") process.stdout.write(answer.out)
  if (answer.err !== "") process.stderr.write(answer.err)
  process.exitCode = answer.code
}
