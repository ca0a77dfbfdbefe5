/**
 * Before the tests: the package's JavaScript (dist/) as `npm ci` builds it (`prepare`), rebuilt
 * when a source is newer than it, so that the tests of the command and of the package run the
 * code as it is now.
 */
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, statSync } from "node:fs"
import { join } from "node:path"

const ROOT = join(import.meta.dirname, "..", "..")

function newest(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

export default function setup(): void {
  const stamp = join(ROOT, "dist", "cli", "bin.js")
  const inputs = Math.max(
    newest(join(ROOT, "src")),
    statSync(join(ROOT, "tsconfig.json")).mtimeMs,
    statSync(join(ROOT, "tsconfig.build.json")).mtimeMs,
  )
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= inputs) return
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" })
}
