import { describe, expect, it } from "vitest"
import { findClaimant } from "../src/claims/claimant.ts"
import { entityKey } from "../src/claims/entities.ts"
import { extractClaims } from "../src/claims/extract.ts"
import { findPlaces } from "../src/claims/place.ts"
import { segment } from "../src/claims/segment.ts"
import { isoDay, resolveTime } from "../src/claims/time.ts"
import type { QuantityClaim } from "../src/domain/Claim.ts"
import { doc } from "./helpers/docs.ts"

const quantities = (text: string, published = "2025-10-24") =>
  extractClaims(doc("d", "Outlet", published, text)).filter((c): c is QuantityClaim => c._tag === "quantity")

describe("segment", () => {
  it.each([
    ["One. Two.", ["One.", "Two."]],
    ["U.S. President Trump spoke. Then he left.", ["U.S. President Trump spoke.", "Then he left."]],
    [
      "Flights stopped at 9 p.m. on Wednesday. They resumed.",
      ["Flights stopped at 9 p.m. on Wednesday.", "They resumed."],
    ],
    ["“It is over,” he said. Next.", ["“It is over,” he said.", "Next."]],
    ["Line one\nLine two", ["Line one", "Line two"]],
  ])("%s", (text, expected) => {
    const ss = segment(text)
    expect(ss.map((s) => s.text)).toEqual(expected)
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
  it("numbers lines and paragraphs", () => {
    const ss = segment("Alpha.\n\nBravo. Charlie.\nDelta.")
    expect(ss.map((s) => [s.text, s.line, s.paragraph])).toEqual([
      ["Alpha.", 0, 0],
      ["Bravo.", 2, 1],
      ["Charlie.", 2, 1],
      ["Delta.", 3, 1],
    ])
  })
  it("keeps initials inside a sentence", () => {
    expect(segment("J. D. Vance spoke. He left.").map((s) => s.text)).toEqual([
      "J. D. Vance spoke.",
      "He left.",
    ])
  })
})

describe("time", () => {
  const w = (s: string, p: string) => {
    const r = resolveTime(s, p)
    return r && [isoDay(r.start), isoDay(r.end)]
  }
  it.each([
    ["Russia launched 145 drones overnight.", "2024-11-10", ["2024-11-09", "2024-11-10"]],
    ["It shot down 34 drones on Sunday.", "2024-11-12", ["2024-11-10", "2024-11-10"]],
    ["77 drones were shot down overnight on Thursday.", "2025-03-13", ["2025-03-12", "2025-03-13"]],
    ["between 20:00 on 12 March and 06:36 on 13 March", "2025-03-13", ["2025-03-12", "2025-03-13"]],
    ["on the evening of March 12", "2025-03-13", ["2025-03-12", "2025-03-12"]],
    [
      "The ministry claimed on Friday that over the past week it captured 10 villages.",
      "2025-10-24",
      ["2025-10-17", "2025-10-24"],
    ],
    ["gains in October", "2024-11-10", ["2024-10-01", "2024-10-31"]],
    ["Five people were hurt.", "2025-03-13", ["2025-03-12", "2025-03-13"]],
  ])("%s (published %s)", (s, p, expected) => expect(w(s, p)).toEqual(expected))
  it("leaves an undated sentence undated", () =>
    expect(resolveTime("Five people were hurt.", null)).toBeNull())
})

describe("entities", () => {
  it.each([
    ["Zelensky", "Zelenskyy"],
    ["Zelenskiy", "Zelensky"],
    ["Kyiv", "Kiev"],
    ["Defence Ministry", "Defense Ministry"],
    ["Ministry of Defence", "Defence Ministry"],
    ["Moscow region", "Moscow Oblast"],
    ["Kh-22", "X-22"],
    ["Andrey Vorobyov", "Andrei Vorobyov"],
  ])("%s = %s", (a, b) => expect(entityKey(a)).toBe(entityKey(b)))
  it.each([
    ["Moscow", "Kyiv"],
    ["Rostov region", "Bryansk region"],
  ])("%s != %s", (a, b) => expect(entityKey(a)).not.toBe(entityKey(b)))
})

describe("claimants", () => {
  const c = (s: string) => findClaimant(s, "The Outlet", "d").claimant
  it.each([
    [
      "Air defences destroyed 111 drones overnight, the Russian Defence Ministry said on Friday.",
      "named",
      "Russian Defence Ministry",
    ],
    [
      "Moscow Mayor Sergei Sobyanin reported that air defenses downed three drones.",
      "named",
      "Sergei Sobyanin",
    ],
    ["The drone hit a building, according to Andrei Vorobyov, the governor.", "named", "Andrei Vorobyov"],
    ["Drones struck a plant, an intelligence source told Kyiv Post.", "anonymous", "an intelligence source"],
    [
      "Drones attacked a site, sources in Ukraine's military intelligence told Interfax-Ukraine.",
      "anonymous",
      "sources in Ukraine's military intelligence",
    ],
    [
      "People familiar with the call said Trump raised the land issue.",
      "anonymous",
      "People familiar with the call",
    ],
    ["Russia fired 145 drones at Ukraine overnight.", "outlet", "The Outlet"],
  ])("%s", (s, kind, name) => {
    expect(c(s).kind).toBe(kind)
    expect(c(s).name).toBe(name)
  })
  it("keys one person across spellings and titles", () => {
    expect(c("Zelenskyy said it.").key).toBe(c("Ukrainian President Volodymyr Zelensky said it.").key)
    expect(c("Ukrainian President Volodymyr Zelensky said it.").side).toBe("ukraine")
  })
})

describe("places", () => {
  it("splits a list of regions sharing one area word", () => {
    const spans = findPlaces("one each over the Lipetsk, Tver and Moscow Regions and the Sea of Azov.")
    expect(spans[0]!.places.map((p) => p.name)).toEqual([
      "Lipetsk Region",
      "Tver Region",
      "Moscow Region",
      "Sea of Azov",
    ])
  })
  it("keeps countries apart from places, and marks aggregates", () => {
    expect(findPlaces("Russia fired drones at Ukraine.")[0]).toMatchObject({
      places: [],
      countries: ["ukraine"],
    })
    expect(findPlaces("drones over 13 Russian regions")[0]!.aggregate).toBe(true)
  })
})

describe("quantity claims", () => {
  it("reads what is counted, the action, the doer and the target", () => {
    const [q] = quantities("Russia fired 145 drones at Ukraine overnight, Zelensky said.")
    expect(q).toMatchObject({
      value: 145,
      counted: "drone",
      action: "launched",
      actor: { key: "russia" },
      target: { key: "ukraine" },
    })
    expect(q!.claimant.name).toBe("Zelensky")
  })
  it("tells the side of the things counted from the side that acted", () => {
    const [q] = quantities(
      "Russia also said it had shot down 34 Ukrainian attack drones targeting Moscow on Sunday.",
    )
    expect(q).toMatchObject({ value: 34, counted: "drone", action: "shot-down", actor: { key: "ukraine" } })
  })
  it("lets elliptical figures inherit the frame, each with its own place", () => {
    const qs = quantities(
      "By region, 34 drones were downed over the Rostov Region, 25 over the Bryansk Region and seven each over the Belgorod Region and Crimea.",
    )
    expect(qs.map((q) => [q.value, q.counted, q.action, q.place?.name])).toEqual([
      [34, "drone", "shot-down", "Rostov Region"],
      [25, "drone", "shot-down", "Bryansk Region"],
      [7, "drone", "shot-down", "Belgorod Region"],
      [7, "drone", "shot-down", "Crimea"],
    ])
  })
  it("marks a total spread over several areas as an aggregate", () => {
    const [q] = quantities("Air defences shot down 111 Ukrainian drones over 13 Russian regions.")
    expect(q).toMatchObject({ value: 111, aggregate: true, place: null })
  })
  it("keeps the provenance: offsets point at the sentence and the figure", () => {
    const text = "Intro line.\nAt least 14 people were killed in Poltava, officials said."
    for (const q of quantities(text)) {
      expect(text.slice(q.start, q.end)).toBe(q.text)
      expect(text.slice(q.mention.start, q.mention.end)).toBe(q.mention.text)
      expect(q.line).toBe(2)
    }
  })
  it("reads a record, people and the toll action", () => {
    const [q] = quantities("At least 14 people were killed, including two children, officials said.")
    expect(q).toMatchObject({ counted: "person", action: "killed" })
  })
  it("does not count pronoun references or durations", () => {
    expect(quantities("One of them hit a house.")).toEqual([])
    expect(quantities("The war has lasted three years.").filter((q) => q.counted === "year")).toEqual([])
  })
  it("reads a floor as an attribute", () => {
    const claims = extractClaims(doc("d", "O", "2025-10-24", "The drone flew into a flat on the 14th floor."))
    expect(claims).toMatchObject([{ _tag: "attribute", attribute: "floor", value: 14 }])
  })
  it("flags anonymous sources and hedges", () => {
    const claims = extractClaims(
      doc(
        "d",
        "O",
        "2025-03-13",
        "Ukrainian drones struck a plant in Obukhovo, a military intelligence source told Ukrainska Pravda.",
      ),
    )
    expect(claims[0]!.flags).toContain("anonymous-source")
    const [q] = quantities("Thirty-seven countries could join the coalition.")
    expect(q!.flags).toContain("hedged")
  })
})
