/**
 * The frame of a figure: what is counted, the action, whose it is and at whom, where, and
 * whether it is an update, a part ("each"), or in addition to another ("three more drones").
 *
 * The vocabulary is open: what is counted is the head of the noun phrase after the figure
 * ("198 measles cases" counts cases), or, for a running total written with the figure last, of
 * the subject before it ("the count of confirmed cases grew to 146"); the action is the verb that
 * governs the figure ("903 fires were lit"). The registry (src/claims/registry.ts) refines this:
 * it makes wordings one ("wounded" is injured), says what nouns imply ("bodies" are people
 * killed) and names the actions the report knows. Each step reads one thing from the words
 * around the figure, within its clause.
 */
import type { Entity } from "../domain/Claim.ts"
import { entity } from "./entities.ts"
import { INCREMENT, SAY_VERBS, SIDES, TIME_UNITS } from "./lexicon.ts"
import type { NumberMention } from "./numbers.ts"
import type { PlaceSpan } from "./place.ts"
import { canBeVerb, classesOf, mostlyNoun, mostlyVerb } from "./pos.ts"
import {
  actionEntry,
  actionForms,
  CONTAINERS,
  NEUTRAL_VERBS,
  onExtend,
  type ThingEntry,
  thingEntry,
  UPDATE_WORDS,
} from "./registry.ts"
import { isPerson, singular } from "./wordclasses.ts"

/** A temperature written as one token ("45C"), which the number reader keeps as a label. */
export const isTemperatureLabel = (text: string): boolean => TEMPERATURE_LABEL_TEST.test(text)
const TEMPERATURE_LABEL_TEST = /^\d+(?:\.\d+)?\s*°?\s*[CF]$/

