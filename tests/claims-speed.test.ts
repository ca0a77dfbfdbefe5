import { readdirSync, readFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { findClaimant } from "../src/claims/claimant.ts"
import { extractClaims, forgetReadings } from "../src/claims/extract.ts"
import { ANONYMOUS } from "../src/claims/lexicon.ts"
import { actionForms } from "../src/claims/registry.ts"

const ACTIONS = actionForms()

import { findActions } from "../src/claims/quantity.ts"
import { MAX_SENTENCE, segment } from "../src/claims/segment.ts"
import { resolveTime, timeCandidates, windowAt } from "../src/claims/time.ts"
import { doc } from "./helpers/docs.ts"

/** Every sentence is verbatim, within the cap, in order, and together they keep every non-blank character. */
function expectWellCut(text: string) {
  const ss = segment(text)
  let last = 0
  for (const s of ss) {
    expect(s.text).toBe(text.slice(s.start, s.end))
    expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE)
    expect(s.text.length).toBeGreaterThan(0)
    expect(s.text).toBe(s.text.trim())
    expect(s.start).toBeGreaterThanOrEqual(last)
    expect(text.slice(last, s.start).trim()).toBe("")
    last = s.end
  }
  expect(text.slice(last).trim()).toBe("")
  return ss
}

describe("segment: lines that cannot hold a claim are skipped", () => {
  // What extraction asks of a line and of a sentence (extract.ts's MAY_HOLD_CLAIM).
  const MAY_HOLD = /[0-9½]|\b(?:one|two|twenty|hundred|dozen|first)|\b(struck|hit|launched)\b/i
  const mayHold = (t: string) => MAY_HOLD.test(t)
  const words = fc.constantFrom(
    "Russia",
    "struck",
    "hit",
    "one",
    "twenty-two",
    "12",
    "3.5",
    "Mr.",
    "U.S.",
    "a",
    "firstly",
    "onerous",
    "...",
    '"',
    "\n",
    "\n\n",
    "\r\n",
    "3\n",
    "\nhit",
    ". ",
    "! ",
    " ",
    "é",
    "x".repeat(700),
  )
  const text = fc.array(words, { maxLength: 60 }).map((ws) => ws.join(" "))

  it("gives every sentence that passes the test, the same as cutting every line", () => {
    fc.assert(
      fc.property(text, (t) => {
        const all = segment(t)
        const some = segment(t, MAY_HOLD)
        expect(some.filter((s) => mayHold(s.text))).toEqual(all.filter((s) => mayHold(s.text)))
        // exactly the sentences of the lines the pattern matches in, alone (and of the long ones):
        // searched in the whole text, it finds the same lines
        const lines = t.split("\n")
        const kept = (line: string) => line.length > MAX_SENTENCE || mayHold(line)
        expect(some).toEqual(all.filter((s) => kept(lines[s.line]!)))
        // and nothing else than sentences of the text, paragraphs and lines numbered as before
        for (const s of some) expect(all).toContainEqual(s)
      }),
      { numRuns: 2000 },
    )
  })

  it("skips the lines without a figure or an event verb", () => {
    const t = "No figure here. Nor here.\nRussia launched 40 drones.\n\nQuiet line.\nThey hit a depot."
    expect(segment(t, MAY_HOLD).map((s) => [s.text, s.line, s.paragraph])).toEqual([
      ["Russia launched 40 drones.", 1, 0],
      ["They hit a depot.", 4, 1],
    ])
  })
})

