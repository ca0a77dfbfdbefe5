import { describe, expect, it } from "vitest"
import { nameKind, peopleIn, personEntity } from "../src/claims/entities.ts"
import { findPlaces } from "../src/claims/place.ts"

const placesIn = (s: string) => findPlaces(s).flatMap((p) => p.places.map((e) => e.name))
const aggregate = (s: string) => findPlaces(s).some((p) => p.aggregate)

describe("places, not people or bodies", () => {
  it.each([
    // places of the disaster and protest beats are still found
    ["Protests turned violent in Paris and other cities.", ["Paris"]],
    ["Most of the cases are in Gaines County, officials said.", ["Gaines County"]],
    ["The boat capsized about 40 miles off Fort Pierce, Florida.", ["Fort Pierce"]],
    ["The search went on off the coast of Florida.", ["Florida"]],
    ["Two homes burned in the village of Stanovoye in the Moscow region.", ["Stanovoye", "Moscow region"]],
    ["A drone hit a flat in Krasnogorsk on Moscow’s northwestern edge.", ["Krasnogorsk", "Moscow"]],
    ["A fire broke out at a plant in Russia’s Kaluga region.", ["Kaluga region"]],
    ["Picketers gathered outside Boeing’s Everett factory.", ["Everett"]],
    ["He was at a clinic in Lubbock, said the official.", ["Lubbock"]],
    ["An officer in Lorient who was knocked unconscious.", ["Lorient"]],
    // people and bodies are not
    ["There is a split in the Trump administration on how to deal with Russia.", []],
    ["Aid given in the Biden administration.", []],
    ["Zelenskyy will be joined at the Foreign Office in London.", ["London"]],
    ["They will present them to Trump, who they hope will agree.", []],
    ["The Kremlin saw positive signs from Trump’s willingness to compromise.", []],
    ["On Volodomyr Zelenskyy’s stated readiness to meet, Peskov said nothing.", []],
    ["He put off a state visit to France at Emmanuel Macron’s urging.", []],
    ["Data from the Washington-based Institute for the Study of War.", []],
    ["Data from the Centers for Disease Control and Prevention.", []],
    ["According to the Coast Guard, the man was found.", []],
    ["He won over Democratic rival Kamala Harris.", []],
    ["HSI Miami Special Agent in Charge Anthony Salisbury said so.", []],
    ["The person was at the University of Texas at San Antonio campus.", ["San Antonio"]],
    ["European leaders called on Trump to keep up the pressure.", []],
    ["They want more pressure on Putin.", []],
    ["Trump hints at progress in Ukraine-Russia talks.", []],
    ["Workers return on Nov. 4 after a strike that began on Sept. 13.", []],
    ["People went to San Marcos over Valentine’s Day weekend.", []],
    ["Boeing laid off Seattle workers.", []],
    ["President Trump met reporters in Washington.", ["Washington"]],
  ])("%s", (sentence, expected) => expect(placesIn(sentence)).toEqual(expected))

  it("reads counties, states and villages counted as an aggregate", () => {
    expect(aggregate("The outbreak has grown to 124 cases across nine counties.")).toBe(true)
    expect(aggregate("Cases were found in three states.")).toBe(true)
    expect(aggregate("Cases were found in Lubbock.")).toBe(false)
  })
})

describe("people", () => {
  it.each([
    ["Trump", " administration", "person"],
    ["Foreign Office", "", "organisation"],
    ["Emmanuel Macron", "", "person"],
    ["President Biden", "", "person"],
    ["Paris", " on Thursday", "other"],
    ["Moscow", " said", "other"],
  ] as const)("%s%s: %s", (name, after, kind) => expect(nameKind(name, after, new Set())).toBe(kind))

  it("knows a surname as a person when the sentence gives a title, a given name or a verb of saying", () => {
    expect([...peopleIn("Donald Trump, from his estate in Florida, reminded Putin of it.")]).toEqual([
      "trump",
    ])
    expect([...peopleIn("Zelenskyy said he would go to Kyiv.")]).toEqual(["zelenskyy"])
    expect([...peopleIn("Moscow said the talks in Paris would go on.")]).toEqual([])
  })

  it("keys a person by the sound of the surname, full name kept", () => {
    expect(personEntity("Donald Trump")).toEqual({ name: "Donald Trump", key: "person:TRMP" })
    expect(personEntity("President Trump").key).toBe(personEntity("Trump").key)
    expect(personEntity("Zelenskyy").key).toBe(personEntity("Volodymyr Zelensky").key)
  })
})
