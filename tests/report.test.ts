/** The Markdown report, read back with remark + remark-gfm: its sections, tables and order. */
import { describe, expect, it } from "vitest"
import type { GroupId } from "../src/domain/Group.ts"
import { describe as describeGroup, renderMarkdown } from "../src/report/markdown.ts"
import {
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

const md = renderMarkdown(sampleReport())
const root = parse(md)

describe("the header", () => {
  it("lists the documents, oldest first, with outlet, date, claims and file", () => {
    const [docs] = tablesOf(section(root, "Documents"))
    expect(docs).toEqual([
      ["Outlet", "Published", "Claims", "File"],
      ["AP | Wire*", "2025-10-24", "1", "corpus/ap.md"],
      ["TASS", "2025-10-24", "5", "corpus/tass.md"],
      ["Kyiv Post", "2025-10-25", "3", "corpus/kyivpost.md"],
      ["Reuters", "2025-10-26", "3", "corpus/reuters_wire.md"],
      ["(unknown)", "undated", "1", "corpus/anon.txt"],
    ])
  })

  it("counts the groups per verdict, in the order of the sections", () => {
    const top = root.children.slice(
      0,
      root.children.findIndex((n) => n.type === "heading" && n.depth === 2),
    )
    const [verdicts] = tablesOf(top)
    expect(verdicts?.map((r) => r.slice(0, 2))).toEqual([
      ["Verdict", "Groups"],
      ["Conflict", "3"],
      ["Evolving", "1"],
      ["Single source", "2"],
      ["Corroborated", "1"],
    ])
    expect(paragraphsOf(top)[0]).toMatch(
      /^5 documents from 4 outlets .*13 claims in 7 groups\. Skipped inputs: 1\. Warnings: 1\./,
    )
  })

  it("explains each flag that occurs once, in plain words, and no other", () => {
    const legend = root.children.find((n) => n.type === "list")
    const items = (legend && "children" in legend ? legend.children : []).map((n) =>
      textOf(n).replace(/\n/g, " "),
    )
    expect(items.map((i) => i.split(":")[0])).toEqual([
      "interested party",
      "anonymous source",
      "hedged",
      "single claimant",
    ])
    expect(items[1]).toContain("unnamed source")
    expect(md.match(/\*\*anonymous source\*\*/g)).toHaveLength(1)
    expect(md).not.toContain("syndicated")
  })
})

describe("conflicts", () => {
  const nodes = section(root, "Conflicts")

  it("come first, casualties before more outlets, more outlets before fewer", () => {
    const sections = headingsOf(root.children, 2).map((h) => h.replace(/ \(\d+\)$/, ""))
    expect(sections).toEqual([
      "Documents",
      "Conflicts",
      "Evolving figures",
      "Single-source claims",
      "Corroborated claims",
      "Skipped inputs and warnings",
    ])
    expect(headingsOf(nodes, 3)).toEqual([
      "1. People killed, Kherson",
      "2. Drones shot down, Moscow region, 24 Oct 2025",
      "3. Drones hit a plant in Obukhovo",
    ])
  })

  it("show who says what: one row per claim, escaped text read back exactly", () => {
    const tables = tablesOf(nodes)
    expect(tables).toHaveLength(3)
    expect(tables[1]).toEqual([
      ["Outlet", "Claimant", "Says", "Read as", "Flags", "Sentence", "Where"],
      [
        "AP | Wire*",
        "local officials",
        "about 80",
        "72–88",
        "—",
        "Officials said *about 80* drones were shot down near [Moscow] <overnight> | a_b.",
        "corpus/ap.md:7",
      ],
      [
        "Reuters",
        "Russia's Defence Ministry",
        "at least 100",
        "≥ 100",
        "—",
        "The ministry said at least 100 drones were downed.",
        "corpus/reuters_wire.md:3",
      ],
      [
        "TASS",
        "Russia's Defence Ministry",
        "111",
        "111",
        "—",
        "Air defences destroyed 111 drones over the Moscow region, the ministry said.",
        "corpus/tass.md:5",
      ],
    ])
    expect(md).toContain("| AP \\| Wire\\* | local officials |")
    expect(md).toContain("near \\[Moscow\\] \\<overnight\\> \\| a\\_b.")
  })

  it("say what is disputed, and why it is a conflict", () => {
    const ps = paragraphsOf(nodes)
    expect(ps).toContain(
      "Disputed: The number of drones shot down, Moscow region, 23–24 Oct 2025 — 3 outlets, 2 claimants, 3 claims (group g2).",
    )
    expect(ps).toContain("Why it is a conflict: about 80 (72–88) and at least 100 do not meet.")
  })

  it("show an event's polarity, assertion against denial, with the claim's flags", () => {
    expect(
      tablesOf(nodes)[2]
        ?.slice(1)
        .map((r) => [r[0], r[2], r[4]]),
    ).toEqual([
      ["Kyiv Post", "asserted", "—"],
      ["TASS", "denied", "interested party"],
    ])
    expect(paragraphsOf(nodes)).toContain("Flags: interested party")
    expect(paragraphsOf(nodes)).toContain("Why it is a conflict: Kyiv Post asserts it; TASS denies it.")
  })

  it("trim a long sentence around the figure, keeping it, with ellipses where cut", () => {
    const long = `${"Earlier in the day, officials in several regions reported damage to homes. ".repeat(3)}Then 42 drones were shot down over the city, ${"according to a statement that went on at length. ".repeat(3)}`
    const q = quantity({
      id: "x#1",
      document: "x",
      outlet: "X",
      text: long,
      mention: "42",
      value: 42,
      counted: "drone",
    })
    const q2 = quantity({
      id: "y#1",
      document: "y",
      outlet: "Y",
      text: "Seven drones.",
      mention: "Seven",
      value: 7,
      counted: "drone",
    })
    const r = report(
      [doc("x", "X", "2025-01-01"), doc("y", "Y", "2025-01-01")],
      [{ group: group("g1", "conflict", [q, q2]), claims: [q, q2] }],
    )
    const rows = tablesOf(section(parse(renderMarkdown(r)), "Conflicts"))[0]!
    const cell = rows.find((row) => row[0] === "X")?.[5] ?? ""
    expect(cell.length).toBeLessThanOrEqual(160)
    expect(cell).toMatch(/^….*Then 42 drones were shot down over the city,.*…$/)
    expect(long.replace(/\s+/g, " ")).toContain(cell.slice(1, -1))
  })
})

describe("evolving figures", () => {
  const nodes = section(root, "Evolving figures")
  it("show the timeline in publication order, and the latest value", () => {
    expect(tablesOf(nodes)[0]?.map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ["Published", "Outlet", "Value", "Where"],
      ["2025-10-24", "TASS", "7", "corpus/tass.md:13"],
      ["2025-10-26", "Reuters", "12", "corpus/reuters_wire.md:8"],
    ])
    expect(paragraphsOf(nodes)).toContain("Latest: 12 (Reuters, 2025-10-26); group g5.")
  })
})

