/**
 * The frame of a figure: what is counted, the action, whose it is and at whom, where, and
 * whether it is an update, a part ("each"), or in addition to another ("three more drones").
 * Rules are data (src/claims/lexicon.ts); each step here reads one thing from the words around
 * the figure, within its clause.
 */
import type { Entity } from "../domain/Claim.ts"
import { entity } from "./entities.ts"
import { ACTIONS, COUNTED, INCREMENT, SIDES, TIME_UNITS } from "./lexicon.ts"
import type { NumberMention } from "./numbers.ts"
import type { PlaceSpan } from "./place.ts"

// Patterns of the functions below, compiled once: a pattern written inside a function is a new
// object each time the function runs it.
const ANOTHER_FIGURE = /^(and|or|\d.*)$/
const CAPITAL_CITY = /^(moscow|kyiv|kiev)$/i
const DETERMINER_AFTER_OF = /^(the|its|their|his|her|our|own)$/i
const EACH_AFTER = /^\s*each\b(?!\s+(?:month|week|day|year|night|time))/i
const EACH_NEXT = /^\s*each\b/i
const ENDS_S = /s$/
const ES_ENDING = /(ch|sh|x)es$/
const IES_ENDING = /ies$/
const IN_ADDITION_BEFORE = /\b(other|another|additional|further|more)\s+$/i
const NOT_A_TARGET = /^(least|most|about|around)$/i
const NOT_PLURAL_ENDING = /(ss|us|is)$/
const NOUN_PHRASE_END = /^(of|in|on|at|for|to|from|with|by|over|than|as|who|that|which)$/
const ONLY_SPACE = /^\s+$/
const PHRASE_BREAK = /[,;:.!?()"“”]/
const PLURAL_SEARCH_END = /^(of|in|on|at|for|to|from|with|by|over|and|or|than|as|who|that|which)$/
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
const AUX = /^(were|was|are|is|had|have|has|been|being|will|would|could|remain|remained)$/i
const BOUNDARY =
  /[;:()]|\s[–—]\s|,\s+(?:including|which|while|when|where|after|as|but|according|with|and)\b|\b(?:and|but)(?=\s+(?:injur|kill|wound|damag|leav|set|forc|caus))/giu

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

const ACTION_RE: ReadonlyArray<readonly [string, RegExp]> = ACTIONS.map(([action, forms]) => [
  action,
  new RegExp(
    `\\b(?:${[...forms]
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/ /g, "\\s+"))
      .join("|")})\\b`,
    "gi",
  ),
])

/**
 * The first words of the actions' forms, each with the actions that have a form starting with it.
 * A form is lower-case ASCII words and spaces, matched case-insensitively between word boundaries
 * without the u flag, so its first word can only match a whole run of ASCII word characters that
 * spells it: an action none of whose first words is in the sentence has no match there, and
 * findActions runs only the patterns of the actions that may (most sentences have one or none,
 * of 14). Should a form ever be written otherwise, every pattern runs, as before.
 */
const SIMPLE_FORMS = ACTIONS.every(([, forms]) => forms.every((f) => /^[a-z]+(?: [a-z]+)*$/.test(f)))
const ACTIONS_BY_FIRST_WORD = new Map<string, number[]>()
ACTIONS.forEach(([, forms], i) => {
  for (const f of forms) {
    const first = f.split(" ")[0]!
    const list = ACTIONS_BY_FIRST_WORD.get(first) ?? []
    if (!list.includes(i)) list.push(i)
    ACTIONS_BY_FIRST_WORD.set(first, list)
  }
})
const FIRST_WORDS = new RegExp(
  `\\b(?:${[...ACTIONS_BY_FIRST_WORD.keys()].sort((a, b) => b.length - a.length).join("|")})\\b`,
  "gi",
)

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

const HUMAN_ACTIONS = new Set([
  "killed",
  "injured",
  "hospitalised",
  "evacuated",
  "arrested",
  "missing",
  "rescued",
  "released",
  "exchanged",
])
const ARMS = new Set(["drone", "missile", "aircraft", "bomb"])

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

  // What is counted: the first known noun within the next few words.
  let counted: string | null = null
  const qualifiers = new Set<string>()
  let nounEnd = n.end
  let origin: string | null = null
  const modifierPlaces: Entity[] = []
  let i = 0
  if (after[0]?.text.toLowerCase() === "of") {
    // "150 of its own PoWs", "Four of the injured"
    // "one of them", "six of whom": a pronoun, not a thing the reader can name here.
    if (PRONOUN_AFTER_OF.test(after[1]?.text ?? "")) return null
    i = 1
    while (i < after.length && DETERMINER_AFTER_OF.test(after[i]!.text)) i++
  }
  for (let k = i; k < Math.min(after.length, i + 6); k++) {
    const w = after[k]!
    if (sentence.slice(k === 0 ? n.end : after[k - 1]!.end, w.start).match(PHRASE_BREAK)) break
    const lw = w.text.toLowerCase()
    // Another figure's words: "12 ambulances and seven helicopters".
    if (ANOTHER_FIGURE.test(lw) || (k > i && NOUN_PHRASE_END.test(lw))) break
    const two =
      k + 2 < after.length
        ? `${lw} ${after[k + 1]!.text.toLowerCase()} ${after[k + 2]!.text.toLowerCase()}`
        : ""
    if (two === "prisoners of war" || two === "unmanned aerial vehicles") {
      counted = two === "prisoners of war" ? "prisoner" : "drone"
      nounEnd = after[k + 2]!.end
      break
    }
    const known = COUNTED[lw]
    if (known) {
      counted = known.thing
      if (known.qualifier) qualifiers.add(known.qualifier)
      nounEnd = w.end
      // "165 missiles and drones": both things, one figure.
      const nx = after[k + 1]
      const nx2 = after[k + 2]
      if (
        nx?.text.toLowerCase() === "and" &&
        nx2 &&
        COUNTED[nx2.text.toLowerCase()] &&
        COUNTED[nx2.text.toLowerCase()]!.thing !== counted
      ) {
        counted = [counted, COUNTED[nx2.text.toLowerCase()]!.thing].sort().join("+")
        nounEnd = nx2.end
      }
      if (counted === "person" && lw === "injured") qualifiers.add("injured")
      break
    }
    if (INCREMENT.has(lw) && lw !== "others" && k === i) qualifiers.add("more")
    else if (SIDES[lw] !== undefined && !CAPITAL_CITY.test(lw)) origin = SIDES[lw]!
    else if (STARTS_UPPER.test(w.text) && k > i) modifierPlaces.push(entity(w.text))
    else if (STARTS_UPPER.test(w.text) && SIDES[lw] !== undefined) modifierPlaces.push(entity(w.text))
    if (k === i && (AUX.test(lw) || PREPOSITION.test(lw))) break
  }
  // "the other four parties", "another 20 people": in addition to a figure said before.
  if (IN_ADDITION_BEFORE.test(sentence.slice(Math.max(0, n.start - 14), n.start))) qualifiers.add("more")
  // Money, shares and measures count their unit, whatever noun follows ("$500 exemption").
  if (n.kind === "money") counted = `money:${n.currency ?? "?"}`
  if (n.kind === "percent") counted = "percent"
  if (n.kind === "dimension") counted = `measure:${n.unit ?? "?"}`
  if (counted === null && i === 0) {
    // A generic plural noun among the next few words: "34 locations", "four police officers".
    for (let k = 0; k < Math.min(after.length, 4); k++) {
      const w = after[k]!
      const gap = sentence.slice(k === 0 ? n.end : after[k - 1]!.end, w.start)
      if (!ONLY_SPACE.test(gap)) break
      const lw = w.text.toLowerCase()
      if (AUX.test(lw) || PLURAL_SEARCH_END.test(lw)) break
      if (PLURAL_WORD.test(w.text) && !NOT_PLURAL_ENDING.test(lw) && !TIME_UNITS.has(lw)) {
        counted = lw.replace(IES_ENDING, "y").replace(ES_ENDING, "$1").replace(ENDS_S, "")
        nounEnd = w.end
        break
      }
    }
  }

  // The action: the nearest action word in the figure's clause (not in the attribution).
  const inClause = actions.filter(
    (a) =>
      a.start >= clauseStart && a.end <= clauseEnd && !(a.start >= attribution[0] && a.end <= attribution[1]),
  )
  let action: string | null = null
  let best = Number.POSITIVE_INFINITY
  for (const a of inClause) {
    const d = a.start >= nounEnd ? a.start - nounEnd : n.start - a.end
    if (d >= 0 && d < best) {
      best = d
      action = a.action
    }
  }
  if (action === null) {
    // A wider look for passive casualty wording: "Five people, one of them a child, were injured".
    for (const a of actions) {
      if (
        a.start >= nounEnd &&
        a.start - nounEnd < 60 &&
        !(a.start >= attribution[0] && a.end <= attribution[1])
      ) {
        action = a.action
        break
      }
    }
  }

  // "over 13 regions": a figure that says how widely another one spread.
  const scope = SCOPE_BEFORE.test(sentence.slice(Math.max(0, n.start - 16), n.start))
  if (scope && previous && !previous.scope) action = previous.action
  let each = EACH_AFTER.test(sentence.slice(nounEnd))
  // Elliptical figures inherit from the figure before them: "34 drones ..., 25 over the Bryansk Region".
  if (counted === null) {
    const next = sentence.slice(n.end).trimStart()
    if (previous && PREPOSITION.test(next.split(SPACES)[0]?.toLowerCase() ?? "")) {
      counted = previous.counted
      for (const q of previous.qualifiers) if (q !== "more") qualifiers.add(q)
      action ??= previous.action
      origin ??= previous.actor?.key ?? null
      each = EACH_NEXT.test(next) || each
    } else if (action !== null && HUMAN_ACTIONS.has(action) && AUX.test(next.split(SPACES)[0] ?? "")) {
      counted = "person" // "Four were hospitalised"
    } else return null
  }
  if (
    !scope &&
    action === "shot-down" &&
    !ARMS.has(counted.split("+")[0] ?? "") &&
    !counted.includes("drone")
  )
    action = "struck"

  // Where: the places named after the figure in its clause, else those before it.
  const comma = sentence.indexOf(",", nounEnd)
  const afterEnd = Math.min(clauseEnd, comma === -1 ? sentence.length : comma)
  const afterSpans = places.filter(
    (p) =>
      p.start >= nounEnd &&
      p.start < afterEnd &&
      p.start - nounEnd < 90 &&
      !(p.start >= attribution[0] && p.end <= attribution[1]),
  )
  const beforeSpans = places.filter(
    (p) =>
      p.end <= n.start && p.start >= clauseStart && !(p.start >= attribution[0] && p.end <= attribution[1]),
  )
  const beforeSentence = places.filter(
    (p) => p.end <= n.start && !(p.start >= attribution[0] && p.end <= attribution[1]),
  )
  const where =
    afterSpans.length > 0 ? [afterSpans[0]!] : beforeSpans.length > 0 ? beforeSpans : beforeSentence
  const spanPlaces = placesOf(where)
  const aggregate = where.some((p) => p.aggregate) && !each
  const allPlaces = dedupe([...modifierPlaces, ...spanPlaces])

  // Whose: the side of the counted things ("Ukrainian drones"), else the side that did it, when
  // the clause says so in so many words ("Russia fired", "Russian artillery struck").
  let actorSide = origin
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
    qualifiers: [...qualifiers].sort(),
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
