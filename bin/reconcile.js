#!/usr/bin/env node
// The `reconcile` command: the compiled CLI in dist/, which `npm ci` builds (the `prepare` script;
// `npm run build` by hand). Nothing is compiled or bundled at run time.
try {
  await import("../dist/cli/bin.js")
} catch (e) {
  const missing = e?.code === "ERR_MODULE_NOT_FOUND" && String(e.message).includes("dist/cli/bin.js")
  process.stderr.write(
    missing
      ? "reconcile: the command is not built: run `npm run build` (or `npm ci`) in its folder\n"
      : `reconcile: internal error: ${String(e?.message ?? e).split("\n")[0]}\n`,
  )
  process.exit(2)
}
