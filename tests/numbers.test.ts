/**
 * Table tests for the number reader (src/claims/numbers.ts): each row is [input, expected mentions],
 * each expected mention the fields that matter for it (the others are not checked).
 */
import { describe, expect, it } from "vitest"
import { findNumbers, isFigure, type NumberMention } from "../src/claims/numbers.ts"

type Row = readonly [string, ReadonlyArray<Partial<NumberMention>>]

const check = (rows: ReadonlyArray<Row>) => {
  for (const [input, expected] of rows)
    it(JSON.stringify(input), () => {
      const found = findNumbers(input)
      for (const m of found) expect(input.slice(m.start, m.end)).toBe(m.text)
      expect(found).toMatchObject(expected as Partial<NumberMention>[])
    })
}

const exact = (
  text: string,
  v: number,
  kind: NumberMention["kind"] = "cardinal",
  extra: Partial<NumberMention> = {},
) => ({
  text,
  kind,
  min: v,
  max: v,
  approx: "exact" as const,
  bound: null,
  ...extra,
})

describe("digits and words", () => {
  check([
    ["145", [exact("145", 145)]],
    ["1,500", [exact("1,500", 1500)]],
    ["Thirty-seven", [exact("Thirty-seven", 37)]],
    ["twenty-five", [exact("twenty-five", 25)]],
    ["a dozen", [exact("a dozen", 12)]],
    ["one", [exact("one", 1)]],
    ["two hundred", [exact("two hundred", 200)]],
    ["1.2 million", [exact("1.2 million", 1.2e6)]],
    ["3 million", [exact("3 million", 3e6)]],
    ["nine", [exact("nine", 9)]],
    ["zero", [exact("zero", 0)]],
    ["one hundred and sixty-one", [exact("one hundred and sixty-one", 161)]],
    ["two hundred and two thousand", [exact("two hundred and two thousand", 202_000)]],
    ["twenty-one trillion three hundred", [exact("twenty-one trillion three hundred", 21_000_000_000_300)]],
    ["fifty - two", [exact("fifty - two", 52)]],
    ["4 thousand 3 hundred and 21", [exact("4 thousand 3 hundred and 21", 4321)]],
    ["3 hundred and 2 hundred", [exact("3 hundred", 300), exact("2 hundred", 200)]],
    ["1,234,567", [exact("1,234,567", 1_234_567)]],
    ["1 234 567", [exact("1 234 567", 1_234_567)]],
    ["12,34,567.89", [exact("12,34,567.89", 1_234_567.89)]],
    ["1, 234, 567", [exact("1", 1), exact("234", 234), exact("567", 567)]],
    ["10k", [exact("10k", 10_000)]],
    ["2.33 k", [exact("2.33 k", 2330)]],
    ["13 lakh", [exact("13 lakh", 1_300_000)]],
    ["three lakh crore", [exact("three lakh crore", 3e12)]],
    ["half a dozen", [exact("half a dozen", 6)]],
    ["three hundred and two dozens", [exact("three hundred and two dozens", 324)]],
    ["two hundred point zero three", [exact("two hundred point zero three", 200.03)]],
    ["nine point nought four", [exact("nine point nought four", 9.04)]],
    ["1e10", [exact("1e10", 1e10)]],
    ["1.3x10^6", [exact("1.3x10^6", 1.3e6)]],
    ["-9.5", [exact("-9.5", -9.5)]],
    ["minus five", [exact("minus five", -5)]],
    [".08", [exact(".08", 0.08)]],
    ["three-nought-four", [exact("three", 3), exact("nought", 0), exact("four", 4)]],
  ])
})

describe("fractions and proportions", () => {
  check([
    ["two thirds", [exact("two thirds", 2 / 3, "cardinal", { fraction: true })]],
    ["3/4", [exact("3/4", 0.75)]],
    ["2 1/4", [exact("2 1/4", 2.25)]],
    ["a half", [exact("a half", 0.5)]],
    ["one and a half", [exact("one and a half", 1.5)]],
    ["five and a half million", [exact("five and a half million", 5.5e6)]],
    ["3 million and a half", [exact("3 million and a half", 3.5e6)]],
    ["two thirds of a million", [exact("two thirds of a million", 2e6 / 3)]],
    ["one hundred and three quarters", [exact("one hundred and three quarters", 100.75)]],
    ["twenty-three fifths", [exact("twenty-three fifths", 4.6)]],
    ["more than half of the drones", [{ text: "more than half", min: 0.5, max: null, approx: "more-than" }]],
    ["half the villages", [exact("half", 0.5)]],
    // a rank, with an article, not a fraction
    ["for a third time", [exact("third", 3, "ordinal")]],
    // the two counts stay; the proportion rides on the first
    ["62 out of 145 drones", [exact("62", 62, "cardinal", { ratio: 62 / 145 }), exact("145", 145)]],
    ["one in five adults", [exact("one", 1, "cardinal", { ratio: 0.2 }), exact("five", 5)]],
  ])
})

