/**
 * Ingest: decoding, front matter, HTML, duplicates, and readInputs over bad inputs of every kind.
 * The binary, invalid UTF-8, empty-folder, broken sources.json and 10 MB cases are made at test
 * time in a temporary folder; the others are in tests/fixtures/bad.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { FileSystem } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import fc from "fast-check"
import { extractClaims } from "../src/claims/extract.ts"
import { writeAtomically } from "../src/cli/output.ts"
import { comparePaths, dropDuplicates, openingOf, sameText } from "../src/ingest/duplicates.ts"
import { splitFrontMatter } from "../src/ingest/frontMatter.ts"
import { decodeEntities, extractHtml, sniffCharset } from "../src/ingest/html.ts"
import { assignIds, type Inputs, readInputs } from "../src/ingest/readInputs.ts"
import { decodeBytes, Utf8Lines } from "../src/ingest/text.ts"

const FIXTURES = "tests/fixtures/bad"
const read = (paths: ReadonlyArray<string>): Promise<Inputs> =>
  Effect.runPromise(readInputs(paths).pipe(Effect.provide(NodeContext.layer)))
const tempDir = () => mkdtempSync(join(tmpdir(), "reconcile-ingest-"))
const bytes = (...xs: Array<number | string>) =>
  Buffer.concat(xs.map((x) => (typeof x === "string" ? Buffer.from(x, "utf8") : Buffer.from([x]))))

describe("decodeBytes", () => {
  it.each([
    ["plain UTF-8", bytes("Kyiv, 34 drones"), "Kyiv, 34 drones", 0],
    ["UTF-8 with a BOM", bytes(0xef, 0xbb, 0xbf, "Kyiv"), "Kyiv", 0],
    ["UTF-16LE with a BOM", Buffer.concat([bytes(0xff, 0xfe), Buffer.from("Kyïv", "utf16le")]), "Kyïv", 0],
    ["one bad byte", bytes("a ", 0xff, " b"), "a \uFFFD b", 1],
    ["a truncated sequence on line 2", bytes("ok\nnot ", 0xc3, "ok"), "ok\nnot \uFFFDok", 1],
  ])("%s", (_, input, text, replaced) => {
    const d = decodeBytes(input)
    expect(d._tag).toBe("Text")
    if (d._tag !== "Text") return
    expect(d.text).toBe(text)
    expect(d.replaced).toBe(replaced)
  })

  it("gives the line of the first bad byte", () => {
    const d = decodeBytes(bytes("one\ntwo\nthree ", 0xff, "\n", 0xfe))
    expect(d).toMatchObject({ _tag: "Text", replaced: 2, firstBadLine: 3 })
  })

  it.each([
    ["NUL bytes", bytes("PK", 0, 0, 3, 4, "rest")],
    ["control codes", Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x01 : 0x41)))],
    ["mostly invalid UTF-8", Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 60)))],
  ])("refuses %s as not text", (_, input) => {
    expect(decodeBytes(input)._tag).toBe("NotText")
  })

  it("reads a declared legacy charset when the bytes are not UTF-8", () => {
    const d = decodeBytes(bytes("caf", 0xe9, " ", 0x93, "quoted", 0x94), "windows-1252")
    expect(d).toMatchObject({ _tag: "Text", text: "café “quoted”", replaced: 0 })
    // Valid UTF-8 wins over a wrong declaration.
    expect(decodeBytes(bytes("café"), "iso-8859-1")).toMatchObject({ text: "café" })
  })
})

/**
 * Utf8Lines' lines, collected; null when it refuses the bytes. They are read into its buffer of
 * `size` bytes at most `reads[i]` bytes at a time, in turn, as a file is read.
 */
