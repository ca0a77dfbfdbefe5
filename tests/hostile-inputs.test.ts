/**
 * Inputs that attack the reader (issue 20, items 5, 6, 7, 11 and 12): each is read or skipped
 * with one line naming it, and never loses what else is good.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { FileSystem } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest"
import { forTerminal } from "../src/cli/output.ts"
import { type Inputs, type ReadOptions, readInputs } from "../src/ingest/readInputs.ts"
import { reconcileInputs } from "../src/pipeline.ts"
import { renderMarkdown } from "../src/report/markdown.ts"
import { lines, reconcile, STACK } from "./helpers/run.ts"

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "reconcile-hostile-"))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const read = (
  paths: ReadonlyArray<string>,
  options?: ReadOptions,
  fs?: Layer.Layer<FileSystem.FileSystem>,
): Promise<Inputs> =>
  Effect.runPromise(
    readInputs(paths, [], options).pipe(
      fs ? Effect.provide(fs) : (x) => x,
      Effect.provide(NodeContext.layer),
    ),
  )
const folder = (name: string) => {
  const d = join(dir, name)
  mkdirSync(d, { recursive: true })
  return d
}
const ARTICLE =
  "---\noutlet: Kyiv Post\npublished: 2025-03-13\n---\nAt least 14 people were killed in Kharkiv.\n"

describe("JSONL: one bad line loses only itself", () => {
  it("skips a record nested 4,000 arrays deep with its line number, and keeps the others", async () => {
    const d = folder("deep")
    const deep = `${"[".repeat(4000)}${"]".repeat(4000)}`
    const file = join(d, "a.jsonl")
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "one", outlet: "A", text: "At least 14 people were killed." }),
        `{"id":"two","outlet":"B","published":${deep},"text":"At least 15 people were killed."}`,
        JSON.stringify({ id: "three", outlet: "C", text: "At least 16 people were killed." }),
      ].join("\n"),
    )
    const r = await read([file])
    expect(r.documents.map((x) => x.id)).toEqual(["one", "two", "three"])
    // Not a date, said in one line without the value.
    expect(r.warnings).toEqual([
      { path: `${file}:2`, message: "published is a list, not a date; read as undated" },
    ])
    expect(r.skipped).toEqual([])
  })

  it("keeps the good lines of a file with a corrupt binary tail", async () => {
    const d = folder("tail")
    const file = join(d, "a.jsonl")
    const good = [1, 2, 3].map((i) =>
      JSON.stringify({ id: `r${i}`, outlet: "A", text: `${i} drones were shot down.` }),
    )
    const tail = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 131 + 7) % 256))
    writeFileSync(file, Buffer.concat([Buffer.from(`${good.join("\n")}\n`), tail]))
    const r = await read([file])
    expect(r.documents.map((x) => x.id)).toEqual(["r1", "r2", "r3"])
    expect(r.skipped.length).toBeGreaterThan(0)
    for (const s of r.skipped) expect(s.path).toMatch(/a\.jsonl:\d+$/)
    expect(r.skipped.map((s) => s.path)).not.toContain(`${file}:1`)
  })

  it("says what is wrong with a record: an object id, a text that is not a string, a huge numeric id", async () => {
    const d = folder("records")
    const file = join(d, "a.jsonl")
    writeFileSync(
      file,
      [
        '{"id":{"x":1},"outlet":"A","text":"14 killed."}',
        '{"id":"t","outlet":"A","text":42}',
        '{"id":12345678901234567890,"outlet":"A","text":"At least 14 people were killed."}',
        '{"id":"dup","outlet":"A","text":"At least 15 people were killed."}',
        '{"id":"dup","outlet":"B","text":"At least 16 people were killed."}',
      ].join("\n"),
    )
    const r = await read([file])
    expect(r.skipped).toEqual([
      { path: `${file}:1`, reason: "`id` is not a string or a number" },
      { path: `${file}:2`, reason: "`text` is not a string" },
    ])
    expect(r.documents.map((x) => x.id)).toEqual(["12345678901234567890", "dup", "dup~2"])
    expect(r.warnings).toEqual([
      { path: `${file}:5`, message: 'id "dup" is taken by an earlier document; read as "dup~2"' },
    ])
  })
})

describe("folders that cannot be read", () => {
  it("names a folder too deep to reach (a path over 4 KB), exit 1, and reads the rest", async () => {
    const d = folder("long")
    writeFileSync(join(d, "top.md"), ARTICLE)
    // mkdir -p through a relative path: each step is short, the whole is not.
    const deep = (what: "make" | "remove") =>
      execFileSync(process.execPath, [
        "-e",
        `const fs = require("node:fs"); process.chdir(${JSON.stringify(d)});
         const step = "d".repeat(200);
         if (${JSON.stringify(what)} === "make") for (let i = 0; i < 22; i++) { fs.mkdirSync(step); process.chdir(step) }
         else { for (let i = 0; i < 21; i++) process.chdir(step); for (let i = 0; i < 22; i++) { fs.rmdirSync(step); process.chdir("..") } }`,
      ])
    deep("make")
    onTestFinished(() => {
      deep("remove")
    })
    const r = await reconcile(["--format", "json", d])
    expect(r.code).toBe(1)
    const said = lines(r.stderr)
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(/^reconcile: skipped .*d{200}: name too long$/)
    expect(r.stderr).not.toContain("holds no articles")
    expect(JSON.parse(r.stdout).documents).toHaveLength(1)
  }, 60_000)

  it("names a folder whose files cannot be looked at (not searchable), once", async () => {
    const d = folder("closed")
    writeFileSync(join(d, "top.md"), ARTICLE)
    const sub = folder("closed/sub")
    for (const n of ["a.md", "b.md", "notes"]) writeFileSync(join(sub, n), ARTICLE)
    // Root bypasses permissions: the file system refuses to look into `sub`, as it would a user.
    const denied = Layer.effect(
      FileSystem.FileSystem,
      Effect.map(FileSystem.FileSystem, (fs) => ({
        ...fs,
        stat: (p: string) =>
          p.startsWith(`${sub}/`)
            ? Effect.zipRight(fs.access("/no/such/place"), fs.stat(p)).pipe(
                Effect.mapError((e) => Object.assign(e, { cause: { code: "EACCES" } })),
              )
            : fs.stat(p),
      })),
    ).pipe(Layer.provide(NodeContext.layer))
    const r = await read([d], {}, denied)
    expect(r.documents).toHaveLength(1)
    expect(r.skipped).toEqual([{ path: sub, reason: "cannot read the folder's files: permission denied" }])
  })
})

describe("the tool's own reports", () => {
  it("skips this run's output file, and any report of the tool, with a line: no self-corroboration", async () => {
    const d = folder("self")
    writeFileSync(join(d, "a.md"), ARTICLE)
    writeFileSync(
      join(d, "b.md"),
      "---\noutlet: BBC\npublished: 2025-03-13\n---\nAt least 14 people were killed in Kharkiv.\n",
    )
    const out = join(d, "report.md")
    const first = await reconcile(["--format", "json", d, "-o", out])
    expect(first.code).toBe(0)
    const second = await reconcile([d, "-o", out])
    expect(lines(second.stderr)).toEqual([
      `reconcile: skipped ${out}: is this run's output file (-o): not read`,
    ])
    expect(second.code).toBe(1)
    // Another name, a Markdown report: recognised by what it opens with.
    const copy = join(d, "old-report.md")
    const third = await reconcile([d])
    writeFileSync(copy, third.stdout)
    const fourth = await reconcile(["--format", "json", d])
    expect(lines(fourth.stderr)).toEqual([
      `reconcile: skipped ${copy}: is a report of reconcile, not an article: not read`,
      `reconcile: skipped ${out}: is a report of reconcile, not an article: not read`,
    ])
    const report = JSON.parse(fourth.stdout)
    expect(report.documents).toHaveLength(2)
    expect(report.skipped.map((s: { path: string }) => s.path)).toEqual([copy, out])
  }, 120_000)
})

describe("front matter and names", () => {
  it("a YAML warning is one line naming the file and its line", async () => {
    const d = folder("yaml")
    const file = join(d, "a.md")
    writeFileSync(
      file,
      "---\noutlet: !!js/function 'f'\npublished: 2025-03-13\n---\n14 people were killed.\n",
    )
    const r = await reconcile([file])
    expect(r.code).toBe(0)
    expect(lines(r.stderr)).toEqual([
      `reconcile: warning ${file}: front matter line 2: Unresolved tag: tag:yaml.org,2002:js/function`,
    ])
    expect(r.stderr).not.toMatch(STACK)
  }, 60_000)

  it("reads the front matter of a file with lone-CR line endings", async () => {
    const d = folder("cr")
    const file = join(d, "a.md")
    writeFileSync(file, ARTICLE.replace(/\n/g, "\r"))
    const r = await read([file])
    expect(r.warnings).toEqual([])
    expect(r.documents[0]?.outlet).toBe("Kyiv Post")
    expect(r.documents[0]?.published).toBe("2025-03-13")
  })

  it("escapes control characters and bidi controls of a name on the terminal, and keeps bidi out of the report", async () => {
    expect(forTerminal("skipped a\u001b[2Jb\u202ec\rd.txt: x")).toBe(
      "skipped a\\x1b[2Jb\\u202ec\\x0dd.txt: x",
    )
    const d = folder("names")
    const evil = join(d, "x\u001b[31m\u202eevil.md")
    writeFileSync(evil, "")
    const r = await reconcile([evil, join(d, "..", "cr")])
    expect(r.stderr).not.toContain("\u001b")
    expect(r.stderr).not.toContain("\u202e")
    expect(lines(r.stderr)).toEqual([`reconcile: skipped ${join(d, "x\\x1b[31m\\u202eevil.md")}: empty file`])
    const inputs = await read([join(d, "..", "cr")])
    const doc = inputs.documents[0]!
    const md = renderMarkdown(
      reconcileInputs({ ...inputs, documents: [{ ...doc, text: `\u202e${doc.text}`, path: "a\u2066.md" }] }),
    )
    expect(md).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/)
  }, 60_000)

  it("warns of sources.json entries for missing files", async () => {
    const d = folder("sources")
    writeFileSync(join(d, "a.txt"), "At least 14 people were killed.\n")
    writeFileSync(
      join(d, "sources.json"),
      JSON.stringify({
        documents: [
          { file: "a.txt", outlet: "A" },
          { file: "gone.txt", outlet: "B" },
        ],
      }),
    )
    const r = await read([d])
    expect(r.documents[0]?.outlet).toBe("A")
    expect(r.warnings).toEqual([
      { path: join(d, "sources.json"), message: 'an entry for no file beside it: "gone.txt"' },
    ])
  })

  it("reads a file that says it is empty and is not (/proc)", async () => {
    const r = await read(["/proc/self/status"])
    expect(r.skipped).toEqual([])
    expect(r.documents).toHaveLength(1)
    expect(r.documents[0]!.text).toContain("Pid:")
  })
})

describe("--workers", () => {
  it("refuses a negative count, and caps one above the cores with a line", async () => {
    const neg = await reconcile(["--workers", "-1", "seeds"])
    expect(neg.code).toBe(2)
    expect(lines(neg.stderr)).toEqual(["reconcile: --workers must be 0 or more (see reconcile --help)"])
    const many = await reconcile(["--workers", "1000", "seeds"])
    expect(many.code).toBe(0)
    expect(lines(many.stderr)).toHaveLength(1)
    expect(many.stderr).toMatch(/^reconcile: --workers 1000 is more than the \d+ cores: \d+ used$/m)
  }, 60_000)
})