// Patterns of the functions below, compiled once: a pattern written inside a function is a new
// object each time the function runs it.
const CAPITAL_CITY = /^(moscow|kyiv|kiev)$/i
const DETERMINER_AFTER_OF = /^(the|its|their|his|her|our|own)$/i
const EACH_AFTER = /^\s*each\b(?!\s+(?:month|week|day|year|night|time))/i
const EACH_NEXT = /^\s*each\b/i
const IN_ADDITION_BEFORE = /\b(other|another|additional|further|more)\s+$/i
const NOT_A_TARGET = /^(least|most|about|around)$/i
const NOT_PLURAL_ENDING = /(ss|us|is)$/
const NOUN_PHRASE_END = /^(of|in|on|at|for|to|from|with|by|over|than|as|who|that|which)$/
const ONLY_SPACE = /^\s+$/
const PHRASE_BREAK = /[,;:.!?()"“”]/
const PLURAL_WORD = /^\p{L}{3,}s$/u
const POSSESSIVE = /['’]s$/u
const PRONOUN_AFTER_OF = /^(them|whom|which|those|these|us|you|it)$/i
const SCOPE_BEFORE = /\b(?:over|across|in|throughout)\s+(?:the\s+)?$/i
const SPACES = /\s+/
const STARTS_UPPER = /^\p{Lu}/u
/** At whom, after the counted noun: "at Kyiv", "targeting the Odesa Region". */
const TARGET_AFTER =
  /^[^,;:]{0,40}?\b(at|against|targeting|on|heading (?:to|for|towards)|towards?)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u

export interface Frame {
  readonly counted: string
  readonly qualifiers: ReadonlyArray<string>
  readonly action: string | null
  readonly actor: Entity | null
  readonly target: Entity | null
  readonly places: ReadonlyArray<Entity>
  readonly aggregate: boolean
  readonly each: boolean
  /** The figure counts the areas another figure spans ("111 drones over 13 regions"). */
  readonly scope: boolean
  /** End of the counted noun phrase in the sentence. */
  readonly nounEnd: number
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu
const PREPOSITION = /^(over|in|across|near|at|on|from|each|to|for|of|and|,|;|:|\.|$)/
const BOUNDARY =
  /[;:()]|\s[–—]\s|,\s+(?:including|which|while|when|where|after|as|but|according|with|and)\b|\b(?:and|but)(?=\s+(?:injur|kill|wound|damag|leav|set|forc|caus|[a-z]+ed\b))|,\s+whereas\b/giu

interface Word {
  readonly text: string
  readonly start: number
  readonly end: number
}

function wordsOf(text: string, offset: number): Word[] {
  const out: Word[] = []
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // Without trailing full stops and apostrophes (as .replace(/[.'’]+$/u, "")).
    let e = m[0].length
    for (let c = m[0].charCodeAt(e - 1); c === 46 || c === 39 || c === 0x2019; c = m[0].charCodeAt(e - 1)) e--
    const w = e === m[0].length ? m[0] : m[0].slice(0, e)
    out.push({ text: w, start: offset + m.index, end: offset + m.index + w.length })
  }
  return out
}

/** Clause limits around a position: the nearest boundaries before and after it. */
export function clauseAround(sentence: string, at: number): [number, number] {
  if (sentence !== boundedSentence) {
    boundedSentence = sentence
    boundaries = []
    scanned = false
    BOUNDARY.lastIndex = 0
  }
  let start = 0
  let end = sentence.length
  for (let k = 0; ; k += 2) {
    if (k === boundaries.length) {
      // Read the next boundary only when needed; later figures of the sentence reuse them.
      const m = scanned ? null : BOUNDARY.exec(sentence)
      if (m === null) {
        scanned = true
        break
      }
      boundaries.push(m.index, m.index + m[0].length)
    }
    const index = boundaries[k]!
    const after = boundaries[k + 1]!
    if (after <= at) start = after
    else if (index >= at) {
      end = index
      break
    }
  }
  return [start, end]
}

// The clause boundaries read so far in the last sentence asked about (its figures ask one after
// another), as pairs of (start, end) offsets; BOUNDARY.lastIndex is where reading goes on.
let boundedSentence: string | null = null
let boundaries: number[] = []
let scanned = false

interface ActionHit {
  readonly action: string
  readonly start: number
  readonly end: number
}

/** One pattern per action of the registry, rebuilt when a lexicon extends it. */
let ACTION_RE: ReadonlyArray<readonly [string, RegExp]> = []
/**
 * The first words of the actions' forms, each with the actions that have a form starting with it.
 * A form is lower-case words and spaces, matched case-insensitively between word boundaries
 * without the u flag, so its first word can only match a whole run of word characters that
 * spells it: an action none of whose first words is in the sentence has no match there, and
 * findActions runs only the patterns of the actions that may (most sentences have one or none).
 * The filter is derived from the registry's forms, so it cannot drift from them; should a form
 * ever be written otherwise, every pattern runs.
 */
let SIMPLE_FORMS = true
let ACTIONS_BY_FIRST_WORD = new Map<string, number[]>()
let FIRST_WORDS = /$^/g
/** The registry's update wording, as one pattern over the words before a figure. */
let UPDATE_BEFORE = /$^/i

function compile(): void {
  const forms = actionForms()
  ACTION_RE = forms.map(([action, fs]) => [
    action,
    new RegExp(
      `\\b(?:${[...fs]
        .sort((a, b) => b.length - a.length)
        .map((f) => escapeRe(f).replace(/ /g, "\\s+"))
        .join("|")})\\b`,
      "gi",
    ),
  ])
  SIMPLE_FORMS = forms.every(([, fs]) => fs.every((f) => /^[a-z]+(?: [a-z]+)*$/.test(f)))
  ACTIONS_BY_FIRST_WORD = new Map()
  forms.forEach(([, fs], i) => {
    for (const f of fs) {
      const first = f.split(" ")[0]!
      const list = ACTIONS_BY_FIRST_WORD.get(first) ?? []
      if (!list.includes(i)) list.push(i)
      ACTIONS_BY_FIRST_WORD.set(first, list)
    }
  })
  FIRST_WORDS = new RegExp(
    `\\b(?:${[...ACTIONS_BY_FIRST_WORD.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join("|")})\\b`,
    "gi",
  )
  UPDATE_BEFORE = new RegExp(
    `\\b(?:${UPDATE_WORDS.map((w) => escapeRe(w).replace(/ /g, "\\s+")).join("|")})\\b`,
    "i",
  )
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
compile()
onExtend(compile)

/** Whether the words just before a figure say it is the latest value of a running total. */
export const updateBefore = (before: string): boolean => UPDATE_BEFORE.test(before)

/** Which actions may have a match in a sentence (see ACTIONS_BY_FIRST_WORD), by index in ACTIONS. */
function actionsIn(sentence: string): Uint8Array | null {
  if (!SIMPLE_FORMS) return null
  const may = new Uint8Array(ACTION_RE.length)
  FIRST_WORDS.lastIndex = 0
  for (let m = FIRST_WORDS.exec(sentence); m; m = FIRST_WORDS.exec(sentence))
    for (const i of ACTIONS_BY_FIRST_WORD.get(m[0].toLowerCase())!) may[i] = 1
  return may
}

/** Every action word in a sentence. Where two actions claim the same words, the first in ACTIONS wins. */
export function findActions(sentence: string): ActionHit[] {
  const hits: ActionHit[] = []
  const may = actionsIn(sentence)
  for (let i = 0; i < ACTION_RE.length; i++) {
    if (may !== null && may[i] === 0) continue
    const [action, re] = ACTION_RE[i]!
    re.lastIndex = 0
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const s = m.index
      const e = s + m[0].length
      if (hits.some((h) => h.start < e && s < h.end)) continue
      hits.push({ action, start: s, end: e })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
}

const DOER =
  /\b(\p{Lu}[\p{L}.]+)(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?(?:fired|launched|struck|hit|attacked|dropped|shelled|bombed|killed|unleashed|sent|crashed|targeted|shot|downed|intercepted|destroyed|captured|seized)\b/gu
/** The verbs of DOER: a clause without one of them has no doer to read. */
const MAYBE_DOER =
  /(?:fired|launched|struck|hit|attacked|dropped|shelled|bombed|killed|unleashed|sent|crashed|targeted|shot|downed|intercepted|destroyed|captured|seized)\b/u

/** Days and months name a time, never a target or a place. */
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i

/** Only weapons are shot down; "shot-down" of anything else means it was struck. */
const ARMS = new Set(["drone", "missile", "aircraft", "bomb"])

/**
 * Words of no open class, which end or skip a noun phrase whatever the part-of-speech lexicon says
 * of them (it tags "the" and "and" as nouns among other things).
 */
const FUNCTION = new Set(
  "a,an,the,this,that,these,those,it,its,they,them,their,he,him,his,she,her,we,us,our,you,your,i,me,my,who,whom,whose,which,what,and,or,but,nor,so,yet,if,as,than,then,of,in,on,at,to,for,from,with,by,over,under,into,onto,about,after,before,during,since,until,amid,among,across,around,near,per,via,off,out,up,down,through,throughout,within,without,against,between,behind,beyond,each,every,all,both,some,any,no,not,is,are,was,were,be,been,being,am,has,have,had,having,do,does,did,will,would,shall,should,can,could,may,might,must,there,here,also,still,now,just,only,even,already,again,reportedly,allegedly,apparently,including,while,when,where,whether,because,although,though,according,alone,more,most,less,least,other,another,such,same,own".split(
    ",",
  ),
)
/** Words between a subject and the figure of its running total: "grew to", "is now at", "of". */
const LINK = new Set(
  "to,at,of,is,was,are,were,now,has,have,had,been,still,stands,stood,stand,remains,remained,remain,reached,reach,reaches,grew,grown,grows,rose,risen,rises,climbed,climbs,increased,increases,jumped,jumps,hit,totalled,totaled,totals,numbered,numbers,by,with,some,about,around,nearly,almost,roughly,approximately,over,more,than,least,already,put,placed,estimated,brought,bringing,brings,surged,soared,topped,just".split(
    ",",
  ),
)
/** Prepositions that attach a phrase to the noun before them ("cases in western Texas"). */
const ATTACHING = new Set(["in", "of", "from", "across", "among", "at", "on", "with", "near", "throughout"])
const AUX_OR_ADVERB = new Set(
  "since,ever,just,is,are,was,were,be,been,being,has,have,had,will,would,could,should,may,might,must,can,still,now,also,reportedly,allegedly,apparently,already,then,later,all,both,each,remain,remained,remains,reportedly,were,not,never,so,far".split(
    ",",
  ),
)
const PARTICIPLE = /(?:ed|en|ing)$/
const DIGITS = /^\d/

/** The head of a noun phrase: its word as written, lower case, singular, and its registry entry. */
interface Head {
  readonly word: string
  readonly singular: string
  readonly entry: ThingEntry | undefined
  readonly end: number
}

const headOf = (words: ReadonlyArray<Word>, from: number, to: number): Head => {
  const text = words
    .slice(from, to + 1)
    .map((w) => w.text.toLowerCase())
    .join(" ")
  const last = words[to]!.text.toLowerCase()
  const entry = thingEntry(text) ?? thingEntry(last)
  return { word: last, singular: singular(last), entry, end: words[to]!.end }
}

/** A registry form of two or three words starting at `k` ("security forces", "prisoners of war"). */
function multiWord(words: ReadonlyArray<Word>, k: number): number {
  for (let len = 3; len >= 2; len--) {
    if (k + len > words.length) continue
    const text = words
      .slice(k, k + len)
      .map((w) => w.text.toLowerCase())
      .join(" ")
    if (thingEntry(text) !== undefined) return len
  }
  return 1
}

/**
 * What counts as a thing's canonical name: its registry thing, "person" for people, else its
 * singular. People the registry does not name keep their noun as a qualifier "as:" (rioters,
 * machinists): another noun may name the same people, or a part of them, so it tells figures
 * apart only loosely (compat.ts).
 */
const thingOf = (h: Head): string => h.entry?.thing ?? (isPerson(h.word) ? "person" : h.singular)

interface NounPhrase {
  readonly head: Head
  /** A second head joined by "and" ("missiles and drones"), when it is another thing. */
  readonly also: Head | null
  readonly end: number
}

/**
 * The noun phrase right after a figure: modifiers, then nouns, the last of which is the head
 * ("198 measles cases", "33,000 U.S. West Coast workers", "124 confirmed cases"). Stops at a
 * verb, a preposition, punctuation or a function word. `qualifiers`, `origin` and places named
 * as modifiers are gathered on the way.
 */
function nounPhraseAfter(
  sentence: string,
  figureEnd: number,
  after: ReadonlyArray<Word>,
  i: number,
  gather: { qualifiers: Set<string>; origin: string | null; places: Entity[] },
): NounPhrase | null {
  let head: Head | null = null
  let also: Head | null = null
  for (let k = i; k < Math.min(after.length, i + 7); k++) {
    const w = after[k]!
    let gap = sentence.slice(k === 0 ? figureEnd : after[k - 1]!.end, w.start)
    // The full stop of an abbreviation ("U.S. West Coast workers") is no break.
    if (k > 0 && gap.startsWith(".") && after[k - 1]!.text.includes(".")) gap = gap.slice(1)
    const lw = w.text.toLowerCase()
    // "one school-age, unvaccinated child": a comma between two modifiers, before any noun.
    if (PHRASE_BREAK.test(gap) && !(head === null && gap.trim() === "," && k > i)) break
    if (lw === "and" && head !== null) {
      // "149 police and gendarmes", "165 missiles and drones".
      const next = after[k + 1]
      if (next === undefined || PHRASE_BREAK.test(sentence.slice(w.end, next.start))) break
      const len = multiWord(after, k + 1)
      const nl = next.text.toLowerCase()
      if (FUNCTION.has(nl) || DIGITS.test(nl) || NUMBER_WORD.test(nl) || !mostlyNoun(nl)) break
      const other = headOf(after, k + 1, k + len)
      if (thingOf(other) !== thingOf(head)) also = other
      else head = { ...head, end: other.end }
      break
    }
    if (DIGITS.test(lw) || (k > i && NOUN_PHRASE_END.test(lw))) break
    const len = multiWord(after, k)
    if (len > 1) {
      head = headOf(after, k, k + len - 1)
      k += len - 1
      continue
    }
    if (thingEntry(lw) !== undefined && !(head === null && FUNCTION.has(lw))) {
      head = headOf(after, k, k)
      continue
    }
    if (FUNCTION.has(lw)) {
      if (INCREMENT.has(lw) && lw !== "others" && k === i) {
        gather.qualifiers.add("more")
        continue
      }
      break
    }
    const side = SIDES[lw] ?? SIDES[`${lw}.`]
    if (side !== undefined && !CAPITAL_CITY.test(lw)) {
      gather.origin = side
      if (STARTS_UPPER.test(w.text) && k > i) gather.places.push(entity(w.text))
      continue
    }
    if (INCREMENT.has(lw) && k === i) {
      gather.qualifiers.add("more")
      continue
    }
    if (TIME_UNITS.has(lw)) break
    if (STARTS_UPPER.test(w.text)) {
      // A proper name as a modifier ("Moscow airports", "West Coast workers"): one place of
      // its capitalised words.
      let e = k
      while (
        e + 1 < after.length &&
        STARTS_UPPER.test(after[e + 1]!.text) &&
        ONLY_SPACE.test(sentence.slice(after[e]!.end, after[e + 1]!.start))
      )
        e++
      if (k > i || e > k) gather.places.push(entity(sentence.slice(w.start, after[e]!.end)))
      k = e
      continue
    }
    const next = after[k + 1]
    const nextWord =
      next && !PHRASE_BREAK.test(sentence.slice(w.end, next.start)) ? next.text.toLowerCase() : null
    if (head !== null) {
      // A noun after the head continues the compound ("measles cases"); anything else ends it,
      // and so does a word that may be the verb of a plural head ("two employees decline").
      if (mostlyNoun(lw) && !mostlyVerb(lw) && !(PLURAL_WORD.test(head.word) && canBeVerb(lw)))
        head = headOf(after, k, k)
      else break
      continue
    }
    if (mostlyNoun(lw)) {
      head = headOf(after, k, k)
      continue
    }
    // A modifier before the head: an adjective, or a participle followed by a noun ("confirmed cases").
    const classes = classesOf(lw)
    const modifier =
      classes.startsWith("J") ||
      classes.startsWith("R") ||
      (PARTICIPLE.test(lw) && nextWord !== null && !FUNCTION.has(nextWord) && mostlyNoun(nextWord))
    if (!modifier) break
  }
  return head === null ? null : { head, also, end: (also ?? head).end }
}

/**
 * The subject a figure is the value of, read leftwards from it when no noun follows it: "the
 * count of confirmed measles cases in western Texas grew to 146" (cases), "the total number of
 * dead to five" (the dead), "a crowd of 20,000", "put the crowd at 4,000". Null when the words
 * before the figure do not lead to a noun through such linking words.
 */
function subjectBefore(words: ReadonlyArray<Word>): Head | "container" | null {
  let j = words.length - 1
  let linked = false
  while (j >= 0 && LINK.has(words[j]!.text.toLowerCase())) {
    linked = true
    j--
  }
  if (!linked || j < 0) return null
  // The noun run just before the linking words, and the noun a preposition attaches it to.
  const run = (end: number): number => {
    let b = end
    while (b >= 0) {
      const w = words[b]!
      const lw = w.text.toLowerCase()
      if (
        FUNCTION.has(lw) ||
        DIGITS.test(lw) ||
        (!STARTS_UPPER.test(w.text) && !mostlyNoun(lw) && classesOf(lw)[0] !== "J")
      )
        break
      b--
    }
    return b
  }
  let end = j
  let b = run(end)
  if (b === end) return null
  // "cases in western Texas", "fatalities from measles": the head is the noun before the preposition.
  while (b >= 1 && ATTACHING.has(words[b]!.text.toLowerCase())) {
    const left = run(b - 1)
    if (left === b - 1) break
    const leftHead = words[b - 1]!.text.toLowerCase()
    if (CONTAINERS.has(leftHead)) break
    end = b - 1
    b = left
  }
  // The head is the last common noun of the run.
  let h = end
  const nounAt = (x: number) => {
    const lw = words[x]!.text.toLowerCase()
    if (STARTS_UPPER.test(words[x]!.text) || POSSESSIVE.test(lw) || DIGITS.test(lw)) return false
    return thingEntry(lw) !== undefined || CONTAINERS.has(lw) || mostlyNoun(lw)
  }
  while (h > b && !nounAt(h)) h--
  if (h <= b) return null
  const lw = words[h]!.text.toLowerCase()
  if (CONTAINERS.has(lw) && thingEntry(lw) === undefined) return "container"
  const two = h > b + 1 ? thingEntry(`${words[h - 1]!.text.toLowerCase()} ${lw}`) : undefined
  return { word: lw, singular: singular(lw), entry: two ?? thingEntry(lw), end: words[h]!.end }
}

/** How far from a figure a registry action of its clause may stand and still be its action. */
const NEAR = 40
const RELATIVE = /^\s*,\s*(?:who|which|that)\b[^,]{0,60},/i

/**
 * The verb that governs a figure: the predicate after its noun phrase, past auxiliaries, adverbs
 * and a relative clause ("one child, who was unvaccinated, has died"), else the verb right before
 * the figure ("sideline some 33,000 workers"). `known` is its registry action, `verb` the verb as
 * written when the registry does not know it. Reporting verbs ("reported", "confirmed") and the
 * wording of running totals ("grew to") govern nothing.
 */
function governingVerb(
  sentence: string,
  figureStart: number,
  nounEnd: number,
  clauseStart: number,
  clauseEnd: number,
  actions: ReadonlyArray<ActionHit>,
  attribution: readonly [number, number],
): { known: string | null; verb: string | null } | null {
  let from = nounEnd
  const relative = RELATIVE.exec(sentence.slice(nounEnd, nounEnd + 80))
  if (relative) from = nounEnd + relative[0].length
  const inAttribution = (at: number) => at >= attribution[0] && at < attribution[1]
  let found: { known: string | null; verb: string | null } | null = null
  const after = wordsOf(sentence.slice(from, Math.min(sentence.length, from + 60)), from)
  for (let k = 0; k < Math.min(after.length, 5); k++) {
    const w = after[k]!
    if (w.start > clauseEnd && !relative) break
    const lw = w.text.toLowerCase()
    if (AUX_OR_ADVERB.has(lw)) continue
    if (PHRASE_BREAK.test(sentence.slice(k === 0 ? from : after[k - 1]!.end, w.start)) && !relative) break
    // "believed to be missing", "feared to have drowned": the hedge's verb governs nothing.
    if (HEDGING_VERB.has(lw) && after[k + 1]?.text.toLowerCase() === "to") {
      k += 2
      continue
    }
    const hit = actions.find((a) => a.start === w.start)
    if (hit && !inAttribution(hit.start)) {
      // A phrase of place right after the noun ("sailors aboard the Hartford were hurt", "people
      // on board died") is the noun's, when a verb follows it: that verb is the predicate.
      const then = PREPOSITIONAL.test(lw) ? predicateAfter(sentence, hit.end, clauseEnd, actions) : null
      return { known: then ?? hit.action, verb: null }
    }
    if (FUNCTION.has(lw)) break
    if (
      mostlyVerb(lw) &&
      !NEUTRAL_VERBS.has(lw) &&
      !LINK.has(lw) &&
      !SAYING.test(lw) &&
      !inAttribution(w.start)
    )
      found = { known: null, verb: lw }
    break
  }
  // A registry verb before the figure governs it rather than a participle after its noun
  // ("downed three drones heading to Moscow").
  const start = Math.max(clauseStart, figureStart - 40)
  const before = wordsOf(sentence.slice(start, figureStart), start)
  for (let k = before.length - 1; k >= Math.max(0, before.length - 3); k--) {
    const w = before[k]!
    const lw = w.text.toLowerCase()
    if (BEFORE_SKIP.has(lw)) continue
    const hit = actions.find((a) => a.end === w.end)
    if (hit && !inAttribution(hit.start)) return { known: hit.action, verb: null }
    if (FUNCTION.has(lw)) break
    if (
      found === null &&
      mostlyVerb(lw) &&
      !NEUTRAL_VERBS.has(lw) &&
      !LINK.has(lw) &&
      !AUX_OR_ADVERB.has(lw) &&
      !SAYING.test(lw) &&
      !inAttribution(w.start)
    )
      found = { known: null, verb: lw }
    break
  }
  return found
}
/** A verb of saying governs the speaker's words, not a figure in them. */
const SAYING = new RegExp(`^(?:${SAY_VERBS})$`)
const HEDGING_VERB = new Set([
  "believed",
  "thought",
  "feared",
  "presumed",
  "expected",
  "known",
  "said",
  "reported",
  "estimated",
  "likely",
  "set",
])
const PREPOSITIONAL = /^(?:aboard|on|in|onboard)$/

/** A registry action that follows a phrase of a few words as its clause's predicate ("... were slightly hurt"). */
function predicateAfter(
  sentence: string,
  from: number,
  clauseEnd: number,
  actions: ReadonlyArray<ActionHit>,
): string | null {
  const next = actions.find((a) => a.start > from && a.start - from < 40 && a.start < clauseEnd)
  if (next === undefined) return null
  return AUX_BEFORE.test(sentence.slice(from, next.start)) ? next.action : null
}
const AUX_BEFORE = /\b(?:was|were|is|are|has|have|had|been)\b[\s\w]*$|^[\s\w]*\s$/

const BEFORE_SKIP = new Set([
  "the",
  "a",
  "an",
  "some",
  "about",
  "around",
  "nearly",
  "almost",
  "roughly",
  "approximately",
  "least",
  "at",
  "more",
  "than",
  "over",
  "up",
  "to",
  "another",
  "other",
  "further",
  "additional",
])

const SUBSET_AFTER =
  /^\s+(?:(?:are|were|is|was|have been|had been)\s+)?(?:\w+ed\s+)?(?:among(?! the (?:dead|injured|wounded|victims|missing|killed|casualties|survivors)\b)|in (?:people|patients|children|adults|those|residents)\b|who (?:are|were) (?:\d|aged|under|over|younger|older))/i
const SUBSET_BEFORE = /\b(?:majority|most|half|bulk|share|proportion) of (?:the |all )?\w+(?: \w+)? with\s+$/i

const COMMA_BEFORE = /,\s*$/
/** A number written as a word starts another figure, not a second noun ("Eleven individuals and eight policemen"). */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|several|some|many)$/
/** How badly: "two seriously", "three critically". */
const DEGREE =
  /^(?:seriously|critically|badly|severely|gravely|fatally|mortally|slightly|lightly|moderately)\b/

/** The noun before a figure's "of": "the bodies of", "the evacuation of some". */
const OF_BEFORE = /\b([a-z]+)\s+of\s+(?:the\s+|an?\s+|some\s+|about\s+|at least\s+)?$/i

/** A part named before a figure set off by commas: "the majority, 137, are in Gaines County". */
const APPOSED_PART = /\b(?:majority|most|rest|remainder|bulk|half)\s*,\s*$/i

/**
 * What a sentence counts, for a total or a part that does not say: its first common plural noun
 * or registry noun ("Texas saw a further dozen measles cases ..., bringing the state's total").
 */
function topicOf(words: ReadonlyArray<Word>): Head | null {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    const lw = w.text.toLowerCase()
    if (FUNCTION.has(lw) || CONTAINERS.has(lw) || TIME_UNITS.has(lw) || DIGITS.test(lw)) continue
    if (STARTS_UPPER.test(w.text) && thingEntry(lw) === undefined) continue
    const entry = thingEntry(lw)
    if (
      entry !== undefined ||
      (PLURAL_WORD.test(lw) && !NOT_PLURAL_ENDING.test(lw) && mostlyNoun(lw) && !mostlyVerb(lw))
    ) {
      // The last noun of a compound: "measles cases".
      let h = k
      while (
        h + 1 < words.length &&
        mostlyNoun(words[h + 1]!.text.toLowerCase()) &&
        !FUNCTION.has(words[h + 1]!.text.toLowerCase()) &&
        !STARTS_UPPER.test(words[h + 1]!.text)
      )
        h++
      return headOf(words, h, h)
    }
  }
  return null
}

/** The verb that governs a measure, the registry's or not, as its action. */
function verbOf(
  sentence: string,
  figureStart: number,
  nounEnd: number,
  clauseStart: number,
  clauseEnd: number,
): string | null {
  const g = governingVerb(sentence, figureStart, nounEnd, clauseStart, clauseEnd, [], [0, 0])
  return g?.verb ?? null
}

/**
 * A figure given by a second speaker for what the sentence counted before: "the CGT declared
 * around 3.5 million", "organisers at 50,000", "or 2,000 according to police".
 */
const RIVAL_BEFORE = new RegExp(`\\b(?:${SAY_VERBS}|counted|put (?:it|the \\w+|them) at|at)\\s*$`, "i")

/** The clause of a second speaker's figure: "whereas the CGT claimed", "while organisers said". */
const RIVAL_CLAUSE = new RegExp(`\\b(?:whereas|while)\\b[^,;]*\\b(?:${SAY_VERBS}|counted|put)\\b`, "i")

const MAGNITUDE_BEFORE =
  /\bmagnitude[\s-]*$|\b(?:earthquake|quake|tremor|aftershock)s?\b[^.;]{0,30}\b(?:measuring|of)\s+$/i
const MAGNITUDE_AFTER = /^[\s-]*(?:magnitude|on the richter scale|(?:earth)?quake|tremor|aftershock)\b/i
const TEMPERATURE_AFTER = /^\s*(?:°\s*[CF]\b|degrees?\b|[CF]\b)/
/** "45C", "113F": a temperature the number reader keeps as a label. */
const TEMPERATURE_LABEL = /^\d+(?:\.\d+)?\s*°?\s*[CF]$/

/**
 * Reads the frame of figure `n` in `sentence`. `previous` is the frame of the figure before it in
 * the same sentence, which an elliptical figure inherits ("25 over the Bryansk Region").
 * Returns null when the figure counts nothing the reader can name.
 */
export function frameOf(
  sentence: string,
  n: NumberMention,
  previous: Frame | null,
  actions: ReadonlyArray<ActionHit>,
  places: ReadonlyArray<PlaceSpan>,
  attribution: readonly [number, number],
): Frame | null {
  const after = wordsOf(sentence.slice(n.end, Math.min(sentence.length, n.end + 120)), n.end)
  const [clauseStart, clauseEnd] = clauseAround(sentence, n.start)
  const outside = (a: { start: number; end: number }) =>
    !(a.start >= attribution[0] && a.end <= attribution[1])

  const gather = { qualifiers: new Set<string>(), origin: null as string | null, places: [] as Entity[] }
  let i = 0
  if (after[0]?.text.toLowerCase() === "of") {
    // "150 of its own PoWs", "Four of the injured"
    // "one of them", "six of whom": a pronoun, not a thing the reader can name here.
    if (PRONOUN_AFTER_OF.test(after[1]?.text ?? "")) return null
    i = 1
    while (i < after.length && DETERMINER_AFTER_OF.test(after[i]!.text)) i++
  }
  // "the other four parties", "another 20 people": in addition to a figure said before.
  if (IN_ADDITION_BEFORE.test(sentence.slice(Math.max(0, n.start - 14), n.start)))
    gather.qualifiers.add("more")

  // What is counted: measures by their kind, else the noun phrase after the figure, else the
  // subject before it.
  let counted: string | null = null
  let implied: string | null = null
  let nounEnd = n.end
  let measure = true
  if (n.kind === "money") counted = `money:${n.currency ?? "?"}`
  else if (n.kind === "percent") counted = "percent"
  else if (n.kind === "dimension") counted = `measure:${n.unit ?? "?"}`
  else if (n.kind === "duration") counted = `duration:${n.unit ?? "?"}`
  else if (
    MAGNITUDE_BEFORE.test(sentence.slice(Math.max(0, n.start - 50), n.start)) ||
    MAGNITUDE_AFTER.test(sentence.slice(n.end, n.end + 24))
  )
    counted = "magnitude"
  else if (TEMPERATURE_AFTER.test(sentence.slice(n.end, n.end + 10)) || TEMPERATURE_LABEL.test(n.text))
    counted = "temperature"
  else measure = false
  let np: NounPhrase | null = null
  if (!measure) {
    np = nounPhraseAfter(sentence, n.end, after, i, gather)
    if (np !== null) {
      counted = thingOf(np.head)
      if (np.head.entry === undefined && counted === "person") gather.qualifiers.add(`as:${np.head.singular}`)
      if (np.also !== null) counted = [counted, thingOf(np.also)].sort().join("+")
      const q = np.head.entry?.qualifier
      if (q) gather.qualifiers.add(q)
      implied = np.head.entry?.implies ?? null
      nounEnd = np.end
    } else if (i === 0) {
      const subject = APPOSED_PART.test(sentence.slice(clauseStart, n.start))
        ? "container"
        : subjectBefore(wordsOf(sentence.slice(clauseStart, n.start), clauseStart))
      if (subject === "container") {
        // "bringing the state's total to 158", "the majority, 137,": of what the sentence counts.
        if (previous !== null) {
          counted = previous.counted
          for (const q of previous.qualifiers) if (q !== "more") gather.qualifiers.add(q)
          implied = previous.action
        } else {
          const topic = topicOf(wordsOf(sentence.slice(0, n.start), 0))
          if (topic !== null) {
            counted = thingOf(topic)
            implied = topic.entry?.implies ?? null
          }
        }
      } else if (subject !== null) {
        counted = subject.entry?.thing ?? (isPerson(subject.word) ? "person" : subject.singular)
        if (subject.entry === undefined && counted === "person")
          gather.qualifiers.add(`as:${subject.singular}`)
        const q = subject.entry?.qualifier
        if (q) gather.qualifiers.add(q)
        implied = subject.entry?.implies ?? null
      }
    }
  }

  // The action: the verb that governs the figure, a predicate after its noun phrase ("were
  // injured", "were lit") or a verb before it ("killed 12", "cut 17,000 jobs"), when the registry
  // knows it; else what the noun implies ("bodies" are people killed); else the governing verb the
  // registry does not know; else the nearest registry action in the clause.
  const governing = governingVerb(sentence, n.start, nounEnd, clauseStart, clauseEnd, actions, attribution)
  const nearest = (): string | null => {
    let found: string | null = null
    let best = Number.POSITIVE_INFINITY
    for (const a of actions) {
      if (a.start < clauseStart || a.end > clauseEnd || !outside(a)) continue
      if (a.start < nounEnd && a.end > n.start) continue // the noun itself ("the injured")
      const d = a.start >= nounEnd ? a.start - nounEnd : n.start - a.end
      if (d >= 0 && d < best && d <= NEAR) {
        best = d
        found = a.action
      }
    }
    return found
  }
  const intrinsic = counted === "magnitude" || counted === "temperature"
  // "the bodies of 5 migrants", "the evacuation of 1,500 residents": the noun before "of" says
  // what happened to them.
  const of = measure ? null : OF_BEFORE.exec(sentence.slice(Math.max(clauseStart, n.start - 40), n.start))
  let said: string | null = null
  if (of !== null) {
    const word = of[1]!.toLowerCase()
    const at = Math.max(clauseStart, n.start - 40) + of.index
    said =
      thingEntry(word)?.implies ??
      actions.find((a) => a.start === at && sentence.slice(a.start, a.end).toLowerCase() === word)?.action ??
      null
  }
  let action: string | null = measure
    ? // A measure is of what the registry's action or its noun says ("a vote of 94.6%", "$5 billion in charges").
      (governing?.known ??
      nearest() ??
      (intrinsic ? null : measureSubject(sentence, n, after, clauseStart)) ??
      governing?.verb ??
      null)
    : (said ?? governing?.known ?? implied ?? governing?.verb ?? nearest())
  if (action === null) {
    // A wider look for passive casualty wording: "Five people, one of them a child, were injured".
    for (const a of actions) {
      if (a.start >= nounEnd && a.start - nounEnd < 60 && outside(a)) {
        action = a.action
        break
      }
    }
  }
  // A magnitude or a temperature is a property of its event, not something done.
  if (counted === "magnitude" || counted === "temperature") action = null

  // "over 13 regions": a figure that says how widely another one spread.
  const scope = SCOPE_BEFORE.test(sentence.slice(Math.max(0, n.start - 16), n.start))
  if (scope && previous && !previous.scope) action = previous.action
  let each = EACH_AFTER.test(sentence.slice(nounEnd))
  // Elliptical figures inherit from the figure before them: "34 drones ..., 25 over the Bryansk Region".
  if (counted === null) {
    const next = sentence.slice(n.end).trimStart()
    const nextWord = next.split(SPACES)[0]?.toLowerCase() ?? ""
    // "Eleven people were injured, two seriously": a part of the figure before.
    const partOf = previous !== null && COMMA_BEFORE.test(sentence.slice(0, n.start)) && DEGREE.test(nextWord)
    if (partOf) gather.qualifiers.add("subset")
    if (
      previous &&
      (PREPOSITION.test(nextWord) ||
        partOf ||
        RIVAL_BEFORE.test(sentence.slice(Math.max(clauseStart, n.start - 30), n.start)))
    ) {
      counted = previous.counted
      for (const q of previous.qualifiers) if (q !== "more") gather.qualifiers.add(q)
      action ??= previous.action
      gather.origin ??= previous.actor?.key ?? null
      each = EACH_NEXT.test(next) || each
    } else {
      // "Four were hospitalised", "1.2 million marched", "police arrested 17": what the action counts.
      const counts = actionEntry(action)?.counts
      if (counts === undefined) return null
      counted = counts
    }
  }
  // A subset named by what follows or precedes it ("cases among children", "64 of the cases"
  // (of and a determiner),
  // "the majority of cases with 74"): another figure than the whole, never its rival.
  if (
    (i > 1 && !measure) ||
    SUBSET_AFTER.test(sentence.slice(nounEnd, nounEnd + 40)) ||
    SUBSET_BEFORE.test(sentence.slice(Math.max(0, n.start - 40), n.start))
  )
    gather.qualifiers.add("subset")
  // Job cuts count jobs, whether the sentence says jobs or the people who held them.
  const counts = actionEntry(action)?.counts
  if (counts !== undefined && counts !== "person" && counted === "person") counted = counts
  if (
    !scope &&
    actionEntry(action)?.arms &&
    !ARMS.has(counted.split("+")[0] ?? "") &&
    !counted.includes("drone")
  )
    action = "struck"

  // Where: the places named after the figure in its clause, else those before it.
  const comma = sentence.indexOf(",", nounEnd)
  const afterEnd = Math.min(clauseEnd, comma === -1 ? sentence.length : comma)
  const afterSpans = places.filter(
    (p) => p.start >= nounEnd && p.start < afterEnd && p.start - nounEnd < 90 && outside(p),
  )
  // A place between the figure before and this one is that figure's ("two plants in the Puget
  // Sound region and some 33,000 workers").
  const from = previous !== null && previous.nounEnd <= n.start ? previous.nounEnd : -1
  const own = (p: PlaceSpan) => from < 0 || p.start < from
  const beforeSpans = places.filter((p) => p.end <= n.start && p.start >= clauseStart && own(p) && outside(p))
  const beforeSentence = places.filter((p) => p.end <= n.start && own(p) && outside(p))
  const where =
    afterSpans.length > 0 ? [afterSpans[0]!] : beforeSpans.length > 0 ? beforeSpans : beforeSentence
  const spanPlaces = placesOf(where)
  const aggregate = where.some((p) => p.aggregate) && !each
  let allPlaces = dedupe([...gather.places, ...spanPlaces])
  // A rival speaker's figure is of the place the figure it answers names ("counted 119,000 in
  // Paris, whereas the CGT claimed 800,000 on the capital's streets").
  if (
    allPlaces.length === 0 &&
    previous !== null &&
    previous.places.length > 0 &&
    previous.counted === counted &&
    RIVAL_CLAUSE.test(sentence.slice(Math.max(0, clauseStart - 12), n.start))
  )
    allPlaces = [...previous.places]

  // Whose: the side of the counted things ("Ukrainian drones"), else the side that did it, when
  // the clause says so in so many words ("Russia fired", "Russian artillery struck").
  let actorSide = gather.origin
  if (actorSide === null) {
    const subject = sentence.slice(clauseStart, n.start)
    if (MAYBE_DOER.test(subject)) {
      DOER.lastIndex = 0
      for (let m = DOER.exec(subject); m !== null; m = DOER.exec(subject)) {
        const at = clauseStart + m.index
        if (at >= attribution[0] && at < attribution[1]) continue
        actorSide = SIDES[m[1]!.toLowerCase()] ?? null
        if (actorSide !== null) break
      }
    }
  }
  // At whom: a country or place after "at", "against", "targeting", "on", "heading to".
  let target: Entity | null = null
  const tgt = TARGET_AFTER.exec(sentence.slice(nounEnd, clauseEnd))
  if (tgt && !NOT_A_TARGET.test(tgt[2]!) && !CALENDAR.test(tgt[2]!)) {
    const name = tgt[2]!.replace(POSSESSIVE, "")
    const side = SIDES[name.toLowerCase()]
    target = side !== undefined && !CAPITAL_CITY.test(name) ? { name, key: side } : entity(name)
  }

  return {
    counted,
    qualifiers: [...gather.qualifiers].sort(),
    action,
    actor: actorSide === null ? null : { name: actorSide, key: actorSide },
    target,
    places: allPlaces,
    aggregate,
    each,
    scope,
    nounEnd,
  }
}

/**
 * What a measure is of, when no registry action says: the noun after it ("a 25% wage hike",
 * "$5 billion in charges", "10% of its workforce"), else the noun whose value it is ("a cash
 * outflow of $1.3 billion"), else the verb that governs it. Two measures of different things
 * then never meet as one figure.
 */
function measureSubject(
  sentence: string,
  n: NumberMention,
  after: ReadonlyArray<Word>,
  clauseStart: number,
): string | null {
  let i = 0
  const first = after[0]?.text.toLowerCase()
  if (first === "of" || first === "in") {
    i = 1
    while (i < after.length && DETERMINER_AFTER_OF.test(after[i]!.text)) i++
  }
  const np = nounPhraseAfter(sentence, n.end, after, i, { qualifiers: new Set(), origin: null, places: [] })
  if (np !== null && !TIME_UNITS.has(np.head.word)) return np.head.singular
  const before = wordsOf(sentence.slice(clauseStart, n.start), clauseStart)
  const last = before.length - 1
  if (last >= 1 && (before[last]!.text.toLowerCase() === "of" || before[last]!.text.toLowerCase() === "at")) {
    const lw = before[last - 1]!.text.toLowerCase()
    if (!FUNCTION.has(lw) && mostlyNoun(lw)) return singular(lw)
  }
  // "idled for 53 days": the verb before the preposition of a duration.
  const lead = n.kind === "duration" ? DURATION_LEAD.exec(sentence.slice(clauseStart, n.start)) : null
  return lead === null
    ? null
    : verbOf(sentence, clauseStart + lead.index, n.end, clauseStart, sentence.length)
}
const DURATION_LEAD =
  /\s+(?:for|over|after|within|in|since|of)\s+(?:about\s+|nearly\s+|some\s+|the\s+(?:past|last)\s+)?$/i
/** The places of some spans, in order (flatMap, without its cost). */
export function placesOf(spans: ReadonlyArray<PlaceSpan>): Entity[] {
  const out: Entity[] = []
  for (const p of spans) for (const e of p.places) out.push(e)
  return out
}

function dedupe(es: ReadonlyArray<Entity>): Entity[] {
  const seen = new Set<string>()
  return es.filter((e) => {
    if (seen.has(e.key)) return false
    seen.add(e.key)
    return true
  })
}
