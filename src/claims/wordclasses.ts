/**
 * Word classes of nouns, for what a figure counts: the singular of a noun, and whether it names
 * people ("33,000 machinists", "149 gendarmes", "4,000 police") or something else ("17,000 jobs",
 * "9 counties", "5 bodies").
 *
 * The classes come from WordNet, through data/wordclasses.json, which scripts/build-wordclasses.mjs
 * generates (its header says how, and what each rule is); nothing here reads WordNet itself.
 * WordNet's licence: data/WORDNET-LICENSE.
 *
 * Loading parses one JSON module and builds three Sets, once (about 4-8 ms); every function here is
 * then a few string operations and hash lookups.
 */

import data from "./data/wordclasses.json" with { type: "json" }

/** The generated data, as src/claims/data/wordclasses.json holds it. */
export interface WordClassData {
  /** Single-word nouns whose primary sense is a person, lower case, separated by spaces. */
  readonly person: string
  /** Collective nouns that count people after a number ("police", "staff"), separated by spaces. */
  readonly people: string
  /** Hyphenated nouns (and their plurals) that are not persons though their last part is. */
  readonly notPerson: string
  /** Noun forms whose singular the suffix rules get wrong, with their singular. */
  readonly singular: Readonly<Record<string, string>>
  /** "form:singular" pairs the suffix rules get right, separated by spaces (for the tests). */
  readonly ruleSample: string
}

/** The word classes, ready to look up. */
export interface WordClasses {
  readonly person: ReadonlySet<string>
  readonly people: ReadonlySet<string>
  readonly notPerson: ReadonlySet<string>
  /** The generated object itself: copying its 4,000 entries into a Map would double the load time. */
  readonly singular: Readonly<Record<string, string>>
}

/** Builds the lookup tables from the generated data (exported to measure and test the loading). */
export function loadWordClasses(d: WordClassData): WordClasses {
  return {
    person: new Set(d.person.split(" ")),
    people: new Set(d.people.split(" ")),
    notPerson: new Set(d.notPerson.split(" ")),
    singular: d.singular,
  }
}

const classes = loadWordClasses(data)

/**
 * The singular that suffix rules alone give for a lower-case noun: -men to -man, -ies to -y,
 * -sses/-ches/-shes/-xes/-zzes lose -es, other -s is dropped, except in -ss, -us, -sis and -itis,
 * and words of three letters or fewer are left as they are. scripts/build-wordclasses.mjs has the
 * same rules (keep them in step): the generated table holds the WordNet nouns they get wrong.
 */
export function ruleSingular(w: string): string {
  if (w.length <= 3) return w
  if (w.endsWith("men")) return `${w.slice(0, -3)}man`
  if (!w.endsWith("s")) return w
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("sis") || w.endsWith("itis")) return w
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`
  if (/(?:sses|[cs]hes|xes|zzes)$/.test(w)) return w.slice(0, -2)
  return w.slice(0, -1)
}

/** Lower case, without a possessive ending ("protesters'", "people's", "people’s"). */
function normal(word: string): string {
  const w = word.trim().toLowerCase()
  const last = w.charCodeAt(w.length - 1)
  if (last === 39 || last === 0x2019) return w.slice(0, -1) // protesters'
  const apostrophe = w.charCodeAt(w.length - 2)
  if (last === 115 && (apostrophe === 39 || apostrophe === 0x2019)) return w.slice(0, -2) // people's
  return w
}

/** The table's singular of a lower-case form, or the rules'. */
const singularOf = (w: string): string =>
  Object.hasOwn(classes.singular, w) ? classes.singular[w]! : ruleSingular(w)

/**
 * The lower-case singular of a noun: "people" -> "person", "children" -> "child", "cases" ->
 * "case", "buses" -> "bus", "counties" -> "county", "crises" -> "crisis"; nouns that end in s but
 * are singular or mass nouns stay as they are ("measles", "news", "species", "series", "gas",
 * "boss"); a word that does not end in s is returned lower-cased ("police", "staff").
 */
export function singular(word: string): string {
  return singularOf(normal(word))
}

/**
 * Whether the noun, standing after a number, counts people: its singular's primary sense in
 * WordNet is a person ("machinists", "gendarmes", "protestors", "members", "Ukrainians"), or it is
 * one of the collective nouns that count people ("police", "staff", "crew", "troops", "forces").
 * A hyphenated word that is not known as a whole is judged by its last part ("asylum-seekers"),
 * except the WordNet nouns for which that would be wrong ("spell-checkers").
 */
export function isPerson(word: string): boolean {
  const w = normal(word)
  if (classes.people.has(w)) return true
  const s = singularOf(w)
  if (classes.person.has(s) || classes.people.has(s)) return true
  const dash = w.lastIndexOf("-")
  return dash > 0 && dash < w.length - 1 && !classes.notPerson.has(w) && isPerson(w.slice(dash + 1))
}

/** The class of what a noun counts, as far as these tables know: "person", or null. */
export function nounClass(word: string): "person" | null {
  return isPerson(word) ? "person" : null
}