describe("segment: long sentences are capped", () => {
  it("cuts a 10,000-word line without full stops at whitespace, within the cap", () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `word${i % 97}`)
    const text = `Intro line.\n${words.join(" ")}\nLast line.`
    const ss = expectWellCut(text)
    expect(ss.length).toBeGreaterThan(20)
    // Cut at whitespace: no piece starts or ends inside a word.
    for (const s of ss) {
      expect(s.start === 0 || /\s/.test(text[s.start - 1]!)).toBe(true)
      expect(s.end === text.length || /\s/.test(text[s.end]!)).toBe(true)
    }
    // The pieces are as long as the cap allows: each next word would not have fitted.
    for (const s of ss.slice(1, -2)) expect(s.text.length).toBeGreaterThan(MAX_SENTENCE - 10)
  })

  it("cuts a run without whitespace at the cap, never inside a surrogate pair", () => {
    const run = "a".repeat(4999)
    expect(segment(run).map((s) => s.text.length)).toEqual([2000, 2000, 999])
    const astral = "😀".repeat(1500) // 3,000 UTF-16 units, no whitespace
    const ss = expectWellCut(astral)
    for (const s of ss) expect(s.text).toBe(Array.from(s.text).join("")) // well-formed halves
    expect(ss.map((s) => s.text.length)).toEqual([2000, 1000])
  })

  it("leaves sentences at or under the cap alone", () => {
    const exact = `${"b".repeat(MAX_SENTENCE - 1)}.`
    expect(segment(exact).map((s) => s.text)).toEqual([exact])
  })

  it("keeps offsets verbatim on arbitrary text with long lines", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(" ", "  ", "\n", ". ", "\t", "Kyiv"), fc.string({ maxLength: 900 })),
          {
            maxLength: 40,
          },
        ),
        (parts) => {
          expectWellCut(parts.join(""))
        },
      ),
      { numRuns: 150 },
    )
  })

  it("claims from a huge one-line document copy capped sentences with true offsets", () => {
    const sentence =
      "Russian forces launched 34 drones at Kyiv overnight and 12 people were injured, officials said"
    const text = Array.from({ length: 400 }, () => sentence).join(" ; ")
    expect(text.length).toBeGreaterThan(30_000)
    const d = doc("big", "Outlet", "2025-10-24", text)
    const claims = extractClaims(d)
    expect(claims.length).toBeGreaterThan(100)
    for (const c of claims) {
      expect(c.text.length).toBeLessThanOrEqual(MAX_SENTENCE)
      expect(c.text).toBe(d.text.slice(c.start, c.end))
      if (c._tag === "quantity") expect(c.mention.text).toBe(d.text.slice(c.mention.start, c.mention.end))
    }
  })
})

describe("extraction shortcuts give the same answers", () => {
  it("times read once per sentence: the nearest window to each figure, as resolveTime", () => {
    const s =
      "On Sunday 12 drones were shot down, last week 40 were launched, and in March 2024 about 300 in all."
    const c = timeCandidates(s, "2025-10-24")
    for (let at = 0; at <= s.length; at++) expect(windowAt(c, at)).toEqual(resolveTime(s, "2025-10-24", at))
  })

  it("the anonymous-source keyword test never hides a match", () => {
    const anonymous = [
      "according to a source",
      "according to two senior Western officials",
      "sources in military intelligence",
      "people familiar with the matter",
      "speaking on condition of anonymity",
      "an unnamed official",
      "who asked not to be identified",
      "who declined to be named",
      "SOURCES IN KYIV SAID",
      "ſources in Kyiv", // long s folds to s under /iu
    ]
    for (const s of anonymous) {
      expect(ANONYMOUS.test(s)).toBe(true)
      expect(findClaimant(`Ten drones were shot down, ${s}.`, "Outlet", "d").claimant.kind).toBe("anonymous")
    }
  })
})

