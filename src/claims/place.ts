/**
 * Where: the places a sentence names after a place preposition ("in Krasnogorsk", "over the
 * Rostov Region", "in the village of Obukhovo", "targeting Moscow"), lists of them ("over the
 * Volgograd and Oryol Regions"), and aggregates ("over several regions", "over 13 Russian regions").
 * Countries are kept apart from places: they name a side, not a location within the event.
 */
import type { Entity } from "../domain/Claim.ts"
import { entity, nameKind, peopleIn } from "./entities.ts"
import { SIDES } from "./lexicon.ts"

export interface PlaceSpan {
  readonly start: number
  readonly end: number
  readonly places: ReadonlyArray<Entity>
  /** Countries named in the span (sides, not locations). */
  readonly countries: ReadonlyArray<string>
  /** The span covers several areas ("several regions", "13 regions", "A and B"). */
  readonly aggregate: boolean
}

const PREP = `(?:${[
  "in",
  "over",
  "near",
  "outside",
  "at",
  "into",
  "across",
  "targeting",
  "towards?",
  "from",
  "around",
  "heading (?:to|for|towards)",
  "on approach to",
  "in the direction of",
  "throughout",
  "within",
  "inside",
  "on",
  "off the coast of",
  "off",
]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join("|")})`
const AREA_WORD = "(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Dd]istrict|[Kk]rai|[Cc]ounty|[Gg]overnorate|[Rr]aion)"
const NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’-]*){0,3}"
const ONE = `(?:the\\s+)?(?:(?:village|city|town|port|settlement|capital|republic|region|district|suburb|outskirts)\\s+of\\s+)?${NAME}(?:\\s+${AREA_WORD}s?)?`
// A list is "A and B" or "A, B and C": a comma alone does not make one ("towards Moscow, Sobyanin said").
const LIST = `${ONE}(?:(?:\\s*,\\s*${ONE})*,?\\s+and\\s+${ONE})?(?:\\s+${AREA_WORD}s)?(?:,?\\s+and\\s+${ONE})?`
const SPAN = new RegExp(`\\b(${PREP})\\s+(${LIST})`, "gu")
const GENERIC = new RegExp(
  `\\b${PREP}\\s+(?:the\\s+)?(?:several|many|multiple|various|different|other|\\d+|[a-z]+-?[a-z]*|\\p{Lu}\\p{L}+)\\s+(?:(?:Russian|Ukrainian|\\p{Lu}\\p{L}+|[a-z]+)\\s+)?(?:regions|oblasts|provinces|districts|areas|cities|towns|villages|counties|states|municipalities|communities|parishes|departments|parts of|fronts|directions|sectors)\\b`,
  "gu",
)
// "two Moscow airports", "the Kaluga airport": a place name standing before a counted noun.
const STOP = new Set(
  "The,A,An,This,That,These,Those,Jan,Feb,Mar,Apr,Jun,Jul,Aug,Sep,Sept,Oct,Nov,Dec,January,February,March,April,May,June,July,August,September,October,November,December,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday,Telegram,Facebook,Twitter,X,YouTube,Instagram,TikTok,President,Prime,Minister,Mr,Mrs,Ms,Dr,Moscow time,Kyiv time,UTC,GMT,I,He,She,They,We,It,His,Her,Their,Its,Our,Parliament,Congress,Senate,Reuters,AFP,AP,TASS,NATO,EU,UN,World War,War,God,Christmas,Easter".split(
    ",",
  ),
)

const splitNames = (t: string): string[] =>
  t
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/u)
    .map((p) => p.trim())
    .filter(Boolean)

const PLURAL_AREA = new RegExp(`\\s+(${AREA_WORD})s\\b`, "u")
const ENDS_IN_AREA = new RegExp(`${AREA_WORD}$`, "u")

function splitList(list: string): string[] {
  // "the Volgograd and Oryol Regions" -> "Volgograd Region", "Oryol Region"
  const plural = PLURAL_AREA.exec(list)
  if (!plural) return splitNames(list)
  const before = splitNames(list.slice(0, plural.index)).map((p) =>
    ENDS_IN_AREA.test(p) ? p : `${p} ${plural[1]}`,
  )
  return [...before, ...splitNames(list.slice(plural.index + plural[0].length))]
}

const clean = (p: string) =>
  p
    .replace(/^the\s+/i, "")
    .replace(/^(?:village|city|town|port|settlement|capital|republic|suburb|outskirts)\s+of\s+/i, "")

