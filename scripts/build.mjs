#!/usr/bin/env node
// The package's build (`npm run build`, and `prepare`, which `npm ci` runs): the TypeScript in
// src/ compiled to JavaScript and declarations in dist/ (tsconfig.build.json), from scratch, so
// that a removed source leaves no module behind.
import { execFileSync } from "node:child_process"
import { chmodSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../", import.meta.url))
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true })
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc")
try {
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" })
} catch {
  process.stderr.write("build: tsc failed (see above); dist/ is incomplete\n")
  process.exit(1)
}
chmodSync(new URL("../dist/cli/bin.js", import.meta.url), 0o755)
