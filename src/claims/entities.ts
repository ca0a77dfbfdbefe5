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

// ---------------------------------------------------------------------------------------------
// People, organisations and places: general cues, read from the sentence a name stands in.

/** Common given names (data, not a list of anyone in the news): "Emmanuel Macron" is a person. */
const GIVEN = new Set(
  "aaron,abdul,adam,ahmed,alan,alexander,alexandr,alexei,alexey,ali,alice,alina,amanda,amy,andrei,andrew,andrey,andriy,angela,ann,anna,anne,anthony,antony,antonio,arnold,arthur,barack,ben,benjamin,bernie,bill,bob,boris,brian,carl,carlos,catherine,charles,chris,christian,christopher,claire,daniel,david,denis,dmitri,dmitry,dmytro,donald,edward,elena,elizabeth,elon,emily,emma,emmanuel,eric,francois,frank,fred,gabriel,george,gerald,giorgia,gordon,hakan,hannah,harry,helen,henry,hillary,hugh,igor,ilya,ivan,jack,jacob,james,jane,janet,jason,jean,jeff,jennifer,jens,jeremy,jim,joe,john,jonathan,jose,joseph,juan,julia,justin,kamala,karen,karl,kate,keir,kevin,kim,kirill,kyle,larry,laura,lisa,lloyd,mahmoud,marco,maria,marie,mark,martin,mary,matthew,michael,michel,mike,mikhail,mohammed,muhammad,nancy,natalia,nicolas,nikolai,olaf,oleg,oleksandr,oleksiy,olena,olga,oliver,pam,patrick,paul,pavel,pedro,pete,peter,petro,philip,rachel,ramzan,rebecca,recep,richard,rishi,robert,roman,ron,rudy,ruslan,ryan,sam,samuel,sarah,scott,sean,sergei,sergey,serhiy,sophie,stephen,steve,steven,susan,thomas,tim,tom,tony,ursula,valery,vasyl,victor,viktor,vitali,vitaliy,vladimir,volodymyr,volodomyr,william,xi,yulia,yuri,yuriy".split(
    ",",
  ),
)

/** Titles and roles that stand before a person's name ("President", "Special Agent in Charge"). */
const TITLES = new Set(
  "president,vice,prime,minister,premier,chancellor,mayor,governor,gov,secretary,senator,sen,rep,representative,congressman,congresswoman,king,queen,prince,princess,pope,general,gen,admiral,colonel,col,commander,captain,capt,lieutenant,lt,sergeant,sgt,agent,charge,chief,director,commissioner,ambassador,envoy,spokesman,spokeswoman,spokesperson,sheriff,judge,justice,officer,mr,mrs,ms,dr,prof,professor,leader,speaker,chairman,chairwoman,chair,ceo,founder,dean,patriarch,sheikh,emir,crown,mp,deputy,aide,adviser,advisor,analyst,correspondent,reporter,editor".split(
    ",",
  ),
)

/** Head words of organisations ("Foreign Office", "Coast Guard", "Centers for Disease Control"). */
const ORG_HEADS = new Set(
  "office,ministry,department,dept,union,company,corporation,corp,inc,ltd,llc,party,council,agency,service,services,police,institute,university,college,centers,guard,committee,commission,administration,court,parliament,assembly,army,navy,force,forces,board,authority,organization,organisation,foundation,association,federation,bank,group,network,times,post,news,press,airlines,airways,bureau,cabinet,congress,senate,duma,command,club,fund,programme,program,trust,society,league,coalition,alliance,front,movement,brigade,regiment,battalion,division,corps,unit,team,media,tv,radio,channel,newspaper,magazine,journal,review,project,initiative,campaign".split(
    ",",
  ),
)

/** Lower-case words that, right after a name, make it stand for a person or body, not a place. */
const ROLE_AFTER =
  /^\s+(?:administration|government|campaign|team|aides?|allies|ally|rivals?|counterparts?|envoys?|officials?|spokes(?:man|woman|person)|presidency|era|camp|regime|cabinet|talks|loyalists|supporters|critics|family|lawyers?|said|says|told|tells|added|wrote|announced|insisted|warned|argued|noted|stressed|claimed)\b/u
