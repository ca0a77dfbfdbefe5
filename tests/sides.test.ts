/**
 * Sides beyond countries (claims/sides.ts, reconcile/index.ts withSides) and per-figure claimants
 * (claims/claimant.ts figureAttributions).
 */
import { describe, expect, it } from "vitest"
import { figureAttributions, findAttribution, findClaimant, rivalClaimants } from "../src/claims/claimant.ts"
import { extractClaims } from "../src/claims/extract.ts"
import { learnedRoles, learnFrom, roleOf } from "../src/claims/sides.ts"
import type { Claim } from "../src/domain/Claim.ts"
import { withSides } from "../src/reconcile/index.ts"
import { doc } from "./helpers/docs.ts"
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

describe("per-figure claimants", () => {
  const speakers = (sentence: string, figures: string[]) => {
    const whole = findAttribution(sentence)
    const r = figureAttributions(
      sentence,
      figures.map((f) => ({ at: sentence.indexOf(f) })),
      whole,
    )
    return r === null ? null : r.map((a) => a.name)
  }
  it("reads each figure's own speaker", () => {
    expect(speakers("Police put the crowd at 8,000, organisers at 50,000.", ["8,000", "50,000"])).toEqual([
      "Police",
      "organisers",
    ])
    expect(
      speakers(
        "The interior ministry counted 119,000 protesters in Paris, while the CGT union claimed 800,000.",
        ["119,000", "800,000"],
      ),
    ).toEqual(["The interior ministry", "the CGT union"])
    expect(
      speakers("Protesters numbered 119,000 according to the ministry and 800,000 according to the CGT.", [
        "119,000",
        "800,000",
      ]),
    ).toEqual(["the ministry", "the CGT"])
    expect(
      speakers(
        "Figures from the interior ministry say 1.089 million protestors were on the streets, whereas the CGT, which counts on the unions' behalf, declared around 3.5 million.",
        ["1.089", "3.5"],
      ),
    ).toEqual(["Figures from the interior ministry", "the CGT"])
    expect(
      speakers(
        "Zelensky said Russia fired 30 drones and 5 missiles, while Ukraine's air force said it downed 25.",
        ["30", "5 m", "25"],
      ),
    ).toEqual(["Zelensky", "Zelensky", "Ukraine's air force"])
  })
  it("leaves a sentence with one speaker to the sentence's attribution", () => {
    expect(
      speakers(
        "More than 149 police and gendarmes were injured, while 172 people were arrested, French Interior Minister Gérald Darmanin said.",
        ["149", "172"],
      ),
    ).toBeNull()
    expect(speakers("He said 172 people had been arrested, including 77 in Paris.", ["172", "77"])).toBeNull()
    expect(speakers("Police said 8,000 people marched.", ["8,000"])).toBeNull()
  })
  it("gives each claim of the sentence its own claimant, and both are sides", () => {
    const text =
      "The interior ministry counted 119,000 protesters in Paris, while the CGT union claimed 800,000."
    const claims = extractClaims(doc("d", "Outlet", "2023-03-24", text))
    const byValue = new Map(withSides(claims).map((c) => [c.value, c]))
    expect(byValue.get(119000)?.claimant.name).toBe("interior ministry")
    expect(byValue.get(800000)?.claimant.name).toBe("CGT union")
    expect(byValue.get(119000)?.claimant.key).not.toBe(byValue.get(800000)?.claimant.key)
    expect(byValue.get(119000)?.flags).toContain("interested-party")
    expect(byValue.get(800000)?.flags).toContain("interested-party")
  })
  it("calls two speakers of one sentence rivals; one speaker, or the outlet, is not", () => {
    const text =
      "The interior ministry counted 119,000 protesters in Paris, while the CGT union claimed 800,000."
    const [a, b] = extractClaims(doc("d", "Outlet", "2023-03-24", text))
    expect(rivalClaimants(a!.claimant, b!.claimant)).toBe(true)
    const [c, d] = extractClaims(
      doc("e", "Outlet", "2023-03-24", "Police said 30 people were injured and 12 people were arrested."),
    )
    expect(rivalClaimants(c!.claimant, d!.claimant)).toBe(false)
    const [e, f] = extractClaims(
      doc("f", "Outlet", "2023-03-24", "Thirty people were injured and 12 people were arrested."),
    )
    expect(rivalClaimants(e!.claimant, f!.claimant)).toBe(false)
  })
  it("reads a closing clause with its own figure as a statement, not as the sentence's sign-off", () => {
    const text =
      "Police said 30 people were injured in Paris, while organisers said 50 people were injured in Paris."
    expect(findAttribution(text).name).toBe("Police")
    expect(findAttribution("Thirty people were injured in Paris, the police said on Friday.").name).toBe(
      "the police",
    )
    const claims = extractClaims(doc("d", "Outlet", "2023-03-24", text))
    expect(claims.map((c) => [c.value, c.claimant.name])).toEqual([
      [30, "Police"],
      [50, "organisers"],
    ])
  })
})