describe("single-source claims", () => {
  it("show each claim with its flags, claimant and evidence, flagged first", () => {
    const [table] = tablesOf(section(root, "Single-source claims"))
    expect(table).toEqual([
      ["Group", "Subject", "Outlet", "Claimant", "Says", "Flags", "Sentence", "Where"],
      [
        "g7",
        "Drones assembled per month",
        "Kyiv Post",
        "an intelligence source",
        "30",
        "anonymous source, hedged",
        "An intelligence source said 30 Shahed drones were reportedly assembled there each month.",
        "corpus/kyivpost.md:12",
      ],
      [
        "g8",
        "Floor hit",
        "(unknown)",
        "unknown outlet",
        "14th",
        "—",
        "The drone hit the 14th floor.",
        "corpus/anon.txt:2",
      ],
    ])
  })
})

describe("corroborated claims", () => {
  it("take one row per group: subject, values, outlets, claimants, flags, where", () => {
    expect(tablesOf(section(root, "Corroborated claims"))[0]).toEqual([
      ["Group", "Subject", "Values", "Outlets", "Claimants", "Flags", "Where"],
      [
        "g4",
        "Drones shot down, Rostov region",
        "34; Thirty-four",
        "Reuters, TASS",
        "Russia's Defence Ministry",
        "single claimant",
        "corpus/tass.md:15, corpus/reuters_wire.md:10",
      ],
    ])
  })
})

describe("corroborated values", () => {
  it("list each value as written once, whatever its capitals", () => {
    const mk = (id: string, outlet: string, text: string, mention: string) =>
      quantity({
        id,
        document: id.split("#")[0]!,
        outlet,
        text,
        mention,
        value: 5,
        counted: "person",
        action: "injured",
      })
    const cs = [
      mk("a#1", "A", "five people were hurt.", "five"),
      mk("b#1", "B", "Five people were hurt.", "Five"),
      mk("c#1", "C", "At least five people were hurt.", "At least five"),
    ]
    const r = report(
      [doc("a", "A", "2025-01-01"), doc("b", "B", "2025-01-01"), doc("c", "C", "2025-01-01")],
      [{ group: group("g1", "corroborated", cs), claims: cs }],
    )
    expect(tablesOf(section(parse(renderMarkdown(r)), "Corroborated claims"))[0]?.[1]?.[2]).toBe(
      "five; At least five",
    )
  })
})

