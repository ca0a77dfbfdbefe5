/**
 * bin/bundle.js: the command runs from a cached bundle of its sources, rebuilt when one changes,
 * and gives the same output as the sources run through tsx.
 */
import { spawnSync } from "node:child_process"
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
// @ts-expect-error: plain JavaScript, without types
import { bundledModule } from "../bin/bundle.js"

const ROOT = join(import.meta.dirname, "..")
const BIN = join(ROOT, "bin", "reconcile.js")
/** Inside the project (the bundle records files by their path from its root); gitignored. */
const SCRATCH = ".reconcile-launcher-test"

afterAll(() => {
  rmSync(join(ROOT, SCRATCH), { recursive: true, force: true })
  const cache = join(ROOT, "node_modules/.cache/reconcile")
  for (const f of readdirSync(cache))
    if (f.startsWith("launcher-test")) rmSync(join(cache, f), { force: true })
})

const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, [BIN, "--format", "json", "seeds"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  })

describe("the command's bundle", { timeout: 120_000 }, () => {
  it("gives the same report as the sources run through tsx", () => {
    const bundled = run({})
    const tsx = run({ RECONCILE_NO_BUNDLE: "1" })
    expect(bundled.stderr).toBe("")
    expect(tsx.stderr).toBe("")
    expect(bundled.status).toBe(0)
    expect(JSON.parse(bundled.stdout).documents).toHaveLength(5)
    expect(bundled.stdout).toBe(tsx.stdout)
  })

  it("is rebuilt when one of its files changes, and kept while none does", async () => {
    const dir = join(ROOT, SCRATCH)
    mkdirSync(dir, { recursive: true })
    const entry = `${SCRATCH}/entry.ts`
    const part = join(dir, "part.ts")
    writeFileSync(join(ROOT, entry), 'import { n } from "./part.ts"\nexport const value: number = n\n')
    let file = ""
    const load = async (version: number) => {
      const url: string | null = await bundledModule(entry, "launcher-test")
      expect(url).not.toBeNull()
      file = fileURLToPath(url!)
      // A query, so that Node loads the file again rather than from its module cache.
      return ((await import(`${url}?v=${version}`)) as { value: number }).value
    }
    writeFileSync(part, "export const n = 1\n")
    expect(await load(1)).toBe(1)
    // The same size, an older time: still a change.
    writeFileSync(part, "export const n = 2\n")
    utimesSync(part, new Date(2001, 0, 1), new Date(2001, 0, 1))
    expect(await load(2)).toBe(2)
    const built = statSync(file).mtimeMs
    expect(await load(3)).toBe(2)
    expect(statSync(file).mtimeMs).toBe(built)
    // A damaged bundle (a cache file cut short, or written to) is built again.
    appendFileSync(file, "\nthis is not JavaScript (\n")
    expect(await load(5)).toBe(2)
    // A file's own URL survives bundling (src/parallel/pool.ts finds the workers' entry with it).
    writeFileSync(part, "export const n = new URL(import.meta.url).pathname.endsWith('/part.ts') ? 3 : 0\n")
    expect(await load(4)).toBe(3)
  })

  it("is one for each installation, when two share one node_modules", async () => {
    // Another installation (a worktree, say) whose node_modules is a link to this one's.
    const other = mkdtempSync(join(tmpdir(), "reconcile-other-"))
    try {
      mkdirSync(join(other, "bin"))
      copyFileSync(join(ROOT, "bin", "bundle.js"), join(other, "bin", "bundle.js"))
      symlinkSync(join(ROOT, "node_modules"), join(other, "node_modules"))
      writeFileSync(join(other, "entry.ts"), 'export const value: string = "theirs"\n')
      mkdirSync(join(ROOT, SCRATCH), { recursive: true })
      writeFileSync(join(ROOT, SCRATCH, "same.ts"), 'export const value: string = "ours"\n')
      const theirs = await import(pathToFileURL(join(other, "bin", "bundle.js")).href)
      const ours: string = await bundledModule(`${SCRATCH}/same.ts`, "launcher-test-shared")
      const built = statSync(fileURLToPath(ours)).mtimeMs
      const their: string = await theirs.bundledModule("entry.ts", "launcher-test-shared")
      expect(their).not.toBe(ours)
      // Theirs built, ours is still up to date: not built again.
      expect(await bundledModule(`${SCRATCH}/same.ts`, "launcher-test-shared")).toBe(ours)
      expect(statSync(fileURLToPath(ours)).mtimeMs).toBe(built)
      expect((await import(ours)).value).toBe("ours")
      expect((await import(their)).value).toBe("theirs")
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it("is kept in the user's cache folder when node_modules cannot be written, and works from there", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reconcile-launcher-"))
    const before = { ...process.env }
    try {
      writeFileSync(join(dir, "file"), "a file, where a folder would be made")
      const env = { RECONCILE_BUNDLE_CACHE: join(dir, "file", "cache"), XDG_CACHE_HOME: join(dir, "xdg") }
      const bundled = run(env)
      expect(bundled.stderr).toBe("")
      expect(bundled.stdout).toBe(run({}).stdout)
      const kept = readdirSync(join(dir, "xdg", "reconcile"), { recursive: true, encoding: "utf8" })
      expect(kept.filter((f) => /cli-[0-9a-f]{16}\.mjs$/.test(f))).toHaveLength(1)
      // From there, outside the project, the workers' script is still built (esbuild is found).
      const entry = `${SCRATCH}/workers.ts`
      mkdirSync(join(ROOT, SCRATCH), { recursive: true })
      writeFileSync(
        join(ROOT, entry),
        'import { workerScript } from "../src/parallel/bundle.ts"\nexport const script = await workerScript()\n',
      )
      Object.assign(process.env, env)
      const url: string | null = await bundledModule(entry, "launcher-test-workers")
      expect(url).toContain(join(dir, "xdg"))
      const { script } = (await import(url!)) as { script: string | null }
      expect(script).toContain("readSentence")
    } finally {
      for (const k of ["RECONCILE_BUNDLE_CACHE", "XDG_CACHE_HOME"]) {
        if (before[k] === undefined) delete process.env[k]
        else process.env[k] = before[k]
      }
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
