/**
 * Sides beyond countries (claims/sides.ts, reconcile/index.ts withSides) and per-figure claimants
 * (claims/claimant.ts figureAttributions).
 */
import { describe, expect, it } from "vitest"
import { findClaimant } from "../src/claims/claimant.ts"
import { learnedRoles, learnFrom, roleOf } from "../src/claims/sides.ts"
import type { Claim } from "../src/domain/Claim.ts"
import { withSides } from "../src/reconcile/index.ts"
import { quantity } from "./report-fixtures.ts"

/** A claim of `figure` in `sentence`, with the claimant the sentence names (as claimant.ts reads it). */
const claimIn = (sentence: string, figure: string, value: number, id = "c1"): Claim =>
  quantity({
    id,
    document: `d-${id}`,
    outlet: `Outlet ${id}`,
    text: sentence,
    claimant: findClaimant(sentence, `Outlet ${id}`, `d-${id}`).claimant,
    mention: figure,
    value,
    counted: "person",
  })

const interested = (...claims: Claim[]) =>
  withSides(claims).map((c) => [c.claimant.name, c.flags.includes("interested-party")])

describe("sides beyond countries: interested parties of a dispute", () => {
  it.each([
    ["The company said average annual pay under the new contract will rise to $119,309.", "$119,309", 119309],
    ["Police put the crowd at 4,000.", "4,000", 4000],
    ["Organisers said 20,000 marched.", "20,000", 20000],
    ["The CGT union said 3.5 million people marched across the country.", "3.5 million", 3500000],
    ["The Interior Ministry said 1.089 million protesters took part.", "1.089 million", 1089000],
    ["Across the country, 80 people were arrested, Interior Minister Gerald Darmanin said.", "80", 80],
  ])("a side: %#", (sentence, figure, value) => {
    const [[name, flagged]] = interested(claimIn(sentence, figure, value)) as [[string, boolean]]
    expect(name).not.toMatch(/^Outlet/)
    expect(flagged).toBe(true)
  })

  it.each([
    ["The Texas Department of State Health Services said 159 cases had been confirmed.", "159", 159],
    ["The Coast Guard said 39 people are missing.", "39", 39],
    ["The US Geological Survey said the magnitude was 6.8.", "6.8", 6.8],
    ["Police said three people were killed in the crash.", "three", 3],
    ["The company said 3 workers were hurt when the roof collapsed.", "3", 3],
  ])("a witness, not a side: %#", (sentence, figure, value) => {
    const [[name, flagged]] = interested(claimIn(sentence, figure, value)) as [[string, boolean]]
    expect(name).not.toMatch(/^Outlet/)
    expect(flagged).toBe(false)
  })

  it("learns a union's name from another mention in the run", () => {
    const alone = claimIn("The CGT said 800,000 people marched in Paris.", "800,000", 800000, "a")
    const named = claimIn("The CGT union said 3.5 million people marched.", "3.5 million", 3500000, "b")
    expect(interested(alone)).toEqual([["CGT", false]])
    expect(interested(alone, named)).toEqual([
      ["CGT", true],
      ["CGT union", true],
    ])
    const full = claimIn(
      "According to the General Confederation of Labour, the protests drew 3.5 million people.",
      "3.5 million",
      3500000,
      "c",
    )
    const head = claimIn("The Confederation claimed 800,000 protesters marched.", "800,000", 800000, "d")
    expect(interested(head)[0]![1]).toBe(false)
    expect(interested(full, head).map(([, f]) => f)).toEqual([true, true])
  })

  it("learns a company's name: 'X, the company', 'X's workforce'", () => {
    const learned = learnedRoles()
    learnFrom("Boeing, the planemaker, said it would cut jobs.", learned)
    expect(roleOf("Boeing", learned)?.role).toBe("company")
    const other = learnedRoles()
    learnFrom("Acme's workforce will shrink by 10%.", other)
    expect(roleOf("Acme", other)?.role).toBe("company")
    expect(roleOf("Boeing", other)).toBeNull()
    // A country is never a company, whatever its workers do.
    learnFrom("Ukraine's workforce is shrinking.", other)
    expect(roleOf("Ukraine", other)).toBeNull()
  })

  it("gives a person's role to the mentions that do not say it", () => {
    const titled = claimIn(
      "In all, 457 people were arrested on Thursday as protests were held, Interior Minister Gerald Darmanin said.",
      "457",
      457,
      "a",
    )
    const bare = claimIn("Darmanin said 441 police officers were injured in the protests.", "441", 441, "b")
    expect(interested(bare)[0]![1]).toBe(false)
    expect(interested(titled, bare).map(([, f]) => f)).toEqual([true, true])
  })
})