describe("ordinals", () => {
  check([
    ["the 14th floor", [exact("14th", 14, "ordinal")]],
    ["13th", [exact("13th", 13, "ordinal")]],
    ["the first attack", [exact("first", 1, "ordinal")]],
    ["the twenty-first century", [exact("twenty-first", 21, "ordinal")]],
    ["one hundred and first", [exact("one hundred and first", 101, "ordinal")]],
    // lexicalised, not ranks
    ["a first class seat", []],
    ["second-hand cars", []],
  ])
})

describe("decimals and percentages", () => {
  check([
    ["2.5%", [exact("2.5%", 2.5, "percent", { unit: "%" })]],
    ["40 percent", [exact("40 percent", 40, "percent", { unit: "%" })]],
    ["40 per cent", [exact("40 per cent", 40, "percent", { unit: "%" })]],
    ["rose 27 % in the quarter", [exact("27 %", 27, "percent", { unit: "%" })]],
    ["two percentage points", [exact("two percentage points", 2, "percent", { unit: "pp" })]],
    ["4.800", [exact("4.800", 4.8)]],
    ["In some countries you can write 5.00 or 5,00.", [exact("5.00", 5), exact("5,00", 5)]],
    ["20-30%", [{ text: "20-30%", kind: "percent", unit: "%", min: 20, max: 30, approx: "range" }]],
  ])
})

describe("money", () => {
  const money = (text: string, v: number, currency: string) => exact(text, v, "money", { currency })
  check([
    ["$130bn", [money("$130bn", 130e9, "USD")]],
    ["£55m", [money("£55m", 55e6, "GBP")]],
    ["$6 billion", [money("$6 billion", 6e9, "USD")]],
    ["US$ 27.5 billion", [money("US$ 27.5 billion", 27.5e9, "USD")]],
    ["US$9.4 billion", [money("US$9.4 billion", 9.4e9, "USD")]],
    ["€3m", [money("€3m", 3e6, "EUR")]],
    ["A $ 5,000 reward is offered .", [money("$ 5,000", 5000, "USD")]],
    ["$ 500", [money("$ 500", 500, "USD")]],
    ["500 dollars", [money("500 dollars", 500, "USD")]],
    ["c $ 16.4 million", [money("c $ 16.4 million", 16.4e6, "CAD")]],
    ["HK$10.05 billion", [money("HK$10.05 billion", 10.05e9, "HKD")]],
    ["420 million finnish markka", [money("420 million finnish markka", 420e6, "FIM")]],
    ["five million yen", [money("five million yen", 5e6, "JPY")]],
    ["USD 200", [money("USD 200", 200, "USD")]],
    ["115USD", [money("115USD", 115, "USD")]],
    ["30 MUSD", [money("30 MUSD", 30e6, "USD")]],
    ["75 USD million", [money("75 USD million", 75e6, "USD")]],
    ["50 cents", [money("50 cents", 50, "USX")]],
    ["470 pence a share", [money("470 pence", 470, "GBX")]],
    ["a 12-cent-a-share dividend", [money("12-cent", 12, "USX")]],
    ["thirteen dollars and forty-five cents", [money("thirteen dollars and forty-five cents", 13.45, "USD")]],
    ["Hey, the cost is 100元!", [money("100元", 100, "CNY")]],
    [
      "$5-10 million",
      [{ text: "$5-10 million", kind: "money", currency: "USD", min: 5e6, max: 10e6, approx: "range" }],
    ],
    [
      "billions of dollars of support",
      [{ text: "billions of dollars", kind: "money", currency: "USD", approx: "vague", min: 2e9 }],
    ],
    // "pounds" of weight
    [
      "it weighed about 75 to 80 pounds",
      [{ kind: "dimension", unit: "lb", approx: "about", min: 67.5, max: 88 }],
    ],
    ["ALL 5 solutions are wrong.", [exact("5", 5)]],
  ])
})

