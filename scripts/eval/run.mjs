#!/usr/bin/env node
// Reconciles the documents an expectations file lists with the project's own command (the `bin`
// of package.json, built by `npm ci`), and scores the JSON report against the expectations:
//   node scripts/eval/run.mjs tests/corpus/dev/expectations.json [--verbose]
// The same as the shared eval/run.sh, with the vendored score.mjs. Exit status: score.mjs's.
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const [expectations, ...rest] = process.argv.slice(2)
if (!expectations) {
  process.stderr.write("usage: node scripts/eval/run.mjs EXPECTATIONS.json [--verbose]\n")
  process.exit(2)
}
const root = fileURLToPath(new URL("../../", import.meta.url))
const spec = JSON.parse(readFileSync(expectations, "utf8"))
const docs = spec.documents.map((d) => resolve(dirname(resolve(expectations)), d))
const bin = join(root, JSON.parse(readFileSync(join(root, "package.json"), "utf8")).bin.reconcile)
const run = spawnSync(process.execPath, [bin, "--format", "json", "--", ...docs], {
  encoding: "utf8",
  maxBuffer: 1 << 30,
  stdio: ["ignore", "pipe", "inherit"],
})
if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2)
const dir = mkdtempSync(join(tmpdir(), "reconcile-eval-"))
try {
  const report = join(dir, "report.json")
  writeFileSync(report, run.stdout)
  const score = spawnSync(
    process.execPath,
    [join(root, "scripts/eval/score.mjs"), expectations, report, ...rest],
    {
      stdio: "inherit",
    },
  )
  process.exitCode = score.status ?? 2
} finally {
  rmSync(dir, { recursive: true, force: true })
}
