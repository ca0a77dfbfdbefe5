/**
 * Properties of the Markdown report: any text (Markdown's special characters, newlines, any
 * Unicode) renders into well-formed tables and lists whose text reads back as the original, and
 * the same report gives the same bytes in any order.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Claim } from "../src/domain/Claim.ts"
import type { Report } from "../src/domain/Report.ts"
import { formatValue } from "../src/report/format.ts"
import { renderMarkdown } from "../src/report/markdown.ts"
import { clip, ELLIPSIS, excerpt, oneLine } from "../src/report/text.ts"
import {
  claimant,
  doc,
  group,
  headingsOf,
  paragraphsOf,
  parse,
  quantity,
  report,
  sampleReport,
  section,
  tablesOf,
  textOf,
} from "./report-fixtures.ts"

/** Text full of what Markdown and GFM treat specially, mixed with letters and any Unicode. */
const SPECIAL = [
  "|",
  "*",
  "_",
  "`",
  "<",
  ">",
  "[",
  "]",
  "\\",
  "\n",
  "\r\n",
  "\r",
  " ",
  "  ",
  "\t",
  "~",
  "&",
  "#",
  "-",
  "+",
  "=",
  "!",
  "(",
  ")",
  ":",
  "/",
  "@",
  ".",
  "1.",
  "- ",
  "# ",
  "&amp;",
  "&#35;",
  "http://",
  "www.",
  "a@b.c",
  "\u00a0",
  "\u0000",
  "…",
  "```",
  "---",
  "a",
  "Z",
  "7",
  "é",
]
/** `size: "max"`: without it fast-check keeps strings near 10 units, whatever `maxLength` says. */
const nasty = (maxLength: number, minLength = 0) =>
  fc.string({
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
      { weight: 1, arbitrary: fc.fullUnicode() },
    ),
    minLength,
    maxLength,
    size: "max",
  })

const claimArb = fc.record({
  outlet: nasty(30),
  claimant: nasty(30),
  prefix: nasty(120),
  mention: nasty(8, 1),
  suffix: nasty(120),
  path: nasty(20, 1),
  line: fc.integer({ min: 1, max: 5000 }),
  value: fc.integer({ min: 0, max: 2_000_000 }),
})

const conflictArb = fc.record({
  claims: fc.array(claimArb, { minLength: 2, maxLength: 5 }),
  subject: nasty(60),
  reason: nasty(150),
  skipped: fc.array(fc.record({ path: nasty(20), reason: nasty(150) }), { maxLength: 3 }),
})

function build(input: typeof conflictArb extends fc.Arbitrary<infer T> ? T : never): Report {
  const docs = input.claims.map((c, i) => doc(`d${i}`, c.outlet, "2025-01-01", c.path))
  const claims: Claim[] = input.claims.map((c, i) =>
    quantity({
      id: `d${i}#1`,
      document: `d${i}`,
      outlet: c.outlet,
      claimant: claimant(c.claimant),
      line: c.line,
      text: c.prefix + c.mention + c.suffix,
      mention: c.mention,
      mentionAt: c.prefix.length,
      value: c.value,
      counted: "drone",
    }),
  )
  return report(
    docs,
    [{ group: group("g1", "conflict", claims, { subject: input.subject, reason: input.reason }), claims }],
    {
      skipped: input.skipped,
    },
  )
}