describe("skipped inputs and warnings", () => {
  it("name each input and the reason", () => {
    const nodes = section(root, "Skipped inputs and warnings")
    expect(headingsOf(nodes, 3)).toEqual(["Skipped inputs (1)", "Warnings (1)"])
    const lists = nodes.filter((n) => n.type === "list").map((l) => textOf(l))
    expect(lists).toEqual([
      "corpus/photo.jpg: binary file, not text",
      "corpus/anon.txt: no publication date; read as undated",
    ])
  })

  it("show problems in the report data as warnings, not silently", () => {
    const r = sampleReport()
    const broken = {
      ...r,
      groups: [...r.groups, { ...r.groups[0]!, id: "g99" as GroupId, claims: ["nowhere#1" as never] }],
    }
    const text = textOf({ children: section(parse(renderMarkdown(broken)), "Skipped inputs and warnings") })
    expect(text).toContain("group g99: names claim nowhere#1, which the report does not hold")
  })

  it("name the claims no group holds, and only those", () => {
    const r = sampleReport()
    const first = r.groups[0]!
    const dropped = first.claims[0]!
    const broken = { ...r, groups: [{ ...first, claims: first.claims.slice(1) }, ...r.groups.slice(1)] }
    const text = textOf({ children: section(parse(renderMarkdown(broken)), "Skipped inputs and warnings") })
    expect(text.match(/is in no group/g)).toHaveLength(1)
    expect(text).toContain(`claim ${dropped}: is in no group, so no section shows it`)
  })
})

describe("an empty report", () => {
  const empty = renderMarkdown(report([], []))
  it("says none in every section, the same way", () => {
    const r = parse(empty)
    for (const title of ["Conflicts", "Evolving figures", "Single-source claims", "Corroborated claims"])
      expect(paragraphsOf(section(r, title))).toEqual([expect.stringMatching(/^None: .*\.$/)])
    expect(empty.match(/^None: /gm)).toHaveLength(8)
  })
})

describe("form", () => {
  it("keeps prose lines short, and ends with one newline", () => {
    const long = md.split("\n").filter((l) => !l.startsWith("|") && [...l].length > 100)
    expect(long).toEqual([])
    expect(md.endsWith("\n") && !md.endsWith("\n\n")).toBe(true)
  })

  it("renders the same report to the same bytes", () => {
    expect(renderMarkdown(sampleReport())).toBe(md)
  })
})

describe("what a group is about, composed from its claims", () => {
  const q = (over: Partial<Parameters<typeof quantity>[0]>) =>
    quantity({
      id: "a#1",
      document: "a",
      text: "At least 14 people were killed.",
      mention: "14",
      value: 14,
      counted: "person",
      ...over,
    })
  it.each([
    [[q({ action: "killed", place: "Poltava" })], "The number of people killed, Poltava"],
    [
      [
        q({
          counted: "drone",
          action: "shot-down",
          time: { start: "2024-11-10", end: "2024-11-10", text: "on Sunday" },
        }),
      ],
      "The number of drones shot down, 10 Nov 2024",
    ],
    [
      [q({ counted: "prisoner", qualifiers: ["ukrainian"], action: "exchanged" })],
      "The number of ukrainian prisoners exchanged",
    ],
    [[q({ counted: "aid", currency: "GBP", action: null })], "The amount of aid"],
  ])("%#: %s", (claims, expected) => {
    expect(describeGroup(claims)).toBe(expected)
  })
})

describe("large reports", () => {
  it("renders 200,000 single-source rows (a spread of that many rows overflowed the call stack)", () => {
    const n = 200_000
    const claims = Array.from({ length: n }, (_, i) =>
      quantity({
        id: `big#${i + 1}`,
        document: "big",
        outlet: "Wire",
        text: `Officials counted ${i} shells.`,
        mention: String(i),
        value: i,
        counted: "shells",
      }),
    )
    const big = report(
      [doc("big", "Wire", "2025-10-24")],
      [{ group: group("g1", "single-source", claims), claims }],
    )
    const out = renderMarkdown(big)
    expect(out).toContain("Officials counted 199999 shells.")
    expect(out.split("\n").filter((l) => l.includes("`corpus/big.md:1`")).length).toBe(n)
  })
})
