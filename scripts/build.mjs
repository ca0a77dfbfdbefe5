#!/usr/bin/env node
// The package's build (`npm run build`, and `prepare`, which `npm ci` runs): the TypeScript in
// src/ compiled to JavaScript and declarations in dist/ (tsconfig.build.json), from scratch, so
// that a removed source leaves no module behind. Then the command's modules (dist/cli/main.js and
// what it imports, Effect included) are bundled into that one file by esbuild: Node loads one
// module much faster than the several hundred files of Effect's packages (see docs/performance.md).
// The library entries (dist/index.js, dist/testing) stay modules that import their dependencies,
// so that an application's one copy of `effect` is used. Nothing is compiled or bundled at run time.
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

const esbuild = await import("esbuild")
await esbuild.build({
  entryPoints: [fileURLToPath(new URL("../src/cli/main.ts", import.meta.url))],
  outfile: fileURLToPath(new URL("../dist/cli/main.js", import.meta.url)),
  allowOverwrite: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  minify: true,
  // CommonJS packages loaded at run time through createRequire (src/nlp/natural.ts,
  // src/ingest/html.ts), resolved from the package's node_modules as the compiled modules do.
  external: ["natural", "natural/*", "linkedom", "@mozilla/readability"],
  // A CommonJS module bundled into an ES module calls `require` for Node's own modules.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
})
