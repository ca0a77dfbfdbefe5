/** The report's text helpers: tables of [input, expected]. */
import { describe, expect, it } from "vitest"
import { formatNumber, formatValue, formatWindow, plural } from "../src/report/format.ts"
import {
  clip,
  code,
  compareNatural,
  escapeInline,
  excerpt,
  guardLineStart,
  oneLine,
  table,
  wrap,
} from "../src/report/text.ts"

describe("escapeInline", () => {
  it.each([
    ["plain words", "plain words"],
    ["a | b", "a \\| b"],
    ["*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"],
    ["<b>[link](x)</b>", "\\<b\\>\\[link\\](x)\\</b\\>"],
    ["back\\slash", "back\\\\slash"],
    ["two\nlines\r\n  here", "two lines here"],
    ["~~struck~~", "\\~\\~struck\\~\\~"],
    ["AT&T &amp; &#35;", "AT&T \\&amp; \\&#35;"],
    ["see https://x.org or www.y.org", "see https\\://x.org or www\\.y.org"],
    ["mail a@b.co", "mail a@b.co"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeInline(input)).toBe(expected)
  })
})

describe("oneLine", () => {
  it.each([
    ["  a \t b\n\nc  ", "a b c"],
    ["nul\u0000here", "nul here"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(oneLine(input)).toBe(expected)
  })
})

describe("clip", () => {
  it.each([
    ["short", 10, "short"],
    ["exactly ten", 11, "exactly ten"],
    ["Russia's Defence Ministry and its spokesman", 20, "Russia's Defence…"],
    ["abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…"],
  ])("%j, %i -> %j", (input, max, expected) => {
    expect(clip(input, max)).toBe(expected)
    expect(clip(input, max).length).toBeLessThanOrEqual(max)
  })
})

describe("excerpt", () => {
  const s = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
  it.each([
    // fits: whole, whitespace made one line
    ["A short\nsentence.", { start: 2, end: 7 }, 160, "A short sentence."],
    // the figure in the middle: cut both sides at words
    [s, { start: s.indexOf("eight"), end: s.indexOf("eight") + 5 }, 30, "…six seven eight nine ten…"],
    // the figure at the start: cut only the end
    [s, { start: 0, end: 3 }, 30, "one two three four five six…"],
    // the figure at the end: cut only the start
    [s, { start: s.indexOf("fifteen"), end: s.length }, 30, "…thirteen fourteen fifteen"],
    // no figure (an event not found): the beginning
    [s, null, 20, "one two three four…"],
    // a figure longer than the budget is kept whole
    [s, { start: 0, end: s.length }, 20, s],
  ])("%#", (sentence, focus, max, expected) => {
    expect(excerpt(sentence, focus, max)).toBe(expected)
  })

  it("keeps the figure when whitespace before it collapses", () => {
    const t = `${"word ".repeat(40)}\n\n   the 77 drones ${"more ".repeat(40)}`
    const i = t.indexOf("77")
    const e = excerpt(t, { start: i, end: i + 2 }, 60)
    expect(e).toContain("the 77 drones")
    expect(e.length).toBeLessThanOrEqual(60)
  })
})

describe("code", () => {
  it.each([
    ["seeds/001_abc.txt:12", "`seeds/001_abc.txt:12`"],
    ["odd|name.txt:3", "odd\\|name.txt:3"],
    ["tick`name.txt:3", "tick\\`name.txt:3"],
  ])("%j -> %j", (input, expected) => {
    expect(code(input)).toBe(expected)
  })
})

describe("wrap and line starts", () => {
  it.each([
    ["# not a heading", "\\# not a heading"],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["1.5 million", "1.5 million"],
    ["=", "\\="],
  ])("%j -> %j", (input, expected) => {
    expect(guardLineStart(input)).toBe(expected)
  })

  it("wraps at the width, guards every line, and indents continuations", () => {
    expect(wrap("aaa bbb - ccc # ddd", 9, "  ", "- ")).toBe("- aaa bbb\n  \\- ccc #\n  ddd")
    expect(wrap("aaa # bbb", 4)).toBe("aaa\n\\#\nbbb")
  })

  it("does not break inside a code span", () => {
    expect(wrap("see `a - b.txt:1` now", 8)).toBe("see\n`a - b.txt:1`\nnow")
  })
})

describe("table", () => {
  it("refuses a row with the wrong number of cells", () => {
    expect(() => table(["a", "b"], [["1"]])).toThrow(/1 cells, header has 2/)
  })
  it("right-aligns what it is told to", () => {
    expect(table(["a", "n"], [["x", "1"]], ["left", "right"])).toEqual([
      "| a | n |",
      "| --- | ---: |",
      "| x | 1 |",
    ])
  })
})

describe("values and words", () => {
  it.each([
    [34, "34"],
    [1234567, "1,234,567"],
    [1500.25, "1,500.25"],
    [{ min: 14, max: null }, "≥ 14"],
    [{ min: null, max: 30 }, "≤ 30"],
    [{ min: 900, max: 1000 }, "900–1,000"],
    [{ min: 5, max: 5 }, "5"],
    [{ min: null, max: null }, "unknown"],
  ])("formatValue(%j) = %j", (v, expected) => {
    expect(formatValue(v)).toBe(expected)
  })

  it.each([
    [-1234, "-1,234"],
    [0, "0"],
  ])("formatNumber(%j) = %j", (n, expected) => {
    expect(formatNumber(n)).toBe(expected)
  })

  it.each([
    [{ start: "2024-11-10", end: "2024-11-10" }, "10 Nov 2024"],
    [{ start: "2025-03-12", end: "2025-03-13" }, "12–13 Mar 2025"],
    [{ start: "2025-01-30", end: "2025-02-02" }, "30 Jan – 2 Feb 2025"],
    [{ start: "2024-12-31", end: "2025-01-01" }, "31 Dec 2024 – 1 Jan 2025"],
    [{ start: "last week", end: "last week" }, "last week"],
  ])("formatWindow(%j) = %j", (w, expected) => {
    expect(formatWindow({ ...w, text: null })).toBe(expected)
  })

  it.each([
    ["drone", "drones"],
    ["person", "people"],
    ["people", "people"],
    ["child", "children"],
    ["casualty", "casualties"],
    ["airport", "airports"],
    ["prisoners", "prisoners"],
  ])("plural(%j) = %j", (n, expected) => {
    expect(plural(n)).toBe(expected)
  })

  it("orders ids naturally", () => {
    expect(["g10", "g2", "g1", "g02", "h1"].sort(compareNatural)).toEqual(["g1", "g02", "g2", "g10", "h1"])
  })
})
