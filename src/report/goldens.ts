/**
 * The committed example reports (golden files): which inputs each renders, and rendering them with
 * the code the CLI runs (readInputs, reconcileInputs, renderMarkdown). Paths are relative to the
 * repository, and stay relative: the report shows them. `scripts/render-reports.ts` writes the
 * files; `tests/golden.test.ts` checks that they are up to date.
 */
import { Effect } from "effect"
import { readInputs } from "../ingest/readInputs.ts"
import { reconcileInputs } from "../pipeline.ts"
import { renderMarkdown } from "./markdown.ts"

export interface Golden {
  /** The file, relative to the repository. */
  readonly file: string
  /** The inputs, as a user would pass them on the command line from the repository. */
  readonly inputs: ReadonlyArray<string>
}

export const GOLDENS: ReadonlyArray<Golden> = [
  { file: "reports/seeds.md", inputs: ["seeds"] },
  { file: "reports/dev.md", inputs: ["tests/corpus/dev", "seeds"] },
]

/** The command that rewrites the golden files, for messages. */
export const REGENERATE = "node --import tsx scripts/render-reports.ts"

/** The Markdown report for some inputs, as `reconcile PATH... ` prints it. */
export const renderGolden = (golden: Golden) =>
  readInputs(golden.inputs).pipe(Effect.map((inputs) => renderMarkdown(reconcileInputs(inputs))))
