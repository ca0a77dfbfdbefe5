/**
 * Fuzzing the reader and the command (issue 20): fast-check makes folders of inputs of every
 * format (.txt, .md with front matter, .jsonl, .html, sources.json), hostile shapes included
 * (records nested thousands deep, lines of 200,000 characters, control and bidi characters, NUL
 * bytes, wrong types, broken YAML and JSON), and checks that:
 *  - the run ends (in process; and the command, within a time limit);
 *  - every input is reported, as read (a document) or skipped with a reason, and every JSONL
 *    line that is not blank;
 *  - the command's exit status follows the README (0 all read, 1 some skipped, 2 none read), its
 *    stderr is one line per problem, never a stack trace, and its -o FILE is the whole report or
 *    absent, with no temporary file left beside it.
 * Bounded to about 25 s in all.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeContext } from "@effect/platform-node"
import { Effect } from "effect"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Inputs, readInputs } from "../src/ingest/readInputs.ts"
import { reconcileInputs } from "../src/pipeline.ts"
import { reportBytes } from "../src/report/bytes.ts"
import { lines, reconcile, STACK } from "./helpers/run.ts"

let root: string
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "reconcile-fuzz-"))
  await reconcile(["--version"]) // builds the bundle once
}, 120_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

// -- What goes into the files -------------------------------------------------------------------

const sentence = fc.constantFrom(
  "At least 14 people were killed in Kharkiv on Monday.",
  "Officials said 62 of 145 drones were shot down overnight.",
  "The toll rose to 20, the governor said.",
  "Russia denied striking the plant.",
  "About 70 people were evacuated from Odesa.",
  "No figures were given.",
)
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "\u0000\u0001\u001b[2J",
    "\u202eevil\u202c",
    "\r\r\r",
    "\uFFFD\uD800",
    "---",
    "{",
    "# Reconciliation report",
  ),
  fc.nat({ max: 3 }).map((k) => "x".repeat(50_000 * (k + 1))),
)
const text = fc
  .array(fc.oneof({ weight: 4, arbitrary: sentence }, { weight: 1, arbitrary: hostileText }), {
    minLength: 0,
    maxLength: 6,
  })
  .map((xs) => xs.join(" "))
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom("2025-03-13", "2025-03-13T10:00:00Z", "yesterday", "2025-02-30"),
)
/** A JSON value nested `depth` arrays deep, written as text (JSON.stringify would recurse). */
const nested = (depth: number, inner = "1") => `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`
const jsonlLine = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({ id: fc.option(fc.string({ maxLength: 6 })), outlet: scalar, published: scalar, text })
      .map((r) => JSON.stringify(r)),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        id: fc.oneof(fc.integer(), fc.constant({}), fc.constant(2 ** 60)),
        text: fc.oneof(text, scalar),
      })
      .map((r) => JSON.stringify(r)),
  },
  {
    weight: 1,
    arbitrary: fc
      .nat({ max: 6000 })
      .map((d) => `{"outlet":"A","published":${nested(d)},"text":"14 people were killed."}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "   ", "not json", "[1,2]", "null", '{"text":', "\u0000\u0001\u0002"),
  },
  {
    weight: 1,
    arbitrary: fc.constant('{"id":12345678901234567890,"text":"At least 14 people were killed."}'),
  },
)
const yamlValue = fc.oneof(
  scalar.map((v) => JSON.stringify(v)),
  fc.constantFrom("!!js/function 'f'", "[unclosed", "&a [1]", "*nope", "{a: 1}", "|\n  block"),
)
const frontMatter = fc
  .record({ outlet: yamlValue, published: yamlValue, story: fc.option(yamlValue) })
  .map(
    (f) =>
      `---\noutlet: ${f.outlet}\npublished: ${f.published}\n${f.story === null ? "" : `story: ${f.story}\n`}---\n`,
  )

type FileSpec = { readonly name: string; readonly content: string | Uint8Array }
const fileSpec: fc.Arbitrary<FileSpec> = fc.oneof(
  fc.record({ n: fc.nat(99), t: text }).map(({ n, t }) => ({ name: `t${n}.txt`, content: t })),
  fc.record({ n: fc.nat(99), fm: frontMatter, t: text, cr: fc.boolean() }).map(({ n, fm, t, cr }) => ({
    name: `m${n}.md`,
    content: cr ? `${fm}${t}\n`.replace(/\n/g, "\r") : `${fm}${t}\n`,
  })),
  fc
    .record({ n: fc.nat(99), ls: fc.array(jsonlLine, { maxLength: 6 }), tail: fc.boolean() })
    .map(({ n, ls, tail }) => ({
      name: `j${n}.jsonl`,
      content: tail
        ? Buffer.concat([Buffer.from(`${ls.join("\n")}\n`), Buffer.from([0xff, 0, 0xfe, 0x80, 7, 0, 0])])
        : ls.join("\n"),
    })),
  fc.record({ n: fc.nat(99), t: text, title: fc.string({ maxLength: 10 }) }).map(({ n, t, title }) => ({
    name: `h${n}.html`,
    content: `<html><head><title>${title}</title><script>var x = "${t}"</script></head><body><article><p>${t}</p></article></body></html>`,
  })),
  fc.uint8Array({ maxLength: 64 }).map((b) => ({ name: "bin.txt", content: b })),
  fc.constant({
    name: "old.md",
    content: "# Reconciliation report\n\n2 documents from 1 outlet: 0 claims.\n",
  }),
)
const sourcesJson = fc.oneof(
  fc.constant("{ not json"),
  fc.constant('{"documents": 3}'),
  fc
    .array(fc.record({ file: fc.constantFrom("t1.txt", "t2.txt", "gone.txt"), outlet: scalar }), {
      maxLength: 3,
    })
    .map((ds) => JSON.stringify({ documents: ds })),
)
const folderSpec = fc.record({
  files: fc.uniqueArray(fileSpec, { minLength: 1, maxLength: 6, selector: (f) => f.name }),
  sources: fc.option(sourcesJson),
})

let cases = 0
function materialise(spec: typeof folderSpec extends fc.Arbitrary<infer T> ? T : never): string {
  const dir = join(root, `case-${cases++}`)
  mkdirSync(join(dir, "in"), { recursive: true })
  for (const f of spec.files) writeFileSync(join(dir, "in", f.name), f.content)
  if (spec.sources !== null) writeFileSync(join(dir, "in", "sources.json"), spec.sources)
  return dir
}

/** Every input file, and every JSONL line that is not blank, is a document or a skip. */
function expectAllReported(dir: string, spec: { files: ReadonlyArray<FileSpec> }, inputs: Inputs) {
  const seen = new Set([...inputs.documents.map((d) => d.path), ...inputs.skipped.map((s) => s.path)])
  for (const s of inputs.skipped) expect(s.reason.trim()).not.toBe("")
  for (const f of spec.files) {
    const file = join(dir, "in", f.name)
    const whole = seen.has(file)
    if (f.name.endsWith(".jsonl") && !whole) {
      const content = typeof f.content === "string" ? Buffer.from(f.content) : Buffer.from(f.content)
      const fileLines = content.toString("latin1").split("\n")
      fileLines.forEach((l, i) => {
        if (l.trim() !== "") expect(seen.has(`${file}:${i + 1}`), `${file}:${i + 1}`).toBe(true)
      })
    } else expect(whole, file).toBe(true)
  }
}

describe("fuzz", () => {
  it("in process: every input is read or skipped with a reason, and the report renders", async () => {
    await fc.assert(
      fc.asyncProperty(folderSpec, async (spec) => {
        const dir = materialise(spec)
        const inputs = await Effect.runPromise(
          readInputs([join(dir, "in")]).pipe(Effect.provide(NodeContext.layer)),
        )
        expectAllReported(dir, spec, inputs)
        if (inputs.documents.length > 0) {
          const report = reconcileInputs(inputs)
          expect(JSON.parse(new TextDecoder().decode(reportBytes(report, "json"))).documents).toHaveLength(
            inputs.documents.length,
          )
          expect(reportBytes(report, "md").length).toBeGreaterThan(0)
        }
        rmSync(dir, { recursive: true, force: true })
      }),
      { numRuns: 60, interruptAfterTimeLimit: 12_000 },
    )
  }, 60_000)

  it("the command: ends, exit status by the README, one line per problem, -o whole or absent", async () => {
    await fc.assert(
      fc.asyncProperty(folderSpec, async (spec) => {
        const dir = materialise(spec)
        const out = join(dir, "out", "report.json")
        const r = await reconcile(["--format", "json", join(dir, "in"), "-o", out], { timeout: 30_000 })
        expect(r.signal).toBeNull()
        expect(r.stdout).toBe("")
        expect(r.stderr).not.toMatch(STACK)
        for (const l of lines(r.stderr)) expect(l).toMatch(/^reconcile: /)
        if (r.code === 2) expect(existsSync(out)).toBe(false)
        else {
          const report = JSON.parse(readFileSync(out, "utf8"))
          expect(report.documents.length).toBeGreaterThan(0)
          expect(r.code).toBe(report.skipped.length > 0 ? 1 : 0)
          expect(lines(r.stderr)).toHaveLength(report.skipped.length + report.warnings.length)
          expect(readdirSync(join(dir, "out"))).toEqual(["report.json"])
        }
        rmSync(dir, { recursive: true, force: true })
      }),
      { numRuns: 8, interruptAfterTimeLimit: 15_000 },
    )
  }, 90_000)
})
