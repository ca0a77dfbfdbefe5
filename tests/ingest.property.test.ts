/**
 * Properties of the real pipeline (readInputs + reconcileInputs) over files of arbitrary bytes
 * and arbitrary Unicode, written to temporary folders: nothing throws, every input is accounted
 * for, and the JSON report's invariants hold.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeContext } from "@effect/platform-node"
import { Effect } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { extractHtml } from "../src/ingest/html.ts"
import { type Inputs, readInputs } from "../src/ingest/readInputs.ts"
import { reconcileInputs } from "../src/pipeline.ts"
import { renderJson } from "../src/report/json.ts"

const RUNS = Number(process.env.PROPERTY_RUNS ?? 50)

const EXTENSIONS = [".txt", ".md", ".jsonl", ".html"] as const

/** News-like text: words, figures, bounds, punctuation, line breaks and stray Unicode. */
const newsText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "Officials said",
        "at least",
        "nearly",
        "about",
        "drones",
        "were shot down",
        "people",
        "killed",
        "Mr.",
        "U.S.",
        "Kyiv",
        "on Sunday",
        "---",
        "outlet: X",
        "published: 2025-02-05",
        '{"text":"12 drones","outlet":"W"}',
        "<p>",
        "</p>",
        "<script>",
        "&amp;",
        "\u00a0",
      ),
      fc.integer({ min: 0, max: 2_000_000 }).map(String),
      fc.constantFrom(". ", "! ", "? ", "\n", "\n\n", "\r\n", " ", ", ", "\t", '"'),
      fc.fullUnicodeString({ maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(" "))

const content = fc.oneof(
  fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b)),
  fc.fullUnicodeString({ maxLength: 300 }).map((s) => Buffer.from(s, "utf8")),
  newsText.map((s) => Buffer.from(s, "utf8")),
  // Valid text with a few bad bytes in it.
  fc
    .tuple(newsText, fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 3 }))
    .map(([s, bad]) => Buffer.concat([Buffer.from(s, "utf8"), Buffer.from(bad), Buffer.from(s, "utf8")])),
)

const files = fc.array(fc.tuple(fc.constantFrom(...EXTENSIONS), content), { minLength: 1, maxLength: 4 })

const run = (paths: ReadonlyArray<string>): Promise<Inputs> =>
  Effect.runPromise(readInputs(paths).pipe(Effect.provide(NodeContext.layer)))

/** Writes the files in a fresh folder; returns their paths. */
function writeAll(dir: string, fs: ReadonlyArray<readonly [string, Buffer]>): string[] {
  return fs.map(([ext, bytes], i) => {
    const p = join(dir, `f${i}${ext}`)
    writeFileSync(p, bytes)
    return p
  })
}

function checkReport(inputs: Inputs, paths: ReadonlyArray<string>) {
  const report = JSON.parse(renderJson(reconcileInputs(inputs)))
  // Documents' ids are unique.
  const ids = report.documents.map((d: { id: string }) => d.id)
  expect(new Set(ids).size).toBe(ids.length)
  // Every claim is in exactly one group, and every group's claim exists.
  const claimIds = report.claims.map((c: { id: string }) => c.id)
  expect(new Set(claimIds).size).toBe(claimIds.length)
  const grouped = report.groups.flatMap((g: { claims: string[] }) => g.claims).sort()
  expect(grouped).toEqual([...claimIds].sort())
  // Each claim's text is its document's text between its offsets.
  const textOf = new Map(inputs.documents.map((d) => [d.id as string, d.text]))
  for (const c of report.claims) {
    const text = textOf.get(c.document)
    expect(text).toBeDefined()
    expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true)
    expect(0 <= c.start && c.start <= c.end && c.end <= text!.length).toBe(true)
    expect(text!.slice(c.start, c.end)).toBe(c.text)
  }
  // Nothing is lost: every input is a document, or skipped with a reason.
  const named = (p: string, x: { path: string }) => x.path === p || x.path.startsWith(`${p}:`)
  for (const p of paths) {
    const read = report.documents.some((d: { path: string }) => named(p, d))
    const skipped = report.skipped.some(
      (s: { path: string; reason: string }) => named(p, s) && s.reason !== "",
    )
    expect(read || skipped, `${p} is neither read nor skipped`).toBe(true)
  }
  return report
}

describe("the pipeline over arbitrary files", () => {
  it("never throws, loses nothing, and keeps the report's invariants", async () => {
    await fc.assert(
      fc.asyncProperty(files, async (fs) => {
        const dir = mkdtempSync(join(tmpdir(), "reconcile-prop-"))
        try {
          const paths = writeAll(dir, fs)
          checkReport(await run(paths), paths)
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      }),
      { numRuns: RUNS },
    )
  })

  it("gives the same report, byte for byte, in any input order", async () => {
    await fc.assert(
      fc.asyncProperty(files, async (fs) => {
        const dir = mkdtempSync(join(tmpdir(), "reconcile-prop-"))
        try {
          const paths = writeAll(dir, fs)
          const forward = renderJson(reconcileInputs(await run(paths)))
          const backward = renderJson(reconcileInputs(await run([...paths].reverse())))
          expect(backward).toBe(forward)
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      }),
      { numRuns: RUNS },
    )
  })

  it("reads every line of a JSONL file as a document or a named skip", async () => {
    const line = fc.oneof(
      newsText.map((text) => JSON.stringify({ text, outlet: "W" })),
      fc.fullUnicodeString({ maxLength: 40 }).filter((s) => !s.includes("\n")),
      fc.constant('{"outlet":"no text"}'),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), async (lines) => {
        const dir = mkdtempSync(join(tmpdir(), "reconcile-prop-"))
        try {
          const file = join(dir, "r.jsonl")
          writeFileSync(file, lines.join("\n"))
          const inputs = await run([file])
          const report = checkReport(inputs, [file])
          lines.forEach((l, i) => {
            if (l.trim() === "" || inputs.skipped.some((s) => s.path === file)) return
            const at = `${file}:${i + 1}`
            const accounted =
              report.documents.some((d: { path: string }) => d.path === at) ||
              report.skipped.some((s: { path: string }) => s.path === at)
            expect(accounted, `${at} is neither read nor skipped`).toBe(true)
          })
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      }),
      { numRuns: RUNS },
    )
  })
})

describe("the HTML reader over arbitrary markup", () => {
  const markup = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "<",
          ">",
          "</",
          "/>",
          "<!--",
          "-->",
          "<![CDATA[",
          "]]>",
          "<!DOCTYPE html>",
          "<p>",
          "</p>",
          "<div class='share'>",
          "</div>",
          "<article>",
          "</article>",
          "<script>",
          "</script>",
          "<style>",
          "<title>",
          "</title>",
          "<br>",
          "<li>",
          "<pre>",
          '<meta property="og:title" content="',
          '<time datetime="',
          '"',
          "'",
          "=",
          "&",
          "&#",
          "&#x",
          ";",
          "amp",
          "nbsp",
          "\n",
          " ",
        ),
        fc.fullUnicodeString({ maxLength: 5 }),
        fc.integer({ min: 0, max: 0x10ffff + 5 }).map(String),
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(""))

  it("never throws, and gives text without markup it understood", () => {
    fc.assert(
      fc.property(markup, (html) => {
        const page = extractHtml(html)
        expect(typeof page.text).toBe("string")
        expect(page.text).not.toMatch(/^\s|\s$/)
        expect(page.text).not.toMatch(/<script>|<\/p>|<br>/)
      }),
      { numRuns: 500 },
    )
  })
})