const decodeUtf8Lines = (
  input: Uint8Array,
  size = 1 << 20,
  reads: ReadonlyArray<number> = [],
): string[] | null => {
  const lines: string[] = []
  const reader = new Utf8Lines((line, i) => {
    expect(i).toBe(lines.length)
    lines.push(line)
  }, size)
  let at = 0
  for (let r = 0; at < input.length; r++) {
    const space = reader.space()
    expect(space.length).toBeGreaterThan(0)
    const n = Math.min(
      space.length,
      input.length - at,
      reads.length > 0 ? reads[r % reads.length]! : Infinity,
    )
    space.set(input.subarray(at, at + n))
    at += n
    if (!reader.took(n)) return null
  }
  return reader.end() ? lines : null
}

describe("Utf8Lines", () => {
  it("gives decodeBytes' lines for valid UTF-8, and null where decodeBytes has more to say, however the bytes come", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("\n", "\r\n", "\u2014", "\ufeff", "\u{1F600}", "", " ", "\u0000"),
    )
    const prefix = fc.constantFrom<Array<number>>([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff])
    const bad = fc.constantFrom<Array<number>>([], [0xff], [0xc3], [0xed, 0xa0, 0x80], [0x01, 0x02, 0x03])
    // Buffers of a byte and more, reads of a byte and more: lines and characters cut anywhere.
    const size = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(1 << 16))
    const reads = fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 4 })
    fc.assert(
      fc.property(
        prefix,
        fc.array(fc.tuple(piece, bad), { maxLength: 12 }),
        size,
        reads,
        (pre, parts, n, rs) => {
          const body = Buffer.concat(parts.flatMap(([p, b]) => [bytes(p), Buffer.from(b)]))
          // Repeated past 20 KB, so that the lines outrun the buffer, which waits for the first
          // 8 KB (to tell a binary file) and then gives its lines a buffer at a time.
          const times = body.length === 0 ? 1 : Math.ceil(20_000 / body.length)
          const input = Buffer.concat([Buffer.from(pre), ...Array.from({ length: times }, () => body)])
          const lines = decodeUtf8Lines(input, n, rs)
          const whole = decodeBytes(input)
          if (lines === null) {
            // Only when decoding the whole has something to add: a refusal, a replacement, UTF-16.
            expect(whole._tag === "NotText" || whole.replaced > 0 || whole.encoding !== "utf-8").toBe(true)
          } else {
            expect(whole._tag).toBe("Text")
            if (whole._tag === "Text") {
              expect(whole.replaced).toBe(0)
              expect(lines).toEqual(whole.text.split("\n"))
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it("reads the lines of a valid file however many there are", () => {
    expect(decodeUtf8Lines(bytes(0xef, 0xbb, 0xbf, "a\n\u2014b\n"))).toEqual(["a", "\u2014b", ""])
    expect(decodeUtf8Lines(bytes("one line"))).toEqual(["one line"])
    expect(decodeUtf8Lines(bytes("a ", 0xff, " b"))).toBeNull()
    // Lines longer than the buffer, and a bad byte only after the first buffer's lines.
    const long = `${"x".repeat(50)}\n${"\u2014".repeat(30)}\n`
    expect(decodeUtf8Lines(bytes(long), 8, [3])).toEqual(["x".repeat(50), "\u2014".repeat(30), ""])
    expect(decodeUtf8Lines(bytes("a\n".repeat(5000), 0xff), 1024)).toBeNull()
  })

  it("refuses a binary file as decodeBytes does, however small the buffer", () => {
    const binary = Buffer.concat([Buffer.from("text\n".repeat(100)), Buffer.from([0])])
    expect(decodeBytes(binary)._tag).toBe("NotText")
    expect(decodeUtf8Lines(binary, 4, [1])).toBeNull()
  })
})

describe("splitFrontMatter", () => {
  it.each([
    [
      "---\noutlet: TASS\n---\nText.",
      { _tag: "Fields", fields: { outlet: "TASS" }, body: "Text.", lines: 3 },
    ],
    ["---\r\noutlet: A\r\n---\r\nText.", { _tag: "Fields", fields: { outlet: "A" }, body: "Text." }],
    ["---\n---\nText.", { _tag: "Fields", fields: {}, body: "Text.", lines: 2 }],
    ["No front matter.", { _tag: "None" }],
    ["---\noutlet: A\nText with no closing fence.", { _tag: "Unclosed" }],
    [
      "---\n- a\n- b\n---\nText.",
      { _tag: "Invalid", reason: "front matter is not a YAML mapping of fields" },
    ],
  ])("%j", (raw, expected) => {
    expect(splitFrontMatter(raw)).toMatchObject(expected)
  })

  it("names the file line of a YAML error, in one line", () => {
    const fm = splitFrontMatter("---\noutlet: A\npublished: [2025\n---\nText.")
    expect(fm._tag).toBe("Invalid")
    if (fm._tag !== "Invalid") return
    expect(fm.reason).toMatch(/^front matter is not valid YAML \(line 3: .+\)$/)
    expect(fm.reason).not.toContain("\n")
    expect(fm.body).toBe("Text.")
  })
})

describe("extractHtml", () => {
  const page = extractHtml(readFileSync(join(FIXTURES, "page.html"), "utf8"))

  it("reads the page's facts", () => {
    expect(page).toMatchObject({
      title: "Drones downed over Moscow region",
      published: "2025-10-24T07:15:00+03:00",
      outlet: "Example News",
      url: "https://news.example/drones",
    })
  })

  it("keeps the article's text, a block a paragraph", () => {
    expect(page.text).toContain(
      "Air defences destroyed 34 drones over the Moscow region overnight, the mayor said.",
    )
    expect(page.text).toContain("injured in Krasnogorsk, officials said — four were taken to hospital.")
    expect(page.text).toContain("four were taken to hospital.\nFlights were suspended at two airports.")
    expect(page.text).toContain("Moscow: 34 drones\n\nBryansk: 25 drones")
  })

  it.each([
    ["scripts", "999 trackers"],
    ["styles", "font-family"],
    ["navigation", "World news in 24 hours"],
    ["the page's header", "Home"],
    ["the page's footer", "Downing"],
    ["asides", "120 drones last week"],
    ["share bars", "Share 3 times"],
    ["cookie banners", "12 cookies"],
    ["JSON-LD", "NewsArticle"],
  ])("leaves out %s", (_, text) => {
    expect(page.text).not.toContain(text)
  })

  it.each([
    [
      "<time datetime> when there is no meta date",
      '<html><body><article><time datetime="2025-03-13T06:36:00Z">Thursday</time><p>Text 1.</p></article></body></html>',
      { published: "2025-03-13T06:36:00Z", text: "Thursday\n\nText 1." },
    ],
    [
      "JSON-LD date and publisher when there is no meta",
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-02-05","publisher":{"name":"LD News"},"headline":"H"}]}</script><p>Body.</p>',
      { published: "2025-02-05", outlet: "LD News", title: "H", text: "Body." },
    ],
    [
      "unclosed paragraphs and list items",
      "<body><p>One.<p>Two.<ul><li>Three<li>Four</ul></body>",
      { text: "One.\n\nTwo.\n\nThree\n\nFour" },
    ],
    [
      "the longest article of several",
      "<article><p>Short teaser.</p></article><article><p>The real story, with 34 drones.</p></article>",
      { text: "The real story, with 34 drones." },
    ],
    [
      "entities in text and attributes",
      "<title>A &amp; B</title><p>&lt;5&gt; &#8220;quoted&#x201D; &pound;55m&nbsp;&hellip; &bogus; AT&T &#146;</p>",
      { title: "A & B", text: "<5> “quoted” £55m … &bogus; AT&T ’" },
    ],
    [
      "a page with no tags",
      "Just 12 words of plain text.",
      { text: "Just 12 words of plain text.", title: null },
    ],
    ["a page cut off inside a tag", '<p>Kept 1.</p><p class="unterminated', { text: "Kept 1." }],
    [
      "hidden elements",
      '<p>Seen.</p><p hidden>Unseen.</p><div style="display: none">Gone.</div>',
      { text: "Seen." },
    ],
    ["comments and CDATA", "<p>A<!-- 99 hidden -->B</p><![CDATA[C]]>", { text: "AB" }],
  ])("reads %s", (_, html, expected) => {
    expect(extractHtml(html)).toMatchObject(expected)
  })

  it("reads a page whose every block looks like furniture", () => {
    expect(extractHtml('<div class="related">Only 3 lines.</div>').text).toBe("Only 3 lines.")
  })

  it("finds a declared charset", () => {
    expect(sniffCharset(Buffer.from('<meta charset="windows-1251">'))).toBe("windows-1251")
    expect(
      sniffCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
    ).toBe("ISO-8859-1")
    expect(sniffCharset(Buffer.from("<p>none</p>"))).toBeNull()
  })

  it("decodes references", () => {
    expect(decodeEntities("&#0;&#x110000;&#xD800;")).toBe("\uFFFD\uFFFD\uFFFD")
    expect(decodeEntities("&eacute;t&eacute; &copy 2025")).toBe("été © 2025")
  })

  it("reads a 5 MB page, and deep nesting, in linear time", () => {
    const big = `<html><body><article>${"<p>Officials said 34 drones were shot down.</p>".repeat(110_000)}</article></body></html>`
    const deep = `${"<div>".repeat(100_000)}deep 7${"</span>".repeat(100_000)}${"</div>".repeat(100_000)}`
    const ragged = "</a<b x='".repeat(200_000)
    const t = performance.now()
    expect(extractHtml(big).text.length).toBeGreaterThan(4_000_000)
    expect(extractHtml(deep).text).toBe("deep 7")
    expect(extractHtml(ragged).text).toBe("")
    expect(performance.now() - t).toBeLessThan(10_000)
  })
})

describe("dropDuplicates keys articles by their opening words, and compares the texts whole", () => {
  // Pieces whose compared texts coincide in many ways: white space of every kind and runs of it,
  // composed and decomposed accents, a space NFC maps to another (U+2000), and words enough for
  // texts to share their first 24 and differ after them.
  const piece = fc.constantFrom(
    "Text",
    "1.",
    "é",
    "e\u0301",
    "Å",
    "A\u030a",
    "\u0301",
    "한",
    "\u1112\u1161\u11ab",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "\u2000",
    "\u2002",
    "\u3000",
    "\ufeff",
    "\u200b",
    "Kyiv (Reuters) - Russia launched drones overnight at Ukraine, and air defences shot down most of them, officials said on Sunday in a statement on Telegram.",
  )
  const text = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(""))

  it("gives equal openings to texts whose compared texts are equal", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(openingOf(a)).toBe(openingOf(sameText(a)))
        if (sameText(a) === sameText(b)) expect(openingOf(a)).toBe(openingOf(b))
      }),
      { numRuns: 3000 },
    )
  })

  it("keeps the same documents as keying by the whole compared text", () => {
    const outlet = fc.constantFrom("A", "a ", "B", null)
    const docs = fc.array(fc.record({ outlet, text, dated: fc.boolean() }), { maxLength: 12 })
    fc.assert(
      fc.property(docs, (ds) => {
        const given = ds.map((d, i) => ({
          path: `f.jsonl:${i + 1}`,
          outlet: d.outlet,
          published: d.dated ? "2025-01-01" : null,
          text: d.text,
        }))
        const { kept, skipped } = dropDuplicates(given)
        // The reference: one copy per outlet and compared text, chosen as dropDuplicates chooses.
        const groups = new Map<string, typeof given>()
        for (const d of given) {
          const k = `${(d.outlet ?? "").trim().toLowerCase()}\u0000${sameText(d.text)}`
          groups.set(k, [...(groups.get(k) ?? []), d])
        }
        const keptPaths = [...groups.values()].map(
          (g) =>
            [...g].sort(
              (x, y) =>
                (x.published === null ? 1 : 0) - (y.published === null ? 1 : 0) ||
                comparePaths(x.path, y.path),
            )[0]!.path,
        )
        expect(kept.map((d) => d.path)).toEqual([...keptPaths].sort(comparePaths))
        expect(skipped.map((s) => s.path).sort(comparePaths)).toEqual(
          given.map((d) => d.path).filter((p) => !keptPaths.includes(p)),
        )
      }),
      { numRuns: 300 },
    )
  })
})