/** A permutation of a list, from a seed: the same seed gives the same order. */
const shuffle = <T>(xs: ReadonlyArray<T>, seed: number): T[] => {
  const out = [...xs]
  let s = seed >>> 0 || 1
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const shuffled = (r: Report, seed: number): Report => ({
  documents: shuffle(r.documents, seed),
  claims: shuffle(r.claims, seed + 1),
  groups: shuffle(
    r.groups.map((g, i) => ({
      ...g,
      claims: shuffle(g.claims, seed + 2 + i),
      outlets: shuffle(g.outlets, seed + 3 + i),
      flags: shuffle(g.flags, seed + 4 + i),
      ...(g.timeline ? { timeline: shuffle(g.timeline, seed + 5 + i) } : {}),
    })),
    seed + 6,
  ),
  skipped: shuffle(r.skipped, seed + 7),
  warnings: shuffle(r.warnings, seed + 8),
})

const rowsKey = (rows: ReadonlyArray<ReadonlyArray<string>>) => rows.map((r) => JSON.stringify(r)).sort()

describe("any text renders into well-formed Markdown that reads back as the original", () => {
  it("the conflicts table: the header and one row per claim, each cell the original text", () => {
    fc.assert(
      fc.property(conflictArb, (input) => {
        const r = build(input)
        const root = parse(renderMarkdown(r))
        const nodes = section(root, "Conflicts")
        const tables = tablesOf(nodes)
        expect(tables).toHaveLength(1)
        const [header, ...rows] = tables[0]!
        expect(header).toEqual(["Outlet", "Claimant", "Says", "Read as", "Flags", "Sentence", "Where"])
        expect(rows).toHaveLength(input.claims.length)
        for (const row of rows) expect(row).toHaveLength(7)
        const expected = input.claims.map((c) => {
          const text = c.prefix + c.mention + c.suffix
          return [
            clip(c.outlet, 40),
            clip(c.claimant, 50),
            clip(c.mention, 60),
            formatValue(c.value),
            "—",
            excerpt(text, { start: c.prefix.length, end: c.prefix.length + c.mention.length }, 160),
            oneLine(`${c.path}:${c.line}`),
          ]
        })
        expect(rowsKey(rows)).toEqual(rowsKey(expected))
        // The trimming rule, independently: a sentence that fits is whole, one line.
        for (const c of input.claims) {
          const whole = oneLine(c.prefix + c.mention + c.suffix)
          const sentences = rows.map((row) => row[5])
          if (whole.length <= 160) expect(sentences).toContain(whole)
        }
        // The heading and the reason, escaped, read back too.
        expect(headingsOf(nodes, 3)).toEqual([clip(`1. ${input.subject}`, 100)])
        const reason = oneLine(input.reason) || "no reason was given"
        expect(paragraphsOf(nodes)).toContain(
          `Why it is a conflict: ${/[.!?…]$/.test(reason) ? reason : `${reason}.`}`,
        )
      }),
      { numRuns: 150, endOnFailure: true },
    )
  })

  it("the skipped inputs: one list item per input, path and reason as written", () => {
    fc.assert(
      fc.property(conflictArb, (input) => {
        const nodes = section(parse(renderMarkdown(build(input))), "Skipped inputs and warnings")
        const lists = nodes.filter((n) => n.type === "list")
        const items =
          input.skipped.length === 0
            ? []
            : (lists[0] as { children: unknown[] }).children.map((i) => textOf(i).replace(/\n/g, " "))
        expect(items.sort()).toEqual(
          input.skipped.map((s) => `${oneLine(s.path)}: ${oneLine(s.reason)}`.trim()).sort(),
        )
      }),
      { numRuns: 100, endOnFailure: true },
    )
  })
})

describe("wrapped prose", () => {
  /** Words that open a block at the start of a line: a wrap must not let them. */
  const blocky = fc
    .array(
      fc.constantFrom(
        "-",
        "#",
        "##",
        "+",
        "=",
        "1.",
        "2)",
        ">",
        "*",
        "---",
        "===",
        "word",
        "longer-word",
        "|",
      ),
      {
        minLength: 1,
        maxLength: 120,
        size: "max",
      },
    )
    .map((ws) => ws.join(" "))

  it("stays one paragraph, or one list item, whatever word falls at the start of a line", () => {
    fc.assert(
      fc.property(blocky, blocky, (reason, skippedReason) => {
        const r = build({
          claims: [0, 1].map((i) => ({
            outlet: "O",
            claimant: "C",
            prefix: "",
            mention: String(i),
            suffix: "",
            path: "p",
            line: 1,
            value: i,
          })),
          subject: "S",
          reason,
          skipped: [{ path: "p", reason: skippedReason }],
        })
        const root = parse(renderMarkdown(r))
        const why = /[.!?…]$/.test(reason) ? reason : `${reason}.`
        expect(paragraphsOf(section(root, "Conflicts"))).toContain(`Why it is a conflict: ${why}`)
        const lists = section(root, "Skipped inputs and warnings").filter((n) => n.type === "list")
        expect(lists.map((l) => textOf(l).replace(/\n/g, " "))).toEqual([`p: ${skippedReason}`])
      }),
      { numRuns: 150, endOnFailure: true },
    )
  })
})

describe("determinism", () => {
  it("the same report gives the same bytes, twice and in any order", () => {
    const sample = sampleReport()
    const expected = renderMarkdown(sample)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        expect(renderMarkdown(shuffled(sample, seed))).toBe(expected)
      }),
      { numRuns: 100 },
    )
  })

  it("holds for reports of any text too", () => {
    fc.assert(
      fc.property(conflictArb, fc.integer({ min: 0, max: 2 ** 31 }), (input, seed) => {
        const r = build(input)
        expect(renderMarkdown(shuffled(r, seed))).toBe(renderMarkdown(r))
      }),
      { numRuns: 100 },
    )
  })
})

describe("excerpt", () => {
  it("keeps the figure, stays within the limit, and cuts only where it says so", () => {
    fc.assert(
      fc.property(
        nasty(300),
        nasty(20, 1),
        nasty(300),
        fc.integer({ min: 20, max: 200 }),
        (pre, fig, post, max) => {
          const e = excerpt(pre + fig + post, { start: pre.length, end: pre.length + fig.length }, max)
          const figure = oneLine(fig)
          expect(e).toContain(figure)
          if (figure.length + 2 <= max) expect(e.length).toBeLessThanOrEqual(max)
          const body = e.replace(new RegExp(`^${ELLIPSIS}`), "").replace(new RegExp(`${ELLIPSIS}$`), "")
          expect(oneLine(pre + fig + post)).toContain(body)
        },
      ),
      { numRuns: 500, endOnFailure: true },
    )
  })
})
