/**
 * Stories of other beats than the war, written by hand as a fact-checker reads them (issue 18):
 * an earthquake reported by three outlets over two days, and a march with its crowd counts and an
 * arrest denied. Each verdict is what a person sees in the articles.
 */
import { describe, expect, it } from "vitest"
import type { Report } from "../src/domain/Report.ts"
import { reconcileInputs } from "../src/pipeline.ts"
import { doc, inputsOf } from "./helpers/docs.ts"

const quake = reconcileInputs(
  inputsOf(
    doc(
      "quake-a",
      "Alpha Wire",
      "2026-03-02T08:00:00Z",
      "A magnitude 6.8 earthquake struck the mountainous region early on Monday, the national seismology agency said.\n\nAt least 30 people were killed in the earthquake, officials said. About 1,500 people were evacuated from their homes.",
    ),
    doc(
      "quake-b",
      "Bravo News",
      "2026-03-02T15:00:00Z",
      "The earthquake, which the US Geological Survey measured at magnitude 7.1, struck early on Monday.\n\nThe death toll rose to 34, officials said. A 52-year-old woman and a 16-year-old were among the dead. Some 200 people were injured.",
    ),
    doc(
      "quake-c",
      "Charlie Times",
      "2026-03-03T09:00:00Z",
      "The death toll from Monday's earthquake stands at 41, officials said on Tuesday. More than 3,000 people are sleeping in tents.",
    ),
  ),
)

const march = reconcileInputs(
  inputsOf(
    doc(
      "march-a",
      "Alpha Wire",
      "2026-03-07",
      "Police put the crowd at 4,000, while organisers said 20,000 marched. Police arrested 17 protesters, a police spokesman said.",
    ),
    doc(
      "march-b",
      "Bravo News",
      "2026-03-07",
      "The government denied that any protesters had been arrested during Saturday's march in the capital.",
    ),
  ),
)

const groupOf = (r: Report, fragment: string, value?: unknown) => {
  const c = r.claims.find(
    (x) =>
      x.text.includes(fragment) && (value === undefined || JSON.stringify(x.value) === JSON.stringify(value)),
  )
  return c === undefined ? undefined : r.groups.find((g) => g.claims.includes(c.id))
}

describe("an earthquake, three outlets, two days", () => {
  it("puts the two magnitudes in conflict", () => {
    const g = groupOf(quake, "magnitude 6.8")
    expect(g?.verdict).toBe("conflict")
    expect(g).toBe(groupOf(quake, "magnitude 7.1"))
  })
  it("reads the toll as a running total: 30, 34, 41 is evolving, not a conflict", () => {
    const g = groupOf(quake, "At least 30 people")
    expect(g).toMatchObject({ verdict: "evolving", latest: 41 })
    expect(g).toBe(groupOf(quake, "rose to 34"))
    expect(g).toBe(groupOf(quake, "stands at 41"))
  })
  it("keeps the injured, the evacuated and the people in tents out of the toll and apart", () => {
    const toll = groupOf(quake, "rose to 34")
    const others = ["Some 200 people", "1,500 people", "3,000 people"].map((f) => groupOf(quake, f))
    for (const g of others) expect(g).toBeDefined()
    expect(new Set([toll, ...others]).size).toBe(4)
    expect(others.every((g) => g?.verdict !== "evolving")).toBe(true)
  })
  it("reads an age as one person, not 52", () => {
    expect(quake.claims.find((c) => c.text.includes("52-year-old"))?.value).toBe(1)
  })
})

describe("a march: the crowd counted by two sides, an arrest denied", () => {
  it("puts the police's 4,000 against the organisers' 20,000, interested parties both", () => {
    const g = groupOf(march, "Police put the crowd", 4000)
    expect(g).toBe(groupOf(march, "Police put the crowd", 20000))
    expect(g?.verdict).toBe("conflict")
    const claimants = march.claims.filter((c) => g?.claims.includes(c.id)).map((c) => c.claimant.name)
    expect(claimants.sort()).toEqual(["Police", "organisers"])
    expect(g?.flags).toContain("interested-party")
  })
  it("puts the arrests against the government's denial", () => {
    const arrests = march.groups.find((g) =>
      g.claims.some((id) => march.claims.find((c) => c.id === id)?._tag === "event"),
    )
    expect(arrests?.verdict).toBe("conflict")
    expect(arrests?.reason).toMatch(/denial/)
  })
})