/** ", who" after a name: a person. */
const WHO_AFTER = /^\s*,\s*who\b/u
/** Nouns of a place's parts: "Kyiv's outskirts" is a place; "Trump's willingness" is not. */
const PLACE_PART =
  /^\s+(?:outskirts|suburbs?|centre|center|downtown|streets?|airports?|ports?|harbou?r|coast|coastline|borders?|skies|airspace|districts?|regions?|provinces?|neighbou?rhoods?|edge|side|parts?|heart|areas?|old|(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?|central|main|capital|city|outlying)\b/u

const TOKENS = /[\s-]+/
const lowerWords = (name: string) => name.split(TOKENS).map((w) => w.replace(/['’]s$/u, "").toLowerCase())

/**
 * Whether a capitalised name is a person, an organisation, or neither (a place, or a name these
 * cues say nothing of). `after` is the text right after the name; `people` the surnames the
 * sentence shows to be people (peopleIn). General cues only: a title or given name before it, an
 * organisation's head word in it, a role noun, a verb of saying or ", who" after it.
 */
export function nameKind(
  name: string,
  after: string,
  people: ReadonlySet<string>,
): "person" | "organisation" | "other" {
  const ws = lowerWords(name)
  if (ws.length === 0) return "other"
  if (ws.some((w) => ORG_HEADS.has(w))) return "organisation"
  if (TITLES.has(ws[0]!) || (ws.length >= 2 && GIVEN.has(ws[0]!))) return "person"
  if (people.has(ws[ws.length - 1]!)) return "person"
  if (ROLE_AFTER.test(after) || WHO_AFTER.test(after)) return SIDES[ws.join(" ")] ? "other" : "person"
  // "Trump's willingness": a possessive name before a common noun that is not a part of a place.
  if (/['’]s$/u.test(name) && /^\s+\p{Ll}/u.test(after) && !PLACE_PART.test(after))
    return SIDES[ws.join(" ")] ? "other" : "person"
  return "other"
}

const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu
const SAYING =
  /^\s+(?:said|says|told|tells|added|wrote|announced|insisted|warned|argued|noted|stressed|claimed|denied|denies|confirmed|tweeted|posted)\b/u

/**
 * Surnames (lower case) that a sentence shows to be people: after a title or a given name
 * ("President Trump", "Donald Trump"), or before a verb of saying ("Zelenskyy said"). Countries and
 * capitals are never people, whatever verb follows them ("Moscow said").
 */
export function peopleIn(sentence: string): Set<string> {
  const out = new Set<string>()
  NAME_RUN.lastIndex = 0
  for (let m = NAME_RUN.exec(sentence); m !== null; m = NAME_RUN.exec(sentence)) {
    const ws = lowerWords(m[0])
    const last = ws[ws.length - 1]!
    if (SIDES[last] !== undefined || ORG_HEADS.has(last) || last.length < 2) continue
    const titled = ws.slice(0, -1).some((w) => TITLES.has(w) || GIVEN.has(w))
    if (titled || SAYING.test(sentence.slice(m.index + m[0].length))) out.add(last)
  }
  return out
}

/**
 * A person's entity: the name as written (full where the text gives it), keyed by the sound of the
 * surname, as claimants are ("Donald Trump" and "Trump" are one person).
 */
export function personEntity(name: string): Entity {
  const ws = name
    .replace(/['’]s$/u, "")
    .split(/\s+/)
    .filter((w) => w !== "" && !TITLES.has(w.toLowerCase().replace(/\.$/, "")))
  const surname = (ws[ws.length - 1] ?? name).toLowerCase()
  return { name: ws.join(" ") || name.trim(), key: `person:${phoneticOf(surname) || surname}` }
}

/** Whether a lower-cased word is a title or role before a name. */
export const isTitle = (w: string): boolean => TITLES.has(w.toLowerCase().replace(/\.$/, ""))
/** Whether a lower-cased word is a common given name. */
export const isGivenName = (w: string): boolean => GIVEN.has(w.toLowerCase())
/** Whether a name is an organisation's by its head word ("Foreign Office", "Coast Guard"). */
export const isOrganisation = (name: string): boolean => lowerWords(name).some((w) => ORG_HEADS.has(w))
