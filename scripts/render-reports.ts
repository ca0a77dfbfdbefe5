/**
 * Rewrites the golden reports in reports/ (see src/report/goldens.ts) with the code the CLI runs.
 * Run from the repository after changing extraction, grouping or rendering:
 *
 *   node --import tsx scripts/render-reports.ts
 *
 * then review `git diff reports/` and commit what is meant.
 */
import { FileSystem, Path } from "@effect/platform"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Effect } from "effect"
import { GOLDENS, renderGolden } from "../src/report/goldens.ts"

const main = Effect.gen(function* () {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  for (const golden of GOLDENS) {
    const text = yield* renderGolden(golden)
    const before = yield* fs.readFileString(golden.file).pipe(Effect.orElseSucceed(() => null))
    yield* fs.makeDirectory(path.dirname(golden.file), { recursive: true })
    yield* fs.writeFileString(golden.file, text)
    const state = before === null ? "written" : before === text ? "unchanged" : "updated"
    yield* Console.log(`${golden.file}: ${state} (${golden.inputs.join(" ")})`)
  }
})

main.pipe(Effect.provide(NodeContext.layer), NodeRuntime.runMain)
