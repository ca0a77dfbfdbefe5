import { describe, expect, it } from "vitest"
import { extractClaims } from "../src/claims/extract.ts"
import type { Report } from "../src/domain/Report.ts"
import { reconcileInputs } from "../src/pipeline.ts"
import { isCopy } from "../src/reconcile/judge.ts"
import { doc, inputsOf } from "./helpers/docs.ts"

const run = (...docs: ReturnType<typeof doc>[]): Report => reconcileInputs(inputsOf(...docs))
const groupWith = (r: Report, fragment: string) => {
  const c = r.claims.find((x) => "mention" in x && x.text.includes(fragment))
  return c ? r.groups.find((g) => g.claims.includes(c.id)) : undefined
}

describe("verdicts", () => {
  it("corroborates the same figure from two outlets", () => {
    const r = run(
      doc(
        "a",
        "Alpha",
        "2025-10-24",
        "Air defences shot down 111 Ukrainian drones over several regions overnight, the Defence Ministry said.",
      ),
      doc(
        "b",
        "Bravo",
        "2025-10-24",
        "Russia's Defence Ministry said its forces downed 111 drones over 13 regions during the night.",
      ),
    )
    expect(groupWith(r, "111 Ukrainian")).toMatchObject({
      verdict: "corroborated",
      outlets: ["Alpha", "Bravo"],
    })
  })
  it("reads intervals, not digits: at least 32 agrees with 34, 32 and 34 conflict", () => {
    const agree = run(
      doc("a", "Alpha", "2025-02-02", "At least 32 people were killed in Poltava."),
      doc("b", "Bravo", "2025-02-02", "34 people were killed in Poltava."),
    )
    expect(groupWith(agree, "34 people")?.verdict).toBe("corroborated")
    const disagree = run(
      doc("a", "Alpha", "2025-02-02", "32 people were killed in Poltava."),
      doc("b", "Bravo", "2025-02-02", "34 people were killed in Poltava."),
    )
    const g = groupWith(disagree, "34 people")
    expect(g?.verdict).toBe("conflict")
    expect(g?.claims).toHaveLength(2)
    expect(g?.reason).toMatch(/do not meet/)
  })
  it("about 70 agrees with 70", () => {
    const r = run(
      doc("a", "Alpha", "2025-10-24", "About 70 residents were evacuated."),
      doc("b", "Bravo", "2025-10-24", "Officials said 70 people were evacuated."),
    )
    expect(groupWith(r, "70 people")?.verdict).toBe("corroborated")
  })
  it("keeps different nights and different cities apart", () => {
    const r = run(
      doc("a", "Alpha", "2025-10-24", "Russia said it shot down 111 drones overnight."),
      doc("b", "Bravo", "2025-03-13", "Russia said it shot down 77 drones overnight."),
      doc("c", "Charlie", "2025-10-24", "Two people were killed in Kherson on Friday."),
      doc("d", "Delta", "2025-10-24", "Six people were killed in Kharkiv on Friday."),
    )
    expect(r.groups.filter((g) => g.verdict === "conflict")).toEqual([])
    expect(groupWith(r, "111")).not.toBe(groupWith(r, "77"))
  })
  it("keeps a part apart from its whole", () => {
    const r = run(
      doc(
        "a",
        "Alpha",
        "2025-03-13",
        "Air defence destroyed 77 Ukrainian drones overnight: 30 over Bryansk Oblast, 25 over Kaluga Oblast, 22 over Kursk Oblast.",
      ),
      doc("b", "Bravo", "2025-03-13", "Russia said it had shot down 77 drones over six regions overnight."),
    )
    expect(r.groups.filter((g) => g.verdict === "conflict")).toEqual([])
    expect(groupWith(r, "77 Ukrainian")?.verdict).toBe("corroborated")
  })
  it("calls one outlet single-source, however often it repeats itself", () => {
    const r = run(
      doc(
        "a",
        "Alpha",
        "2025-03-13",
        "Thirty-seven countries could join. Talks are under way between 37 countries.",
      ),
    )
    expect(r.groups).toHaveLength(1)
    expect(r.groups[0]).toMatchObject({ verdict: "single-source", flags: ["hedged"] })
  })
  it("does not let wire copies corroborate each other", () => {
    const text =
      "Ukrainian drones struck an oil depot in the Bryansk region overnight, injuring three people, the governor said."
    const r = run(doc("a", "Alpha", "2025-03-13", text), doc("b", "Bravo", "2025-03-13", text))
    const g = groupWith(r, "three people")
    expect(g).toMatchObject({ verdict: "single-source" })
    expect(g?.flags).toContain("syndicated")
  })
  describe("syndication: copies of one text, not sentences that share a frame", () => {
    const wire =
      "Ratifying the contract on the eve of Election Day lets a major U.S. manufacturer restart the assembly lines that the walkout by factory workers have idled for 53 days."
    it("a copy word for word, or with its punctuation, spelling or one word changed, is one", () => {
      expect(isCopy(wire, wire)).toBe(true)
      expect(isCopy(wire, wire.replace("U.S.", "US").replace("Election Day", "election day"))).toBe(true)
      expect(isCopy(wire, wire.replace("have idled", "have left idle"))).toBe(true)
      expect(isCopy(wire, wire.replace("U.S.", "US").replace("have idled", "have left idle"))).toBe(true)
      expect(isCopy(wire, wire.replace(" major ", " big "))).toBe(true)
    })
    it("sentences that share a frame in their own words are not", () => {
      expect(
        isCopy(
          "At least 30 people were killed in the earthquake, officials said.",
          "The earthquake killed 34 people, officials said.",
        ),
      ).toBe(false)
      expect(
        isCopy(
          "At least 30 people were killed in the earthquake, officials said.",
          "The earthquake killed at least 30 people, officials said.",
        ),
      ).toBe(false)
    })
    it("a copy with a changed figure is not: merging it would hide the change", () => {
      expect(isCopy(wire, wire.replace("53 days", "54 days"))).toBe(false)
    })
    it("a short sentence is too short to be told from a coincidence", () => {
      expect(isCopy("Five people died, police said.", "Five people died, police said.")).toBe(false)
    })
    it("two outlets sharing a frame corroborate each other; copies do not", () => {
      const r = run(
        doc(
          "a",
          "Reuters",
          "2026-02-02",
          "At least 30 people were killed in the earthquake, officials said.",
        ),
        doc("b", "AP", "2026-02-02", "The earthquake killed 34 people, officials said."),
      )
      const g = groupWith(r, "34 people")
      expect(g?.claims).toHaveLength(2)
      expect(g?.flags ?? []).not.toContain("syndicated")
      expect(g?.verdict).toBe("corroborated")
    })
  })
  it("flags five outlets repeating one claimant as single-claimant", () => {
    const r = run(
      doc(
        "a",
        "Alpha",
        "2025-10-24",
        "Moscow Mayor Sergei Sobyanin said three drones were shot down near Moscow.",
      ),
      doc(
        "b",
        "Bravo",
        "2025-10-24",
        "Air defences downed three drones flying towards Moscow, Sobyanin wrote on Telegram.",
      ),
    )
    const g = groupWith(r, "three drones")
    expect(g).toMatchObject({ verdict: "corroborated" })
    expect(g?.flags).toContain("single-claimant")
  })
  it("calls a toll that rises over publication time evolving, with its timeline", () => {
    const r = run(
      doc("a", "Alpha", "2025-02-01", "At least 9 people were killed in Poltava, officials said."),
      doc("b", "Bravo", "2025-02-02", "The death toll in Poltava has risen to 14 people killed."),
    )
    const g = groupWith(r, "14 people")
    expect(g).toMatchObject({ verdict: "evolving", latest: 14 })
    expect(g?.timeline?.map((p) => p.value)).toEqual([{ min: 9, max: null }, 14])
  })
  it("flags a breakdown that does not add up to its total", () => {
    const r = run(
      doc(
        "a",
        "Alpha",
        "2025-03-13",
        "Air defence destroyed 77 drones overnight: 30 over Bryansk Oblast, 25 over Kaluga Oblast, 6 over Kursk Oblast.",
      ),
    )
    expect(groupWith(r, "77 drones")?.flags).toContain("parts-sum-mismatch")
    const ok = run(
      doc(
        "a",
        "Alpha",
        "2025-03-13",
        "Air defence destroyed 61 drones overnight: 30 over Bryansk Oblast, 25 over Kaluga Oblast, 6 over Kursk Oblast.",
      ),
    )
    expect(groupWith(ok, "61 drones")?.flags ?? []).not.toContain("parts-sum-mismatch")
  })
  it("keeps every claim's story apart from another story's", () => {
    const r = run(
      doc("a", "Alpha", "2025-03-13", "32 people were killed in the city.", "one"),
      doc("b", "Bravo", "2025-03-13", "34 people were killed in the city.", "two"),
    )
    expect(r.groups.filter((g) => g.verdict === "conflict")).toEqual([])
  })
  it("gives each claim a provenance that points into its document", () => {
    const d = doc("a", "Alpha", "2025-03-13", "Intro.\nRussia fired 145 drones at Ukraine overnight.")
    for (const c of extractClaims(d)) expect(d.text.slice(c.start, c.end)).toBe(c.text)
  })
  it("gives a person one name and one side across spellings", () => {
    const r = run(
      doc(
        "a",
        "Alpha",
        "2025-10-24",
        "Five people were injured in Krasnogorsk, Moscow region governor Andrei Vorobyov said.",
      ),
      doc("b", "Bravo", "2025-10-24", "Five people were injured in Krasnogorsk, Vorobyov said."),
      doc(
        "c",
        "Charlie",
        "2025-10-24",
        "Five people were injured in Krasnogorsk, governor Andrey Vorobyov said.",
      ),
    )
    const names = new Set(r.claims.map((c) => c.claimant.name))
    expect([...names]).toHaveLength(1)
    expect(r.claims.every((c) => c.claimant.side === "russia")).toBe(true)
    expect(groupWith(r, "Five people")?.flags).toContain("single-claimant")
  })
})