describe("bounds and ranges", () => {
  check([
    [
      "at least 14 people",
      [{ text: "at least 14", min: 14, max: null, approx: "at-least", bound: "at least" }],
    ],
    ["more than 30", [{ text: "more than 30", min: 30, max: null, approx: "more-than", bound: "more than" }]],
    ["over 30 people", [{ text: "over 30", min: 30, max: null, approx: "more-than", bound: "over" }]],
    ["above 30", [{ min: 30, max: null, approx: "more-than", bound: "above" }]],
    ["more than 2.5 million", [{ min: 2.5e6, max: null, approx: "more-than" }]],
    ["more than 2.5", [{ min: 2.5, max: null, approx: "more-than" }]],
    ["nearly 1,000", [{ text: "nearly 1,000", min: 900, max: 1000, approx: "nearly", bound: "nearly" }]],
    ["almost 50", [{ min: 45, max: 50, approx: "nearly", bound: "almost" }]],
    ["about 70", [{ text: "about 70", min: 63, max: 77, approx: "about", bound: "about" }]],
    ["around 70", [{ min: 63, max: 77, approx: "about", bound: "around" }]],
    ["some 70 people", [{ text: "some 70", min: 63, max: 77, approx: "about", bound: "some" }]],
    ["roughly 70", [{ approx: "about", bound: "roughly" }]],
    ["approximately 70", [{ approx: "about", bound: "approximately" }]],
    ["an estimated 470", [{ text: "an estimated 470", approx: "about" }]],
    ["30 or so", [{ text: "30 or so", approx: "about", min: 27, max: 33 }]],
    [
      "up to 200 kilometres",
      [
        {
          text: "up to 200 kilometres",
          kind: "dimension",
          unit: "km",
          min: null,
          max: 200,
          approx: "at-most",
          bound: "up to",
        },
      ],
    ],
    ["fewer than 30", [{ min: null, max: 30, approx: "less-than", bound: "fewer than" }]],
    ["less than 30", [{ min: null, max: 30, approx: "less-than" }]],
    ["under 30", [{ min: null, max: 30, approx: "less-than", bound: "under" }]],
    ["less than 1 %", [{ kind: "percent", min: null, max: 1, approx: "less-than" }]],
    ["between 20 and 30", [{ text: "between 20 and 30", min: 20, max: 30, approx: "range" }]],
    ["20 to 30 people", [{ text: "20 to 30", min: 20, max: 30, approx: "range" }]],
    ["20-30", [{ text: "20-30", min: 20, max: 30, approx: "range" }]],
    [
      "75 to 80 pounds",
      [{ text: "75 to 80 pounds", min: 75, max: 80, approx: "range", kind: "money", currency: "GBP" }],
    ],
    ["between 2 and 3 million", [{ min: 2e6, max: 3e6, approx: "range" }]],
    ["five hundred or more", [{ text: "five hundred or more", min: 500, max: null, approx: "at-least" }]],
    ["50-plus", [{ text: "50-plus", min: 50, max: null, approx: "at-least" }]],
    ["larger than twenty and less or equal than thirty five", [{ approx: "range", min: 20, max: 35 }]],
    ["more than 40 and less than 10", [{ approx: "more-than" }, { approx: "less-than" }]],
    ["a record 145 drones", [exact("145", 145)]],
    // a change, not a range
    ["The toll rose from 20 to 30.", [exact("20", 20), exact("30", 30)]],
    // scores and records are not ranges
    ["Spain lost 1-3 at home", [exact("1", 1), exact("3", 3)]],
    // where, not how many
    ["111 drones over 13 regions", [exact("111", 111), exact("13", 13)]],
    ["in over 20 countries", [{ text: "over 20", approx: "more-than", min: 20 }]],
  ])
})

describe("vague quantities", () => {
  check([
    ["dozens of drones", [{ text: "dozens", min: 24, max: 144, approx: "vague", bound: "dozens" }]],
    ["hundreds", [{ text: "hundreds", min: 200, max: 999, approx: "vague" }]],
    ["thousands of soldiers", [{ text: "thousands", min: 2000, max: 9999, approx: "vague" }]],
    [
      "tens of thousands of drones",
      [{ text: "tens of thousands", min: 20_000, max: 99_999, approx: "vague" }],
    ],
    [
      "hundreds of thousands",
      [{ text: "hundreds of thousands", min: 200_000, max: 999_999, approx: "vague" }],
    ],
    ["several hundred people", [{ text: "several hundred", min: 200, max: 999, approx: "vague" }]],
    ["several people were hurt", []],
    ["a few people", []],
  ])
})

describe("units", () => {
  const dim = (text: string, v: number, unit: string) => exact(text, v, "dimension", { unit })
  check([
    ["29km", [dim("29km", 29, "km")]],
    ["200 kilometres", [dim("200 kilometres", 200, "km")]],
    ["200 kilometers", [dim("200 kilometers", 200, "km")]],
    ["360 miles", [dim("360 miles", 360, "mi")]],
    ["5 mi", [dim("5 mi", 5, "mi")]],
    ["4,500 metres", [dim("4,500 metres", 4500, "m")]],
    ["a 10m wall", [dim("10m", 10, "m")]],
    ["500 kg", [dim("500 kg", 500, "kg")]],
    ["20 tonnes", [dim("20 tonnes", 20, "t")]],
    ["a 10-mile walk", [dim("10-mile", 10, "mi")]],
    ["600 square kilometres", [dim("600 square kilometres", 600, "km2")]],
  ])
})

