/**
 * Word classes of lower-case English words, from natural's part-of-speech lexicon (built by
 * scripts/build-pos.mjs into data/pos.json): whether a word can be a noun (N), a verb (V), an
 * adjective (J) or an adverb (R), its most frequent use first ("cases" NV, "lit" VJN). The claim
 * reader asks this of the words around a figure to find its noun phrase and its verb.
 */
import data from "./data/pos.json" with { type: "json" }

const CLASSES = new Map<string, string>()
for (const [classes, words] of Object.entries(data as Record<string, string>))
  for (const w of words.split(" ")) CLASSES.set(w, classes)

/** The classes of a lower-case word, most frequent first; "" when the lexicon does not know it. */
export const classesOf = (word: string): string => CLASSES.get(word) ?? ""

/** Most often a noun ("cases", "fires", "measles"), or a word the lexicon does not know. */
export const mostlyNoun = (word: string): boolean => {
  const c = CLASSES.get(word)
  return c === undefined || c[0] === "N"
}

/** Most often a verb ("lit", "walked", "grew"). */
export const mostlyVerb = (word: string): boolean => CLASSES.get(word)?.[0] === "V"

/** Can be a verb at all ("cut", "police", "crowd"). */
export const canBeVerb = (word: string): boolean => CLASSES.get(word)?.includes("V") ?? false

/** Can be a noun at all. */
export const canBeNoun = (word: string): boolean => {
  const c = CLASSES.get(word)
  return c === undefined || c.includes("N")
}

/** Most often an adjective or an adverb ("unvaccinated" is unknown, so not). */
export const mostlyModifier = (word: string): boolean => {
  const c = CLASSES.get(word)?.[0]
  return c === "J" || c === "R"
}
