/**
 * The report's text helpers have fast paths (text that is already one line, text with nothing to
 * escape, a sentence that fits, ids compared without splitting them): they must give exactly what
 * the plain code gives. The plain code is kept here as the specification.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { generateCorpus } from "../bench/generate.ts"
import { reconcileInputs } from "../src/pipeline.ts"
import { reportBytes, Utf8Writer } from "../src/report/bytes.ts"
import { renderJson, renderJsonTo } from "../src/report/json.ts"
import { renderMarkdown, renderMarkdownTo } from "../src/report/markdown.ts"
import {
  clip,
  compareNatural,
  compareText,
  escapeInline,
  escapeLine,
  excerpt,
  oneLine,
} from "../src/report/text.ts"

// Control characters, and the bidirectional controls, which would reorder what a reader sees.
const CONTROL = new RegExp(
  `[\\u0000-\\u0008\\u000e-\\u001f\\u007f${"\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069"}]`,
  "g",
)
const plainOneLine = (text: string): string => text.replace(CONTROL, " ").replace(/\s+/g, " ").trim()

const plainEscapeInline = (text: string): string =>
  plainOneLine(text)
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, "\\&")
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/(www)\./gi, "$1\\.")

function plainCompareNatural(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? []
  const rb = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i]!
    const y = rb[i]!
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const d = x.replace(/^0+/, "").length - y.replace(/^0+/, "").length
      if (d !== 0) return d
      const c = compareText(x.replace(/^0+/, ""), y.replace(/^0+/, ""))
      if (c !== 0) return c
    } else {
      const c = compareText(x, y)
      if (c !== 0) return c
    }
  }
  return ra.length - rb.length || compareText(a, b)
}

/** Every kind of whitespace and control character, what gets escaped, and plain words. */
const UNITS = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u000b",
  "\u000c",
  "\u0000",
  "\u001f",
  "\u007f",
  "\u202e",
  "\u2066",
  "\u200f",
  "\u0085",
  "\u00a0",
  "\u1680",
  "\u2003",
  "\u2028",
  "\u202f",
  "\u3000",
  "\ufeff",
  "|",
  "*",
  "_",
  "`",
  "\\",
  "<",
  "[",
  "~",
  "&amp;",
  "&#35;",
  "&",
  ";",
  "http://",
  ":",
  "/",
  "www.",
  "WwW.",
  "w",
  "word",
  "a",
  "7",
  "0",
  "…",
  "é",
  "😀",
]
const text = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...UNITS) },
      { weight: 1, arbitrary: fc.fullUnicode() },
    ),
    maxLength,
    size: "max",
  })

describe("fast paths give what the plain code gives", () => {
  it("oneLine and escapeInline", () => {
    fc.assert(
      fc.property(text(40), fc.integer({ min: 2, max: 30 }), (t, max) => {
        expect(oneLine(t)).toBe(plainOneLine(t))
        expect(escapeInline(t)).toBe(plainEscapeInline(t))
        // The report escapes clip's output with escapeLine, which trusts it to be one line.
        const clipped = clip(t, max)
        expect(escapeLine(clipped)).toBe(plainEscapeInline(clipped))
      }),
      { numRuns: 3000 },
    )
  })

  it("excerpt: one line already or not, fitting or not", () => {
    fc.assert(
      fc.property(
        text(120),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 10, max: 80 }),
        fc.boolean(),
        (t, x, y, max, focused) => {
          const start = t.length === 0 ? 0 : x % t.length
          const focus = focused ? { start, end: start + (y % (t.length - start + 1)) } : null
          const oneLined = t.replace(/\s/g, "x")
          for (const s of [t, oneLined, plainOneLine(t)]) {
            // The sentence that fits is kept whole, as one line.
            if (s.length <= max) expect(excerpt(s, focus, max)).toBe(plainOneLine(s))
            // The report escapes excerpt's output with escapeLine, which trusts it to be one line.
            const cut = excerpt(s, focus, max)
            expect(cut).toBe(oneLine(cut))
          }
          // Text that is already one line maps every offset to itself: the same cut as a copy
          // with whitespace that needs collapsing at the end (which the slow path maps).
          const padded = `${oneLined} \n`
          if (oneLined.length > max) expect(excerpt(oneLined, focus, max)).toBe(excerpt(padded, focus, max))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it("compareNatural", () => {
    const id = fc.string({
      unit: fc.constantFrom("g", "f", "#", "-", "0", "1", "2", "9", "a", "😀"),
      maxLength: 8,
    })
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(compareNatural(a, b)).toBe(plainCompareNatural(a, b))
      }),
      { numRuns: 5000 },
    )
    fc.assert(
      fc.property(text(12), text(12), (a, b) => {
        expect(compareNatural(a, b)).toBe(plainCompareNatural(a, b))
      }),
      { numRuns: 2000 },
    )
  })
})