describe("numbers that are not counted figures", () => {
  check([
    ["2022", [exact("2022", 2022, "year")]],
    ["in 2024", [exact("2024", 2024, "year")]],
    ["Russia’s 2022 invasion", [exact("2022", 2022, "year")]],
    ["the 1990s", [{ text: "1990s", kind: "year", min: 1990, max: 1999 }]],
    ["2000 troops", [exact("2000", 2000)]],
    [
      "5 February 2025",
      [{ text: "5 February 2025", kind: "date", min: 5, date: { year: 2025, month: 2, day: 5 } }],
    ],
    ["March 12", [{ text: "March 12", kind: "date", date: { year: null, month: 3, day: 12 } }]],
    ["12 March", [{ text: "12 March", kind: "date" }]],
    ["Wednesday 5 February 2025", [{ text: "Wednesday 5 February 2025", kind: "date" }]],
    ["since September 2022", [{ text: "September 2022", kind: "date" }]],
    ["the May 4th", [{ text: "May 4th", kind: "date" }]],
    ["Screenshot 2025-02-03", [{ text: "2025-02-03", kind: "date" }]],
    ["2am", [exact("2am", 2, "time")]],
    ["9 p.m.", [exact("9 p.m.", 21, "time")]],
    ["20:00", [exact("20:00", 20, "time")]],
    ["06:36", [exact("06:36", 6.6, "time")]],
    ["five o'clock in the morning", [exact("five o'clock in the morning", 5, "time")]],
    ["at about 9 p.m.", [{ text: "about 9 p.m.", kind: "time", min: 21, max: 21, approx: "about" }]],
    ["12 months", [exact("12 months", 12, "duration", { unit: "month" })]],
    ["12-month periods", [exact("12-month", 12, "duration", { unit: "month" })]],
    ["a 30-day ceasefire", [exact("30-day", 30, "duration", { unit: "day" })]],
    ["three years", [exact("three years", 3, "duration", { unit: "year" })]],
    ["100 years", [exact("100 years", 100, "duration", { unit: "year" })]],
    ["nearly three years of conflict", [{ text: "nearly three years", kind: "duration", approx: "nearly" }]],
    ["a 52-year-old woman", [exact("52-year-old", 52, "age", { unit: "year" })]],
    ["a 16-year-old", [exact("16-year-old", 16, "age")]],
    ["he died at the age of 78", [exact("78", 78, "age")]],
    ["Call 641-228-182 .", [{ text: "641-228-182", kind: "phone" }]],
    [
      "192.168.1.2",
      [
        exact("192", 192, "label"),
        exact("168", 168, "label"),
        exact("1", 1, "label"),
        exact("2", 2, "label"),
      ],
    ],
    ["1. Introduction", [exact("1", 1, "label")]],
    ["Article 5 of the treaty", [exact("5", 5, "label")]],
    ["Shahed-136 drones", [exact("136", 136, "label")]],
    ["Flight MH17", [exact("17", 17, "label")]],
    ["outside 10 Downing Street", [exact("10", 10, "label")]],
    ["Formula One", [exact("One", 1, "label")]],
    ["mid-2024", [exact("2024", 2024, "year")]],
  ])
  it("none of them is a figure", () => {
    for (const s of [
      "in 2024",
      "5 February 2025",
      "9 p.m.",
      "three years",
      "a 52-year-old",
      "641-228-182",
      "Article 5",
    ])
      for (const m of findNumbers(s)) expect(isFigure(m), `${s}: ${m.text}`).toBe(false)
  })
})

describe("sentence-initial words", () => {
  check([
    ["Thirty-seven countries could join", [exact("Thirty-seven", 37)]],
    ["Five civilians, including a child, were hurt.", [exact("Five", 5)]],
    ["Twenty-five drones were downed", [exact("Twenty-five", 25)]],
    [
      "Around 70 people were evacuated",
      [{ text: "Around 70", approx: "about", min: 63, max: 77, bound: "Around" }],
    ],
  ])
})

describe("one", () => {
  check([
    ["one of them", [exact("one", 1)]],
    ["killing one person", [exact("one", 1)]],
    ["no one", []],
    ["someone", []],
    ["anyone", []],
    ["a one-day strike", []],
    ["they blamed one another", []],
    ["Which one do you prefer?", []],
    ["The one you mentioned is invalid", []],
    ["to meet with a Russian one.", []],
    ["a one-year-old", [exact("one-year-old", 1, "age")]],
  ])
})

describe("without numbers", () => {
  check([
    ["", []],
    ["The president met the delegation on Thursday.", []],
    ["an", []],
    ["a", []],
    ["several", []],
    ["a two-state solution", []],
  ])
})
