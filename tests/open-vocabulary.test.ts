/**
 * The open vocabulary: figures of any beat are read into claims (what is counted is the head of
 * the noun phrase, what happened the verb that governs the figure), running totals are read as
 * updates, measures are their own kinds, and ages describe one person. Tables of
 * [sentence, what the first claims must say].
 */
import { describe, expect, it } from "vitest"
import { readSentence } from "../src/claims/extract.ts"

interface Want {
  readonly value?: unknown
  readonly counted?: string
  readonly action?: string | null
  readonly update?: boolean
  readonly qualifiers?: ReadonlyArray<string>
}

const read = (sentence: string) =>
  readSentence(sentence).drafts.flatMap((d) =>
    d._tag === "quantity"
      ? [
          {
            value: d.value,
            counted: d.counted,
            action: d.action,
            update: d.update,
            qualifiers: d.qualifiers,
          },
        ]
      : [],
  )

const table = (name: string, rows: ReadonlyArray<readonly [string, ReadonlyArray<Want>]>) =>
  describe(name, () => {
    for (const [sentence, want] of rows)
      it(sentence, () => {
        expect(read(sentence)).toMatchObject(want)
      })
  })

table("what is counted: the head of the noun phrase, whatever the noun", [
  ["34 migrants are missing after the boat capsized.", [{ value: 34, counted: "person", action: "missing" }]],
  ["Boeing will cut 17,000 jobs.", [{ value: 17000, counted: "job", action: "cut" }]],
  ["A total of 198 measles cases have been reported.", [{ value: 198, counted: "case", update: true }]],
  ["Police said 903 fires were lit in Paris.", [{ value: 903, counted: "fire", action: "lit" }]],
  ["The blaze has burned 12,000 acres.", [{ value: 12000, counted: "acre", action: "struck" }]],
  ["Firefighters said 12 hikers were rescued.", [{ value: 12, counted: "person", action: "rescued" }]],
  ["The strike by 33,000 U.S. West Coast workers continued.", [{ value: 33000, counted: "person" }]],
  [
    "More than 149 police and gendarmes were injured.",
    [{ counted: "person", action: "injured", qualifiers: ["police"] }],
  ],
  [
    "441 security forces were injured.",
    [{ value: 441, counted: "person", action: "injured", qualifiers: ["police"] }],
  ],
  ["Five bodies were recovered on Thursday.", [{ value: 5, counted: "person", action: "killed" }]],
  ["About 1,500 people were evacuated from their homes.", [{ counted: "person", action: "evacuated" }]],
  // A verb of the registry beats a participle after the noun.
  [
    "Air defences downed three drones heading to Moscow.",
    [{ value: 3, counted: "drone", action: "shot-down" }],
  ],
])

table("what happened: the governing verb, the registry's words made one", [
  ["1.2 million marched across the country.", [{ value: 1200000, counted: "person", action: "protested" }]],
  ["The protests drew 119,000 people in Paris.", [{ value: 119000, counted: "person", action: "protested" }]],
  ["Police arrested 17 protesters.", [{ value: 17, counted: "person", action: "arrested" }]],
  ["The survivor said 40 people were aboard the boat.", [{ value: 40, counted: "person", action: "aboard" }]],
  // Job cuts count jobs, whether the sentence says jobs or people.
  ["Boeing will cut 10% of its workforce, or about 17,000 people.", [{}, { counted: "job", action: "cut" }]],
  // "believed to be" governs nothing: the figure is of the missing.
  ["Rescuers are searching for 39 people believed to be missing.", [{ value: 39, action: "missing" }]],
  // A rival speaker's figure is of what the sentence counted before.
  [
    "Figures from the interior ministry say 1.089 million protestors were on the streets, whereas the CGT declared around 3.5 million.",
    [
      { value: 1089000, counted: "person", action: "protested" },
      { counted: "person", action: "protested" },
    ],
  ],
])

table("running totals: the figure is the latest value", [
  [
    "The death toll rose to 34 on Tuesday.",
    [{ value: 34, counted: "person", action: "killed", update: true }],
  ],
  [
    "The toll stands at 41, officials said.",
    [{ value: 41, counted: "person", action: "killed", update: true }],
  ],
  [
    "The count of confirmed measles cases in western Texas grew to 146.",
    [{ value: 146, counted: "case", update: true }],
  ],
  [
    "Texas saw a further dozen measles cases diagnosed over the weekend, bringing the state's total to 158.",
    [{ value: 158, counted: "case", update: true }],
  ],
  [
    "Four more bodies were recovered, bringing the total number of dead to five.",
    [
      { value: 4, action: "killed" },
      { value: 5, counted: "person", action: "killed", update: true },
    ],
  ],
  [
    "The count of fatalities from measles remains at one.",
    [{ value: 1, counted: "person", action: "killed", update: true }],
  ],
  ["34 people remain missing.", [{ value: 34, action: "missing", update: true }]],
  [
    "Health officials said 146 cases have been identified, up from the 124 cases reported earlier.",
    [{ value: 146, update: true }],
  ],
])

table("measures are their own kinds; an age describes one person", [
  ["A magnitude 6.8 earthquake struck the region.", [{ value: 6.8, counted: "magnitude", action: null }]],
  [
    "The quake, which had a magnitude of 7.1, killed 41 people.",
    [{ value: 7.1, counted: "magnitude" }, { value: 41 }],
  ],
  ["Unemployment rose to 4.1%.", [{ value: 4.1, counted: "percent" }]],
  ["An earthquake measuring 7.8 struck southern Turkey.", [{ value: 7.8, counted: "magnitude" }]],
  ["A powerful 7.8 earthquake hit the region.", [{ value: 7.8, counted: "magnitude" }]],
  ["Temperatures reached 45C in Seville.", [{ value: 45, counted: "temperature" }]],
  [
    "Fifteen sailors aboard the Hartford were slightly hurt.",
    [{ value: 15, counted: "person", action: "injured" }],
  ],
  ["Two people on board died in the crash.", [{ value: 2, action: "killed" }]],
  ["The company will take $5 billion in charges.", [{ value: 5e9, counted: "money:USD", action: "charge" }]],
  ["The walkout has idled the plants for 53 days.", [{ value: 53, counted: "duration:day" }]],
  ["A 52-year-old woman was among the dead.", [{ value: 1, counted: "person", qualifiers: ["woman"] }]],
])

describe("figures that count nothing named are not claims", () => {
  it("reads no people from a magnitude, an age alone or a year", () => {
    expect(read("The 6.8-magnitude quake hit in 2023.").map((c) => c.counted)).toEqual(["magnitude"])
  })
})

describe("a change from one value to another sets an attribute", () => {
  const attributes = (sentence: string) =>
    readSentence(sentence).drafts.flatMap((d) => (d._tag === "attribute" ? [[d.attribute, d.value]] : []))
  it.each([
    ["Macron wants to increase the retirement age from 62 to 64.", [["retirement age", 64]]],
    [
      "The minimum retirement age is to be raised step by step from 62 to 65 years by 2031.",
      [["retirement age", 65]],
    ],
    ["The bank cut its main interest rate from 5% to 4.75%.", [["interest rate", 4.75]]],
  ])("%s", (sentence, want) => {
    expect(attributes(sentence)).toEqual(want)
  })
  it("reads a range with no change before it as a range", () => {
    expect(attributes("Between 20 and 30 people were injured.")).toEqual([])
  })
})