describe("dropDuplicates", () => {
  const doc = (path: string, outlet: string | null, text: string, published: string | null = null) => ({
    path,
    outlet,
    text,
    published,
  })

  it("keeps one copy of the same text from the same outlet, whatever the order", () => {
    const docs = [
      doc("b.txt", "A", "Text 1."),
      doc("a.txt", "A", " Text   1.\n"),
      doc("c.txt", "a", "Text 1."),
    ]
    for (const order of [docs, [...docs].reverse(), [docs[1]!, docs[2]!, docs[0]!]]) {
      const r = dropDuplicates(order)
      expect(r.kept.map((d) => d.path)).toEqual(["a.txt"])
      expect(r.skipped).toEqual([
        { path: "b.txt", reason: "duplicate of a.txt (the same text from the same outlet)" },
        { path: "c.txt", reason: "duplicate of a.txt (the same text from the same outlet)" },
      ])
    }
  })

  it("keeps syndicated copies (different outlets) and different texts", () => {
    const r = dropDuplicates([
      doc("a", "A", "T."),
      doc("b", "B", "T."),
      doc("c", "A", "U."),
      doc("d", null, "T."),
    ])
    expect(r.kept.map((d) => d.path)).toEqual(["a", "b", "c", "d"])
    expect(r.skipped).toEqual([])
  })

  it("prefers a dated copy, then the smallest path (JSONL lines by number)", () => {
    expect(dropDuplicates([doc("a", "A", "T."), doc("b", "A", "T.", "2025-01-01")]).kept[0]!.path).toBe("b")
    expect(dropDuplicates([doc("f.jsonl:10", "A", "T."), doc("f.jsonl:9", "A", "T.")]).kept[0]!.path).toBe(
      "f.jsonl:9",
    )
    expect(comparePaths("f.jsonl:9", "f.jsonl:10")).toBeLessThan(0)
  })

  it("orders paths as the regular expression it replaced, on generated paths", () => {
    // The specification: the same file part before a `:123` suffix compares by the number.
    const plain = (a: string, b: string): number => {
      const ma = /^(.*):(\d+)$/.exec(a)
      const mb = /^(.*):(\d+)$/.exec(b)
      if (ma && mb && ma[1] === mb[1]) return Number(ma[2]) - Number(mb[2])
      return a < b ? -1 : a > b ? 1 : 0
    }
    const part = fc.constantFrom("f.jsonl", "", ":", "a:b", "x\ny", "\u2028", "d/f.txt", "9", "f.jsonl:")
    const suffix = fc.constantFrom("", ":", ":0", ":12", ":007", ":9", "1", ":x")
    const path = fc.tuple(part, suffix, fc.string({ maxLength: 3 })).map(([a, b, c]) => a + b + c)
    fc.assert(
      fc.property(path, path, (a, b) => Math.sign(comparePaths(a, b)) === Math.sign(plain(a, b))),
      { numRuns: 20_000 },
    )
  })
})

