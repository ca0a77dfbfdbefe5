/**
 * The extraction worker's code as one script, bundled by esbuild (the compiler tsx runs on).
 *
 * A worker started from worker-entry.mjs registers tsx and then loads the 17 TypeScript modules of
 * extraction through tsx's loader hooks, one message to the hooks thread each: 0.4-1.5 s of
 * start-up on this 2-core machine, during which the second core does no extraction. The same
 * modules bundled into one CommonJS script start in about a tenth of that. The bundle is built
 * once per process, in esbuild's own process (about 0.1 s), and kept in memory: nothing is written
 * to disk. Each step of the build waits for the main thread's event loop: start it before the main
 * thread gets busy, and let the loop run often (cutting sentences, the main thread lets it run
 * every few tens of milliseconds). It is the same
 * source code, so the claims are the same, field by field (tests/parallel.test.ts compares the
 * reports byte for byte).
 *
 * If esbuild cannot be loaded or fails, `workerScript` gives null and the caller starts the
 * worker from worker-entry.mjs instead, as before.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const WORKER_SOURCE = new URL("./worker.ts", import.meta.url)

/** The one bundled module that reads `import.meta.url`: it loads `natural` with createRequire. */
const NATURAL_ADAPTER = new URL("../nlp/natural.ts", import.meta.url)

let built: Promise<string | null> | undefined

/** The bundled worker script (CommonJS, for `new Worker(script, { eval: true })`), or null. */
export const workerScript = (): Promise<string | null> => {
  built ??= bundle().catch(() => null)
  return built
}

async function bundle(): Promise<string | null> {
  // Resolved from this file, not from the importing module's: the command's own bundle may be
  // kept outside the project (bin/bundle.js), where a bare "esbuild" would not be found.
  const esbuild = (await import(
    pathToFileURL(createRequire(import.meta.url).resolve("esbuild")).href
  )) as typeof import("esbuild")
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(WORKER_SOURCE)],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
    // `natural` is CommonJS, loaded at run time by the adapter's createRequire: not bundled. The
    // adapter's import.meta.url (empty in a CommonJS bundle) is given its real file URL, so that
    // `natural` resolves from the project's node_modules as it does unbundled. (A plugin could do
    // this per module, but each of its calls would wait for the busy main thread's event loop.)
    external: ["natural", "natural/*"],
    define: { "import.meta.url": JSON.stringify(NATURAL_ADAPTER.href) },
    metafile: true,
  })
  const out = result.outputFiles?.[0]?.text
  if (out === undefined || result.errors.length > 0) return null
  // That URL is right for the adapter only: if another bundled module reads import.meta.url, the
  // bundle is not used.
  const adapter = fileURLToPath(NATURAL_ADAPTER)
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(input)
    if (path !== adapter && readFileSync(path, "utf8").includes("import.meta")) return null
  }
  return out
}