/** Verbs and nouns after which "on X" is not a place: "called on Trump", "pressure on Putin". */
const NOT_WHERE_ON =
  /\b(?:call(?:ed|s|ing)?|pressure[sd]?|pressuring|sanctions?|sanctioned|impose[sd]?|imposing|rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?|comment(?:s|ed|ing)?|focus(?:ed|es|ing)?|insist(?:s|ed|ing)?|urged?|agreed?|bets?|weigh(?:s|ed)?|wait(?:s|ed|ing)?|spy(?:ing)?|spied|press(?:ed|es|ing)?|tariffs?|restrictions|bans?|embargo|views?|position|stance|remarks?|statement|report(?:ed|ing)?)\s+$/i
/** Verbs after which "off X" is not a place: "laid off Boeing workers". */
const NOT_WHERE_OFF =
  /\b(?:la(?:y|id|ys|ying)|pa(?:y|id|ys)|fend(?:ed)?|kick(?:ed|s)?|sign(?:ed|s)?|show(?:ed|s)?|call(?:ed|s)?|cut|turn(?:ed)?|set|sets|switch(?:ed)?|ward(?:ed)?|buy|bought|sell|sold|spun|spin)\s+$/i
const POSSESSIVE = /['’]s$/u
/** "Russia’s Kaluga region", "Boeing’s Everett": the place is what follows the possessive. */
const OWNER = /^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu})/u
const HOLIDAY = /\s(?:Day|Eve)$/u
/** "Boeing’s Seattle-area factories": the place is Seattle. */
const AREA_SUFFIX = /-area$/u

/**
 * Every place span in a sentence, in order. A name after a preposition is a place unless general
 * cues make it a person or a body (nameKind): "the Trump administration", "at the Foreign Office",
 * "at Emmanuel Macron's urging", "to Trump, who". People named elsewhere in the sentence with a
 * title or a verb of saying are people here too (peopleIn).
 */
export function findPlaces(sentence: string): PlaceSpan[] {
  const out: PlaceSpan[] = []
  let people: Set<string> | undefined
  SPAN.lastIndex = 0
  for (let m = SPAN.exec(sentence); m; m = SPAN.exec(sentence)) {
    const prep = m[1]!.toLowerCase()
    const before = sentence.slice(Math.max(0, m.index - 30), m.index)
    if (prep === "on" && NOT_WHERE_ON.test(before)) continue
    if (prep === "off" && NOT_WHERE_OFF.test(before)) continue
    const raw = splitList(m[2]!)
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30)
    const places: Entity[] = []
    const countries: string[] = []
    for (let i = 0; i < raw.length; i++) {
      let n = clean(raw[i]!)
      if (HOLIDAY.test(n)) continue
      const owner = OWNER.exec(n)
      if (owner) n = n.slice(owner[0].length)
      n = n.replace(AREA_SUFFIX, "")
      const first = n.split(/\s+/)[0] ?? n
      if (STOP.has(first) || STOP.has(n) || n.length < 2 || HOLIDAY.test(n)) continue
      people ??= peopleIn(sentence)
      const possessive = POSSESSIVE.test(raw[i]!) && i === raw.length - 1 ? `${n}’s` : n
      if (nameKind(possessive, i === raw.length - 1 ? after : " and", people) !== "other") continue
      n = n.replace(POSSESSIVE, "")
      const side = SIDES[n.toLowerCase()]
      if (side !== undefined && side === SIDES[n.toLowerCase().split(" ")[0] ?? ""] && !isCity(n)) {
        countries.push(side)
        continue
      }
      places.push(entity(n))
    }
    if (places.length === 0 && countries.length === 0) continue
    out.push({ start: m.index, end: m.index + m[0].length, places, countries, aggregate: places.length > 1 })
  }
  GENERIC.lastIndex = 0
  for (let m = GENERIC.exec(sentence); m; m = GENERIC.exec(sentence)) {
    out.push({ start: m.index, end: m.index + m[0].length, places: [], countries: [], aggregate: true })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Capitals and cities are places, even where they also name a side (Moscow, Kyiv). */
const CITIES = new Set([
  "moscow",
  "kyiv",
  "kiev",
  "washington",
  "london",
  "paris",
  "berlin",
  "warsaw",
  "beijing",
  "jerusalem",
  "gaza",
  "tehran",
  "minsk",
  "ankara",
  "pyongyang",
  "seoul",
  "damascus",
  "beirut",
  "new delhi",
  "islamabad",
  "riyadh",
  "abu dhabi",
  "cairo",
  "tokyo",
  "brussels",
])
const isCity = (n: string) => CITIES.has(n.toLowerCase())
