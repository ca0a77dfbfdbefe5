/**
 * A consumer's view of the package: `npm pack`, the tarball installed into an empty project (its
 * dependencies from npm's cache when they are there), and there a TypeScript file that imports the
 * API and `newsroom-reconcile/testing` by name is type-checked and run, and the installed command
 * is run. It fails when an export the README documents is removed, or the tarball holds what it
 * should not (tests, bench, reports, corpora).
 */
import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

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

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "reconcile-consumer-"))
  // dist/ is built already (tests/setup/build.ts): no prepare again.
  const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], {
    cwd: ROOT,
    encoding: "utf8",
  })
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
  execFileSync(
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
    { cwd: project, stdio: ["ignore", "ignore", "inherit"] },
  )
  writeFileSync(join(project, "consumer.ts"), CONSUMER)
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
      },
      files: ["consumer.ts"],
    }),
  )
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

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

  it("type-checks and runs a user's file that imports the API and /testing by name", () => {
    const project = join(dir, "project")
    const tsc = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: project, encoding: "utf8" })
    expect(tsc.stdout + tsc.stderr).toBe("")
    expect(tsc.status).toBe(0)
    const run = spawnSync(process.execPath, [join("out", "consumer.js")], { cwd: project, encoding: "utf8" })
    expect(run.stderr).toBe("")
    expect(JSON.parse(run.stdout)).toEqual({ verdict: "conflict", groups: 1, claims: 2 })
  })

  it("the type check fails on a name the package does not export", () => {
    const project = join(dir, "project")
    writeFileSync(
      join(project, "wrong.ts"),
      `import { reconcileEverything } from "${pkg.name}"\nvoid reconcileEverything\n`,
    )
    const config = JSON.parse(readFileSync(join(project, "tsconfig.json"), "utf8"))
    writeFileSync(join(project, "tsconfig.wrong.json"), JSON.stringify({ ...config, files: ["wrong.ts"] }))
    const tsc = spawnSync(process.execPath, [TSC, "--noEmit", "-p", "tsconfig.wrong.json"], {
      cwd: project,
      encoding: "utf8",
    })
    expect(tsc.status).not.toBe(0)
    expect(tsc.stdout).toContain("has no exported member 'reconcileEverything'")
  })

  it("its command runs with no dev dependency: --version, and a folder of articles", () => {
    const project = join(dir, "project")
    const bin = join(project, "node_modules", ".bin", "reconcile")
    const version = spawnSync(bin, ["--version"], { cwd: project, encoding: "utf8" })
    expect(version.stdout).toBe(`${pkg.version}\n`)
    expect(spawnSync(process.execPath, ["-e", "import('tsx')"], { cwd: project }).status).not.toBe(0)
    const articles = join(dir, "articles")
    mkdirSync(articles)
    for (const [name, outlet, text] of [
      ["a.md", "Alpha", "At least 14 people were killed in Odesa overnight, officials said."],
      ["b.md", "Bravo", "Rescuers in Odesa said on Thursday that 14 people died in the overnight attack."],
    ] as const)
      writeFileSync(join(articles, name), `---\noutlet: ${outlet}\npublished: 2025-03-13\n---\n${text}\n`)
    const r = spawnSync(bin, ["--format", "json", articles], { cwd: project, encoding: "utf8" })
    expect(r.stderr).toBe("")
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as { groups: { verdict: string }[] }
    expect(report.groups.map((g) => g.verdict)).toEqual(["corroborated"])
  })
})