describe("the JSON report in pieces", () => {
  const plain = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  const record = fc.dictionary(
    fc.string({ maxLength: 6 }),
    fc.oneof(
      fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 40 }),
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant(undefined),
      fc.constant([]),
      fc.array(fc.constantFrom("€", "∞ — ‘x’", "plain", "\u{1F600}", "\u2028"), { maxLength: 20 }),
    ),
    { maxKeys: 6 },
  )

  it("are, joined, what JSON.stringify gives, for any record of arrays and values", () => {
    fc.assert(
      fc.property(record, (r) => {
        const chunks: string[] = []
        renderJsonTo(r as never, (piece) => {
          chunks.push(piece)
        })
        expect(chunks.join("")).toBe(plain(r))
      }),
      { numRuns: 1000 },
    )
  })

  it("are so for a real report, with arrays longer than a piece", () => {
    const inputs = { documents: generateCorpus({ n: 40, seed: 5 }), skipped: [], warnings: [] }
    const report = reconcileInputs(inputs)
    expect(report.claims.length).toBeGreaterThan(100)
    expect(renderJson(report)).toBe(plain(report))
    expect(reportBytes(report, "json").equals(Buffer.from(plain(report), "utf8"))).toBe(true)
  })
})

describe("the report's bytes, encoded as it is rendered", () => {
  const wide = ["", "a — b", "\u{1F600}", "caf\u00e9", "\ud800", "\udc00x", "plain", "€€€€€€€€€"]
  const text = fc.oneof(fc.constantFrom(...wide), fc.string({ unit: "binary" }), fc.string({ maxLength: 40 }))

  it("are, in blocks of any size, the UTF-8 of the text written, lines and pieces alike", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), text)), fc.integer({ min: 1, max: 24 }), (writes, size) => {
        const blocks: Buffer[] = []
        const out = new Utf8Writer((bytes) => {
          // A block is given non-empty, and written over after: kept as a copy.
          expect(bytes.length).toBeGreaterThan(0)
          blocks.push(Buffer.from(bytes))
        }, size)
        for (const [isLine, t] of writes) (isLine ? out.line : out.write)(t)
        out.end()
        // Each text encoded on its own (a surrogate pair split between two texts is two U+FFFD,
        // as with Buffer.from: the report's pieces and lines never split one).
        const expected = Buffer.concat(
          writes.map(([isLine, t]) => Buffer.from(isLine ? `${t}\n` : t, "utf8")),
        )
        expect(Buffer.concat(blocks).equals(expected)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it("are the Markdown report's bytes, and its lines are the report's", () => {
    const report = reconcileInputs({
      documents: generateCorpus({ n: 40, seed: 5 }),
      skipped: [],
      warnings: [],
    })
    const md = renderMarkdown(report)
    expect(md).toContain("—")
    const lines: string[] = []
    renderMarkdownTo(report, (line) => {
      lines.push(line)
    })
    expect(`${lines.join("\n")}\n`).toBe(md)
    expect(reportBytes(report, "md").toString("utf8")).toBe(md)
    expect(md).toContain("## Single-source claims")
    expect(md).toContain("## Corroborated claims")
  })
})
