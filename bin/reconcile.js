#!/usr/bin/env node
// The `reconcile` command. It runs the TypeScript sources directly, so that a fresh `npm ci` is all
// a user needs: no build step. They run from one bundle that bin/bundle.js keeps up to date (built
// on the first run, rebuilt when a source changes), or, if that cannot be done, through tsx.
import { bundledModule } from "./bundle.js"

const bundle = process.env.RECONCILE_NO_BUNDLE ? null : await bundledModule("src/cli/main.ts", "cli")
if (bundle !== null) await import(bundle)
else {
  const { register } = await import("tsx/esm/api")
  register()
  await import("../src/cli/main.ts")
}
