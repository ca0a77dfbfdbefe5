/**
 * Canonical names. One key per person, place or body across spellings and transliterations:
 * Zelensky / Zelenskyy / Zelenskiy, Kyiv / Kiev, Defence / Defense Ministry, Moscow region /
 * Moscow Oblast. Proper words are keyed by their Double Metaphone code (natural), so names the
 * tool has never seen are matched too; common words by their lower-case form.
 */
import type { Entity } from "../domain/Claim.ts"
import { phoneticKey } from "../nlp/natural.ts"
import { SIDES } from "./lexicon.ts"

const AREA = /^(region|oblast|province|krai|district|governorate|county|raion|area)s?$/i
const DROP = new Set(["the", "of", "a", "an", "'s", "’s"])
const SPELLING: Record<string, string> = { defense: "defence", mod: "defence ministry", offense: "offence" }

function words(name: string): string[] {
  return name
    .replace(/['’]s\b/g, "")
    .split(/[\s-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w !== "" && !DROP.has(w.toLowerCase()))
}

/** "Ministry of Defence" -> "Defence Ministry"; "Region of Kaluga" -> "Kaluga region". */
function reorder(ws: string[]): string[] {
  const i = ws.findIndex((w) => /^(ministry|department|region|oblast|province|city|village|town)$/i.test(w))
  if (i === 0 && ws.length > 1 && /^(ministry|department)$/i.test(ws[0]!)) return [...ws.slice(1), ws[0]!]
  if (i === 0 && ws.length > 1) return [...ws.slice(1), ws[0]!]
  return ws
}

/**
 * Keys already computed, by name: the same names recur in every article of a story, and keying
 * one costs a Double Metaphone pass per word. Pure, so a cache changes nothing but the time; it
 * is emptied when it grows large, so that memory stays bounded on any input.
 */
const KEYS = new Map<string, string>()
const MAX_CACHED = 20_000

/** The canonical key of a name. */
export function entityKey(name: string): string {
  let key = KEYS.get(name)
  if (key === undefined) {
    key = computeKey(name)
    if (KEYS.size >= MAX_CACHED) KEYS.clear()
    KEYS.set(name, key)
  }
  return key
}

const PHONETIC = new Map<string, string>()

/** phoneticKey, remembered (see KEYS). */
export function phoneticOf(word: string): string {
  let key = PHONETIC.get(word)
  if (key === undefined) {
    key = phoneticKey(word)
    if (PHONETIC.size >= MAX_CACHED) PHONETIC.clear()
    PHONETIC.set(word, key)
  }
  return key
}

function computeKey(name: string): string {
  const ws = reorder(words(name))
  return ws
    .map((w) => {
      const lw = SPELLING[w.toLowerCase()] ?? w.toLowerCase()
      if (AREA.test(lw)) return "region"
      if (
        /^\p{Lu}/u.test(w) &&
        !/^(ministry|department|office|agency|council|committee|service|army|forces|police)$/i.test(w) &&
        lw.length > 2
      )
        return phoneticOf(lw) || lw
      return lw
    })
    .join(" ")
    .replace(/\b(?:x|kh) (?=\d)/g, "kh ") // Cyrillic Х: Kh-22 / X-22
}

export const entity = (name: string): Entity => ({ name: name.trim(), key: entityKey(name) })

/** Without its area word: "Moscow region" -> "Moscow". Used to relate a city and its region. */
export const baseKey = (key: string): string => key.replace(/ region$/, "")

/** The side (a country or bloc) named in a phrase, if any: "Russia's Defence Ministry" -> russia. */
export function sideIn(phrase: string): string | null {
  const ws = phrase.replace(/['’]s\b/g, "").split(/[^\p{L}.]+/u)
  let next = ws.length > 0 ? ws[0]!.toLowerCase() : ""
  for (let i = 0; i < ws.length; i++) {
    // Each word lower-cased once; "a b" is looked up only when a side's name starts with "a".
    const word = next
    next = i + 1 < ws.length ? ws[i + 1]!.toLowerCase() : ""
    const two =
      word === "" ? next : next === "" ? word : MULTI_WORD_FIRST.has(word) ? `${word} ${next}` : null
    const s = (two === null ? undefined : SIDES[two]) ?? SIDES[word]
    if (s) return s
  }
  return null
}

/** First words of the sides named in several words ("united" of "united states"). */
const MULTI_WORD_FIRST = new Set(
  Object.keys(SIDES)
    .filter((k) => k.includes(" "))
    .map((k) => k.split(" ")[0]!),
)
