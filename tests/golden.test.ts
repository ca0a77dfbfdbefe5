/**
 * The committed reports in reports/ are what the code renders now. When extraction, grouping or
 * rendering changes on purpose, regenerate them (the command is in the failure message) and
 * review the diff.
 */

import { readFileSync } from "node:fs"
import { NodeContext } from "@effect/platform-node"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { GOLDENS, REGENERATE, renderGolden } from "../src/report/goldens.ts"

describe("golden reports", () => {
  for (const golden of GOLDENS)
    it(`${golden.file} is what \`reconcile ${golden.inputs.join(" ")}\` renders now`, async () => {
      const actual = await Effect.runPromise(renderGolden(golden).pipe(Effect.provide(NodeContext.layer)))
      let committed: string
      try {
        committed = readFileSync(golden.file, "utf8")
      } catch {
        throw new Error(`${golden.file} is missing: run ${REGENERATE}`)
      }
      expect(actual, `${golden.file} is out of date: run ${REGENERATE}, then review the diff`).toBe(committed)
    })
})
