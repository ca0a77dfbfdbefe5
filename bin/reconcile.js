#!/usr/bin/env node
// The `reconcile` command. It runs the TypeScript sources directly, so that a fresh `npm ci` is all
// a user needs: no build step. They run from one bundle that bin/bundle.js keeps up to date (built
// on the first run, rebuilt when a source changes), or, if that cannot be done, through tsx.
import { bundledModule } from "./bundle.js"

const bundle = process.env.RECONCILE_NO_BUNDLE ? null : await bundledModule("src/cli/main.ts", "cli")
let loaded = false
if (bundle !== null)
  try {
    await import(bundle)
    loaded = true
  } catch {
    // A bundle that does not load (a damaged cache file): the sources, as if there were none.
    // Once src/cli/main.ts runs, it reports its own failures and exits; it never gets here.
  }
if (!loaded) {
  const { register } = await import("tsx/esm/api")
  register()
  await import("../src/cli/main.ts")
}
