/**
 * A consumer's view of the package: `npm pack`, the tarball installed into an empty project (its
 * dependencies from npm's cache when they are there), and there a TypeScript file that imports the
 * API and `newsroom-reconcile/testing` by name is type-checked and run, and the installed command
 * is run. It fails when an export the README documents is removed, or the tarball holds what it
 * should not (tests, bench, reports, corpora).
 */
import { execFile } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

interface Ran {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * A child process, awaited (never the Sync functions: a worker blocked for the tens of seconds an
 * install takes cannot answer vitest, which then reports timeouts).
 */
const run = (file: string, args: ReadonlyArray<string>, cwd: string): Promise<Ran> =>
  new Promise((resolve) => {
    execFile(file, args, { cwd, encoding: "utf8", maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({
        status: error ? (((error as { code?: unknown }).code as number | null) ?? 1) : 0,
        stdout,
        stderr,
      }),
    )
  })

import { readmeExample } from "./helpers/readme.ts"

const ROOT = join(import.meta.dirname, "..")
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc")
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  name: string
  version: string
  devDependencies: Record<string, string>
}

/** What the README documents: the main entry's and the testing entry's exports. */
const API = [
  "readDocuments",
  "readInputs",
  "extractClaims",
  "reconcile",
  "reconcileFiles",
  "reconcileTexts",
  "render",
  "renderMarkdown",
  "renderJson",
  "Report",
  "Claim",
  "QuantityClaim",
  "EventClaim",
  "AttributeClaim",
  "Group",
  "Document",
  "Value",
  "Verdict",
  "MAX_BYTES",
] as const
const TESTING = [
  "claim",
  "quantityClaim",
  "anyDocument",
  "newsSentence",
  "newsDocument",
  "newsDocuments",
  "figureAndRestatement",
  "makeDocument",
  "reportOf",
  "checkEveryClaimInOneGroup",
  "checkSameReportInAnyOrder",
  "checkCopyAddsNoConflict",
  "checkRestatementNoConflict",
  "properties",
] as const

const CONSUMER = `import { Schema } from "effect"
import fc from "fast-check"
import { ${API.join(", ")} } from "${pkg.name}"
import { ${TESTING.join(", ")} } from "${pkg.name}/testing"

const all: Record<string, unknown> = { ${[...API, ...TESTING].join(", ")} }
const missing = Object.entries(all).filter(([, v]) => v === undefined).map(([k]) => k)
if (missing.length > 0) throw new Error("missing at run time: " + missing.join(", "))

const report = await reconcileTexts([
  { name: "a.md", content: "---\\noutlet: Alpha\\npublished: 2025-03-13\\n---\\nOfficials said 14 people were killed in Odesa overnight." },
  { name: "b.md", content: "---\\noutlet: Bravo\\npublished: 2025-03-13\\n---\\nThe governor told reporters that 90 people were killed in Odesa overnight." },
])
// Types, not any: a verdict is not a number.
const verdict: Verdict = report.groups[0]!.verdict
// @ts-expect-error a verdict is a string literal
const wrong: number = report.groups[0]!.verdict
void wrong
const decoded = Schema.decodeUnknownSync(Report)(JSON.parse(render(report, "json")))
fc.assert(properties.everyClaimInOneGroup(newsDocuments({ maxLength: 3 })), { numRuns: 20 })
fc.assert(properties.sameReportInAnyOrder(newsDocuments({ maxLength: 3 })), { numRuns: 20 })
fc.assert(fc.property(claim, (c) => Schema.is(Claim)(c)), { numRuns: 20 })
checkEveryClaimInOneGroup(reportOf([makeDocument("x", "Alpha", "2025-01-01", "12 drones were shot down.")]))
console.log(JSON.stringify({ verdict, groups: decoded.groups.length, claims: decoded.claims.length }))
`

let dir: string
let tarball: string
let files: string[]

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "reconcile-consumer-"))
  // dist/ is built already (tests/setup/build.ts): no prepare again.
  const packed = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], ROOT)
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`)
  const out = packed.stdout
  const [info] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }]
  tarball = join(dir, info.filename)
  files = info.files.map((f) => f.path)
  const project = join(dir, "project")
  mkdirSync(project)
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2),
  )
  // The package and fast-check (an optional peer, which the testing entry needs); effect, a peer,
  // comes with it. From npm's cache when it holds them, from the registry otherwise.
  const installed = await run(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--loglevel=error",
      tarball,
      `fast-check@${pkg.devDependencies["fast-check"]}`,
    ],
    project,
  )
  if (installed.status !== 0) throw new Error(`npm install failed: ${installed.stderr}`)
  writeFileSync(join(project, "consumer.ts"), CONSUMER)
  // The README's examples, as a user would copy them.
  writeFileSync(join(project, "readme-library.ts"), readmeExample("library"))
  writeFileSync(join(project, "readme-testing.ts"), readmeExample("testing"))
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        types: ["node"],
        typeRoots: [join(ROOT, "node_modules", "@types")],
        outDir: "out",
        // The README's testing example imports vitest, which the consumer does not install here.
        paths: { vitest: [join(ROOT, "node_modules", "vitest", "dist", "index.d.ts")] },
      },
      files: ["consumer.ts", "readme-library.ts", "readme-testing.ts"],
    }),
  )
}, 120_000)
afterAll(() => rm(dir, { recursive: true, force: true }), 60_000)

describe("the package, installed from its tarball", { timeout: 60_000 }, () => {
  it("holds the compiled code, the command, README and LICENSE, and no tests, bench, reports or corpora", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "LICENSE",
        "bin/reconcile.js",
        "dist/cli/bin.js",
        "dist/index.js",
        "dist/index.d.ts",
        "dist/testing/index.js",
        "dist/testing/index.d.ts",
        "dist/parallel/worker.js",
      ]),
    )
    const stray = files.filter((f) => /^(tests|bench|reports|seeds|scripts|src)\/|\.ts$(?<!\.d\.ts)/.test(f))
    expect(stray).toEqual([])
  })

  it("type-checks and runs a user's file that imports the API and /testing by name", async () => {
    const project = join(dir, "project")
    const tsc = await run(process.execPath, [TSC, "-p", "."], project)
    expect(tsc.stdout + tsc.stderr).toBe("")
    expect(tsc.status).toBe(0)
    const consumer = await run(process.execPath, [join("out", "consumer.js")], project)
    expect(consumer.stderr).toBe("")
    expect(JSON.parse(consumer.stdout)).toEqual({ verdict: "conflict", groups: 1, claims: 2 })
    // The README's library example, run from the clone's folder (it reads seeds/).
    const example = await run(process.execPath, [join(project, "out", "readme-library.js")], ROOT)
    expect(example.stderr).toBe("")
    expect(example.stdout.split("\n")[0]).toBe("# Reconciliation report")
  })

  it("the type check fails on a name the package does not export", async () => {
    const project = join(dir, "project")
    writeFileSync(
      join(project, "wrong.ts"),
      `import { reconcileEverything } from "${pkg.name}"\nvoid reconcileEverything\n`,
    )
    const config = JSON.parse(readFileSync(join(project, "tsconfig.json"), "utf8"))
    writeFileSync(join(project, "tsconfig.wrong.json"), JSON.stringify({ ...config, files: ["wrong.ts"] }))
    const tsc = await run(process.execPath, [TSC, "--noEmit", "-p", "tsconfig.wrong.json"], project)
    expect(tsc.status).not.toBe(0)
    expect(tsc.stdout).toContain("has no exported member 'reconcileEverything'")
  })

  it("its command runs with no dev dependency: --version, and a folder of articles", async () => {
    const project = join(dir, "project")
    const bin = join(project, "node_modules", ".bin", "reconcile")
    const version = await run(bin, ["--version"], project)
    expect(version.stdout).toBe(`${pkg.version}\n`)
    expect(
      (await run(process.execPath, ["-e", "await import('tsx')", "--input-type=module"], project)).status,
    ).not.toBe(0)
    const articles = join(dir, "articles")
    mkdirSync(articles)
    for (const [name, outlet, text] of [
      ["a.md", "Alpha", "At least 14 people were killed in Odesa overnight, officials said."],
      ["b.md", "Bravo", "Rescuers in Odesa said on Thursday that 14 people died in the overnight attack."],
    ] as const)
      writeFileSync(join(articles, name), `---\noutlet: ${outlet}\npublished: 2025-03-13\n---\n${text}\n`)
    const r = await run(bin, ["--format", "json", articles], project)
    expect(r.stderr).toBe("")
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as { groups: { verdict: string }[] }
    expect(report.groups.map((g) => g.verdict)).toEqual(["corroborated"])
  })
})
