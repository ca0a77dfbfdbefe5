// The command's code as one cached JavaScript file, so that it starts in a fraction of a second.
//
// Loaded as they are, the TypeScript sources go through tsx's loader hooks one module at a time,
// with effect, @effect/cli and @effect/platform (about 1,100 modules in all): 3.3 s before the
// command reads its first argument, on the 2-core machine, whatever the input. esbuild (the
// compiler tsx itself runs on) bundles the same modules into one ES module in about 1 s, which then
// loads in about 0.3 s. The bundle is built on the first run and kept in
// node_modules/.cache/reconcile/, with the list of the files it was built from, this one
// included (size and modification time of each, and of the bundle itself); a later run uses it
// only if every one of those files is unchanged, else it builds it again. Nothing to build by
// hand, an edited source file is never stale, and a damaged bundle is built again.
//
// Where node_modules cannot be written (a global install), the bundle is kept in the user's own
// cache folder instead ($XDG_CACHE_HOME or ~/.cache, under reconcile/). Its files are named after
// the installation's folder, so that installations sharing a cache keep one bundle each.
// Whatever else goes wrong (esbuild missing, a failed build, no folder to write), the caller gets
// null and runs the sources through tsx, as before: slower, never different.

import { createHash } from "node:crypto"
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { homedir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const ROOT = fileURLToPath(new URL("..", import.meta.url))

/**
 * This installation, in the names of its cached files: checkouts that share one node_modules (a
 * git worktree with a link to it) would otherwise rebuild over each other's bundle at each run.
 */
const OWN = createHash("sha256").update(ROOT).digest("hex").slice(0, 16)

/** The folders the bundle may be kept in, in order of preference. */
function caches() {
  const user = process.env.XDG_CACHE_HOME || join(homedir(), ".cache")
  return [
    process.env.RECONCILE_BUNDLE_CACHE || join(ROOT, "node_modules", ".cache", "reconcile"),
    join(user, "reconcile"),
  ]
}

/** This file: a bundle built by an older version of it is not used. */
const BUILDER = "bin/bundle.js"

/**
 * The URL of an up-to-date bundle of `entry` (a path from the project's root), building it if
 * needed, or null if there is none and none can be built.
 */
export async function bundledModule(entry, name) {
  try {
    const dirs = caches()
    for (const dir of dirs) if (upToDate(dir, name, entry)) return fileUrl(dir, name)
    const built = await build(entry)
    for (const dir of dirs) {
      try {
        save(dir, name, built)
        return fileUrl(dir, name)
      } catch (e) {
        debug(e)
      }
    }
  } catch (e) {
    debug(e)
  }
  return null
}

const fileUrl = (dir, name) => pathToFileURL(join(dir, `${name}-${OWN}.mjs`)).href

const debug = (e) => {
  if (process.env.RECONCILE_DEBUG_BUNDLE) console.error(e)
}

/**
 * Whether the manifest names this entry and this builder, the bundle is as it was written, and
 * each of its files is as it was.
 */
function upToDate(dir, name, entry) {
  let m
  try {
    m = JSON.parse(readFileSync(join(dir, `${name}-${OWN}.json`), "utf8"))
  } catch {
    return false
  }
  if (m.entry !== entry || m.node !== process.version || !Array.isArray(m.inputs)) return false
  if (!m.inputs.some(([path]) => path === BUILDER)) return false
  try {
    const b = statSync(join(dir, `${name}-${OWN}.mjs`))
    if (!Array.isArray(m.bundle) || b.size !== m.bundle[0] || b.mtimeMs !== m.bundle[1]) return false
  } catch {
    return false
  }
  for (const [path, size, mtime] of m.inputs) {
    let s
    try {
      s = statSync(join(ROOT, path))
    } catch {
      return false
    }
    if (s.size !== size || s.mtimeMs !== mtime) return false
  }
  return true
}

async function build(entry) {
  const esbuild = await import("esbuild")
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    write: false,
    logLevel: "silent",
    metafile: true,
    // natural is CommonJS, loaded by file at run time (src/nlp/natural.ts); esbuild is loaded only
    // to build the workers' script (src/parallel/bundle.ts), and cannot be bundled.
    external: ["natural", "natural/*", "esbuild"],
    // Bundled CommonJS modules that call require() (Node's own modules) get a real one.
    banner: {
      js: 'import { createRequire as __reconcileRequire } from "node:module"; const require = __reconcileRequire(import.meta.url);',
    },
    plugins: [ownUrls],
  })
  if (result.errors.length > 0 || result.outputFiles?.length !== 1) throw new Error("build failed")
  const inputs = [...Object.keys(result.metafile.inputs), BUILDER].map((path) => {
    const s = statSync(join(ROOT, path))
    return [path, s.size, s.mtimeMs]
  })
  return { entry, text: result.outputFiles[0].contents, inputs }
}

/** Writes a built bundle and its manifest into `dir`. */
function save(dir, name, { entry, text, inputs }) {
  mkdirSync(dir, { recursive: true })
  // Written under a temporary name and renamed: two runs building at once never read half a file.
  const write = (file, data) => {
    const tmp = `${file}.${process.pid}.tmp`
    try {
      writeFileSync(tmp, data)
      renameSync(tmp, file)
    } finally {
      rmSync(tmp, { force: true })
    }
  }
  const file = join(dir, `${name}-${OWN}.mjs`)
  write(file, text)
  const b = statSync(file)
  const bundle = [b.size, b.mtimeMs]
  write(join(dir, `${name}-${OWN}.json`), JSON.stringify({ entry, node: process.version, inputs, bundle }))
}

/**
 * In one bundle every module would see the bundle's own `import.meta.url`; each module that reads
 * it (to find a file beside it, or to require() from its own folder) gets its real URL instead.
 */
const ownUrls = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, (args) => {
      const text = readFileSync(args.path, "utf8")
      if (!text.includes("import.meta.url")) return undefined
      const url = JSON.stringify(pathToFileURL(args.path).href)
      return {
        // Not inside a string: src/parallel/bundle.ts names "import.meta.url" to esbuild itself.
        contents: text.replace(/(?<!["'`])\bimport\.meta\.url\b/g, url),
        loader: args.path.endsWith("ts") ? "ts" : "js",
        resolveDir: dirname(resolve(args.path)),
      }
    })
  },
}