describe("readInputs", () => {
  it("reads every kind of bad input in the fixtures, naming what it skips and why", async () => {
    const inputs = await read([FIXTURES])
    const at = (p: string) => join(FIXTURES, p)
    expect(inputs.documents.map((d) => [d.path, d.outlet, d.published])).toEqual([
      [at("bad-date.md"), "Daily Example", null],
      [at("bad-yaml.md"), null, null],
      [at("copy-a.md"), "Copy Desk", "2025-02-05"],
      [at("page.html"), "Example News", "2025-10-24T04:15:00Z"],
      [`${at("records.jsonl")}:1`, "Wire One", "2025-03-13"],
      [`${at("records.jsonl")}:6`, "Wire Two", null],
      [at("syndicated.md"), "Other Paper", "2025-02-05"],
      [at("unclosed.md"), null, null],
    ])
    expect(inputs.documents.map((d) => d.id)).toEqual([
      "bad-date",
      "bad-yaml",
      "copy-a",
      "page",
      "r1",
      "r6",
      "syndicated",
      "unclosed",
    ])
    expect(inputs.skipped).toEqual([
      { path: at("blank.md"), reason: "empty file (only white space)" },
      {
        path: at("copy-b.md"),
        reason: `duplicate of ${at("copy-a.md")} (the same text from the same outlet)`,
      },
      { path: at("empty.txt"), reason: "empty file" },
      { path: `${at("records.jsonl")}:2`, reason: "line is not JSON" },
      { path: `${at("records.jsonl")}:3`, reason: "record has no `text` string" },
      { path: `${at("records.jsonl")}:5`, reason: "line is not a JSON object" },
      { path: at("scan.pdf"), reason: "PDF files are not read: save the article as .txt" },
    ])
    expect(inputs.warnings.map((w) => w.path)).toEqual([
      at("bad-date.md"),
      at("bad-yaml.md"),
      `${at("records.jsonl")}:6`,
      at("unclosed.md"),
    ])
    expect(inputs.warnings[0]!.message).toBe('published "last Tuesday" is not a date; read as undated')
    expect(inputs.warnings[1]!.message).toMatch(
      /^front matter is not valid YAML \(line 3: .*\); read without/,
    )
    const yaml = inputs.documents.find((d) => d.id === "bad-yaml")!
    expect(yaml.text).toBe("Officials said 14 people were injured in the attack on Friday.\n")
    expect(yaml.firstLine).toBe(5)
  })

  it("reads the cases made at test time: binary, invalid UTF-8, empty folder, broken sources.json", async () => {
    const dir = tempDir()
    try {
      writeFileSync(
        join(dir, "photo.txt"),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      )
      writeFileSync(join(dir, "latin1.txt"), bytes("Caf", 0xe9, " owners said 12 windows broke.\n"))
      mkdirSync(join(dir, "empty-folder"))
      mkdirSync(join(dir, "sourced"))
      writeFileSync(join(dir, "sourced", "sources.json"), '{ "documents": [ { "file": "note.txt", } ] }')
      writeFileSync(join(dir, "sourced", "note.txt"), "Local officials counted 30 drones.\n")
      mkdirSync(join(dir, "loop"))
      writeFileSync(join(dir, "loop", "a.md"), "A loop holds 2 files.\n")
      symlinkSync(".", join(dir, "loop", "self"))
      const missing = join(dir, "no-such-file.txt")
      const inputs = await read([
        join(dir, "photo.txt"),
        join(dir, "latin1.txt"),
        join(dir, "empty-folder"),
        join(dir, "sourced"),
        join(dir, "loop"),
        missing,
      ])
      expect(inputs.documents.map((d) => d.path).sort()).toEqual(
        [join(dir, "latin1.txt"), join(dir, "loop", "a.md"), join(dir, "sourced", "note.txt")].sort(),
      )
      expect(inputs.documents.find((d) => d.path.endsWith("latin1.txt"))!.text).toBe(
        "Caf\uFFFD owners said 12 windows broke.\n",
      )
      expect(inputs.skipped).toEqual(
        expect.arrayContaining([
          { path: join(dir, "photo.txt"), reason: "binary file, not text (it holds NUL bytes)" },
          {
            path: join(dir, "empty-folder"),
            reason: "folder holds no articles (.txt, .md, .jsonl or .html files)",
          },
          { path: missing, reason: "no such file or directory" },
        ]),
      )
      expect(inputs.skipped).toHaveLength(3)
      expect(inputs.warnings).toEqual([
        {
          path: join(dir, "latin1.txt"),
          message: "invalid UTF-8: 1 bad byte sequence (the first on line 1) read as U+FFFD",
        },
        {
          path: join(dir, "sourced", "sources.json"),
          message: expect.stringMatching(
            /^not valid JSON \(.*\); the files beside it are read without its facts$/,
          ),
        },
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("reads a file reached by two paths once, under the smaller path", async () => {
    const inputs = await read(["./seeds", "seeds/000_9c715886b8356fcd.txt", "seeds"])
    expect(inputs.documents).toHaveLength(5)
    expect(inputs.documents[0]!.path).toBe("seeds/000_9c715886b8356fcd.txt")
    expect(inputs.skipped).toEqual([])
  })

  it("refuses sources.json and .json named on the command line, with what to do", async () => {
    const inputs = await read(["seeds/sources.json", "package.json"])
    expect(inputs.skipped.map((s) => s.reason)).toEqual([
      "JSON files are not read: give one record a line in a .jsonl file",
      "holds publication facts, not an article: name its folder or its articles",
    ])
  })

  it("reads a 10 MB file on one line, and finds its claims, in reasonable time", async () => {
    const dir = tempDir()
    try {
      const sentence = "Officials said at least 32 drones were shot down over the region overnight. "
      const file = join(dir, "big.txt")
      writeFileSync(file, sentence.repeat(Math.ceil(10e6 / sentence.length)))
      const t = performance.now()
      const inputs = await read([file])
      const claims = extractClaims(inputs.documents[0]!)
      const ms = performance.now() - t
      expect(inputs.documents[0]!.text.length).toBeGreaterThanOrEqual(10e6)
      expect(claims.length).toBeGreaterThan(100_000)
      expect(ms).toBeLessThan(30_000)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("writeAtomically", () => {
  /** The real file system, with one operation made to fail. */
  const failing = (what: "rename" | "write") =>
    Layer.effect(
      FileSystem.FileSystem,
      Effect.map(FileSystem.FileSystem, (fs) =>
        what === "rename"
          ? { ...fs, rename: () => fs.access("/no/such/place/for/the/test") }
          : {
              ...fs,
              open: (p: string, o?: FileSystem.OpenFileOptions) =>
                Effect.map(fs.open(p, o), (f) => ({
                  ...f,
                  writeAll: (b: Uint8Array) =>
                    Effect.zipRight(f.writeAll(b.subarray(0, 10)), fs.access("/no/such/place/for/the/test")),
                })),
            },
      ),
    ).pipe(Layer.provide(NodeContext.layer))

  it.each([
    "write",
    "rename",
  ] as const)("leaves an earlier FILE as it was, and no temporary file, when the %s fails", async (what) => {
    const dir = tempDir()
    try {
      const file = join(dir, "report.md")
      writeFileSync(file, "EARLIER REPORT\n")
      const exit = await Effect.runPromiseExit(
        writeAtomically(file, "NEW REPORT\n".repeat(1000)).pipe(
          Effect.provide(failing(what)),
          Effect.provide(NodeContext.layer),
        ),
      )
      expect(exit._tag).toBe("Failure")
      expect(readFileSync(file, "utf8")).toBe("EARLIER REPORT\n")
      expect(readdirSync(dir)).toEqual(["report.md"])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("streams a report block by block, and leaves an earlier FILE as it was when rendering fails halfway", async () => {
    const dir = tempDir()
    try {
      const file = join(dir, "report.md")
      writeFileSync(file, "EARLIER REPORT\n")
      const write = (fail: boolean) =>
        Effect.runPromiseExit(
          writeAtomically(file, (put) => {
            put(Buffer.from("first block\n"))
            if (fail) throw new Error("rendering broke")
            put(Buffer.from("second block\n"))
          }).pipe(Effect.provide(NodeContext.layer)),
        )
      const failed = await write(true)
      expect(failed._tag).toBe("Failure")
      // The reason is the error itself, not a wrapper's.
      expect(JSON.stringify(failed)).toContain("rendering broke")
      expect(readFileSync(file, "utf8")).toBe("EARLIER REPORT\n")
      expect(readdirSync(dir)).toEqual(["report.md"])
      expect((await write(false))._tag).toBe("Success")
      expect(readFileSync(file, "utf8")).toBe("first block\nsecond block\n")
      expect(readdirSync(dir)).toEqual(["report.md"])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("replaces FILE whole, keeping its permissions", async () => {
    const dir = tempDir()
    try {
      const file = join(dir, "report.md")
      writeFileSync(file, "EARLIER REPORT\n", { mode: 0o640 })
      await Effect.runPromise(writeAtomically(file, "NEW\n").pipe(Effect.provide(NodeContext.layer)))
      expect(readFileSync(file, "utf8")).toBe("NEW\n")
      expect(statSync(file).mode & 0o777).toBe(0o640)
      expect(readdirSync(dir)).toEqual(["report.md"])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("JSONL read line by line", () => {
  it("refuses a file of blank lines, and reads a blank line's neighbours with their line numbers", async () => {
    const dir = tempDir()
    try {
      writeFileSync(join(dir, "blank.jsonl"), "\n  \n\t\n")
      writeFileSync(join(dir, "gaps.jsonl"), `\n${JSON.stringify({ text: "A \u2014 b." })}\n\n{oops\n`)
      const inputs = await read([dir])
      expect(inputs.documents.map((d) => [d.path, d.text])).toEqual([
        [`${join(dir, "gaps.jsonl")}:2`, "A \u2014 b."],
      ])
      expect(inputs.skipped).toEqual([
        { path: join(dir, "blank.jsonl"), reason: "empty file (only white space)" },
        { path: `${join(dir, "gaps.jsonl")}:4`, reason: "line is not JSON" },
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("large inputs", () => {
  it("reads a JSONL file of 160,000 records (a spread of that many overflowed the call stack)", async () => {
    const dir = tempDir()
    const n = 160_000 // more than a spread's arguments can hold
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ outlet: "Wire", text: `Item ${i}.` }))
    writeFileSync(join(dir, "big.jsonl"), `${lines.join("\n")}\n`)
    const inputs = await read([dir])
    expect(inputs.documents.length).toBe(n)
    expect(inputs.skipped).toEqual([])
    // Records without an id are named after their file, with a suffix from the second on.
    expect(new Set(inputs.documents.map((d) => d.id)).size).toBe(n)
  }, 60_000)

  it("gives colliding ids the first free suffix, as a plain search from ~2 does", () => {
    // The plain search, quadratic in the number of records that share an id.
    const plain = (ids: string[], order: number[]) => {
      const used = new Set<string>()
      const out = [...ids]
      for (const i of order) {
        let id = ids[i]!
        for (let n = 2; used.has(id); n++) id = `${ids[i]}~${n}`
        used.add(id)
        out[i] = id
      }
      return out
    }
    const given = fc.constantFrom("a", "a~2", "a~3", "a~2~2", "b", "b~4")
    fc.assert(
      fc.property(fc.array(given, { maxLength: 30 }), (ids) => {
        const drafts = ids.map((id, i) => ({
          path: `f.jsonl:${i + 1}`,
          outlet: null,
          published: null,
          story: null,
          url: null,
          title: null,
          text: "T.",
          firstLine: 1,
          givenId: id,
        }))
        const order = ids.map((_, i) => i)
        expect(assignIds(drafts).map((d) => d.id)).toEqual(plain(ids, order))
      }),
    )
  })
})
