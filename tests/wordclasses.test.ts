import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import {
  isPerson,
  loadWordClasses,
  nounClass,
  ruleSingular,
  singular,
  type WordClassData,
} from "../src/claims/wordclasses.ts"

const DATA = new URL("../src/claims/data/wordclasses.json", import.meta.url)

describe("singular", () => {
  const rows: ReadonlyArray<readonly [string, string]> = [
    // irregular plurals (WordNet's noun.exc, and people -> person)
    ["people", "person"],
    ["children", "child"],
    ["women", "woman"],
    ["men", "man"],
    ["policemen", "policeman"],
    ["firemen", "fireman"],
    ["feet", "foot"],
    ["lives", "life"],
    ["wolves", "wolf"],
    ["crises", "crisis"],
    ["analyses", "analysis"],
    ["criteria", "criterion"],
    ["heroes", "hero"],
    // regular plurals
    ["cases", "case"],
    ["homes", "home"],
    ["houses", "house"],
    ["nurses", "nurse"],
    ["migrants", "migrant"],
    ["protesters", "protester"],
    ["protestors", "protestor"],
    ["machinists", "machinist"],
    ["gendarmes", "gendarme"],
    ["counties", "county"],
    ["fatalities", "fatality"],
    ["injuries", "injury"],
    ["bodies", "body"],
    ["movies", "movie"],
    ["buses", "bus"],
    ["viruses", "virus"],
    ["gases", "gas"],
    ["bosses", "boss"],
    ["glasses", "glass"],
    ["churches", "church"],
    ["boxes", "box"],
    ["niches", "niche"],
    ["taxis", "taxi"],
    ["israelis", "israeli"],
    ["menus", "menu"],
    ["troops", "troops"],
    ["first-responders", "first-responder"],
    // singular and mass nouns that end in s, and nouns without an s
    ["measles", "measles"],
    ["news", "news"],
    ["species", "species"],
    ["series", "series"],
    ["means", "means"],
    ["headquarters", "headquarters"],
    ["physics", "physics"],
    ["diabetes", "diabetes"],
    ["gas", "gas"],
    ["bus", "bus"],
    ["boss", "boss"],
    ["virus", "virus"],
    ["crisis", "crisis"],
    ["census", "census"],
    ["police", "police"],
    ["staff", "staff"],
    ["data", "data"],
    ["specimen", "specimen"],
    ["child", "child"],
    // case and possessives
    ["Protesters", "protester"],
    ["People's", "person"],
    ["workers'", "worker"],
  ]
  it.each(rows)("%s -> %s", (word, expected) => {
    expect(singular(word)).toBe(expected)
  })
})

describe("isPerson", () => {
  const persons = [
    "people",
    "persons",
    "person",
    "workers",
    "machinists",
    "protesters",
    "protestors",
    "demonstrators",
    "gendarmes",
    "members",
    "migrants",
    "refugees",
    "nurses",
    "doctors",
    "hikers",
    "worshippers",
    "worshipers",
    "pilgrims",
    "firefighters",
    "officers",
    "soldiers",
    "civilians",
    "residents",
    "children",
    "women",
    "men",
    "policemen",
    "passengers",
    "drivers",
    "motorists",
    "medics",
    "fans",
    "victims",
    "casualties",
    "survivors",
    "hostages",
    "detainees",
    "students",
    "voters",
    "journalists",
    "israelis",
    "palestinians",
    "ukrainians",
    "first-responders",
    "asylum-seekers",
    "police",
    "personnel",
    "staff",
    "crew",
    "troops",
    "forces",
    "Gendarmes",
    "union members",
  ]
  // "union members": the caller passes the head noun; a phrase is judged by its last word here.
  it.each(persons.map((w) => [w.split(" ").at(-1)!]))("%s counts people", (word) => {
    expect(isPerson(word)).toBe(true)
    expect(nounClass(word)).toBe("person")
  })

  const things = [
    "bodies",
    "cases",
    "jobs",
    "counties",
    "fires",
    "homes",
    "houses",
    "acres",
    "hectares",
    "stars",
    "heads",
    "hands",
    "covers",
    "matches",
    "carriers",
    "tigers",
    "agents",
    "families",
    "households",
    "couples",
    "teams",
    "units",
    "drones",
    "missiles",
    "tanks",
    "villages",
    "cities",
    "regions",
    "votes",
    "seats",
    "percent",
    "dollars",
    "years",
    "tonnes",
    "barrels",
    "tents",
    "schools",
    "flights",
    "boats",
    "aircraft",
    "strikes",
    "attacks",
    "arrests",
    "doses",
    "animals",
    "cattle",
    "dogs",
    "lives",
    "deaths",
    "injuries",
    "measles",
    "news",
    "species",
    "spell-checkers",
    "troop",
    "force",
  ]
  it.each(things.map((w) => [w]))("%s does not count people", (word) => {
    expect(isPerson(word)).toBe(false)
    expect(nounClass(word)).toBeNull()
  })
})

describe("the generated tables", () => {
  const raw = readFileSync(DATA, "utf8")
  const data = JSON.parse(raw) as WordClassData

  it("stay small", () => {
    expect(raw.length).toBeLessThan(400_000)
  })

  it("hold, in the singular table, only words the suffix rules get wrong", () => {
    for (const [form, s] of Object.entries(data.singular)) expect(ruleSingular(form), form).not.toBe(s)
  })

  it("were built with the suffix rules this module has (its sample of words they get right)", () => {
    const pairs = data.ruleSample.split(" ").map((p) => p.split(":") as [string, string])
    expect(pairs.length).toBeGreaterThan(100)
    for (const [form, s] of pairs) expect(ruleSingular(form), form).toBe(s)
  })

  it("load in a few milliseconds", () => {
    const start = performance.now()
    const classes = loadWordClasses(JSON.parse(raw) as WordClassData)
    const ms = performance.now() - start
    expect(classes.person.has("machinist")).toBe(true)
    // 4-8 ms on the 2-core machine (parse and Sets); the bound leaves room for a loaded CI machine.
    expect(ms).toBeLessThan(100)
  })
})