describe("sentences read once per run give the same claims", () => {
  // Sentences whose claims depend on the document in every way there is: the outlet behind an
  // unattributed figure, unnamed officials and anonymous sources (keyed per document), times
  // relative to the publication day, floors, events, parts of a sum, denials and hedges.
  const written = [
    "Russia launched 145 drones overnight, Zelensky said.",
    "Ten drones were shot down over the Kursk region, a source told Reuters.",
    "Officials said 12 people were injured in Kharkiv on Sunday.",
    "Three adults and one child were hospitalised, the regional governor said.",
    "The drone hit an apartment on the 14th floor yesterday.",
    "Trump called Putin on Tuesday.",
    "The ministry denied that 30 soldiers had been killed last week.",
    "At least 14 people were reportedly killed in Odesa and Mykolaiv.",
    "The death toll rose to 23, according to emergency services.",
    "About 70 missiles were fired at Kyiv, Kharkiv and Lviv, each city reported.",
    "No figure is given here.",
  ]
  const seeds = readdirSync("seeds")
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => segment(readFileSync(`seeds/${f}`, "utf8")).map((s) => s.text))
    .slice(0, 120)
  const sentence = fc.constantFrom(...written, ...seeds)
  const document = fc.record({
    outlet: fc.constantFrom(null, "Reuters", "TASS"),
    published: fc.constantFrom(null, "2025-10-24", "2025-10-26T08:00:00Z", "2024-03-01"),
    sentences: fc.array(sentence, { minLength: 1, maxLength: 8 }),
    breaks: fc.constantFrom(" ", "\n", "\n\n"),
  })

  it("whatever was read before, in documents of other outlets and days", () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 6 }), (specs) => {
        const docs = specs.map((d, i) => doc(`d${i}`, d.outlet, d.published, d.sentences.join(d.breaks)))
        const remembered = docs.map(extractClaims)
        const fresh = docs.map((d) => {
          forgetReadings()
          return extractClaims(d)
        })
        expect(JSON.stringify(remembered)).toBe(JSON.stringify(fresh))
      }),
      { numRuns: 150 },
    )
  })

  it("keeps what belongs to each document: its outlet, its anonymous source, its day", () => {
    const text = "Ten drones were shot down yesterday, a source told reporters."
    const [a] = extractClaims(doc("a", "Reuters", "2025-10-24", text))
    const [b] = extractClaims(doc("b", "TASS", "2025-10-26", text))
    expect(a?.claimant.key).toBe("anonymous:a:35")
    expect(b?.claimant.key).toBe("anonymous:b:35")
    expect(a?.time?.start).toBe("2025-10-23")
    expect(b?.time?.start).toBe("2025-10-25")
    expect([a?.id, b?.id]).toEqual(["a#1", "b#1"])
  })
})

describe("findActions runs only the patterns of actions whose first words the sentence holds", () => {
  // Every action's pattern over the whole sentence, as findActions did before it looked at first
  // words: the reference it must still agree with.
  const patterns = ACTIONS.map(
    ([action, forms]) =>
      [
        action,
        new RegExp(
          `\\b(?:${[...forms]
            .sort((a, b) => b.length - a.length)
            .map((f) => f.replace(/ /g, "\\s+"))
            .join("|")})\\b`,
          "gi",
        ),
      ] as const,
  )
  const everyPattern = (sentence: string) => {
    const hits: Array<{ action: string; start: number; end: number }> = []
    for (const [action, re] of patterns) {
      re.lastIndex = 0
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        const s = m.index
        const e = s + m[0].length
        if (hits.some((h) => h.start < e && s < h.end)) continue
        hits.push({ action, start: s, end: e })
      }
    }
    return hits.sort((a, b) => a.start - b.start)
  }
  // Forms and their parts, in any case, glued to letters, digits, hyphens and non-ASCII letters
  // that fold to ASCII ones ("ſ", the Kelvin sign) only with the u flag.
  const pieces = fc.oneof(
    fc.constantFrom(...ACTIONS.flatMap(([, forms]) => forms)),
    fc.constantFrom(...ACTIONS.flatMap(([, forms]) => forms.flatMap((f) => f.split(" ")))),
    fc.constantFrom(
      " ",
      "  ",
      "\n",
      "-",
      "_",
      "'",
      ".",
      ",",
      "2",
      "ſ",
      "\u212a",
      "é",
      "un",
      "s",
      "ed",
      "the",
    ),
  )
  const casing = fc.constantFrom("lower", "upper", "title")
  const sentence = fc
    .array(fc.tuple(pieces, casing), { maxLength: 12 })
    .map((ps) =>
      ps
        .map(([p, c]) =>
          c === "upper" ? p.toUpperCase() : c === "title" ? p.charAt(0).toUpperCase() + p.slice(1) : p,
        )
        .join(""),
    )
  const spaced = fc.array(pieces, { maxLength: 12 }).map((ps) => ps.join(" "))

  it("finds what every pattern finds, glued or spaced", () => {
    fc.assert(
      fc.property(fc.oneof(sentence, spaced), (s) => {
        expect(findActions(s)).toEqual(everyPattern(s))
      }),
      { numRuns: 2000 },
    )
  })

  it("on news sentences, two actions in one sentence included", () => {
    for (const s of [
      "Air defences shot down 120 drones and intercepted 3 missiles overnight.",
      "Russia launched 145 drones; 12 people were killed and 30 injured.",
      "The strike KILLED four and Wounded nine, officials said.",
      "Nothing happened here.",
    ])
      expect(findActions(s)).toEqual(everyPattern(s))
    expect(findActions("Air defences shot down 120 drones").map((h) => h.action)).toEqual(["shot-down"])
  })
})
