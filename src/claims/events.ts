/**
 * Events: who did what to whom, where and when ("Trump had a phone call with Putin", "Ukrainian
 * drones struck a plant in Obukhovo", "Russia rejected Ukraine's assertion"), with a polarity.
 *
 * Who: a person when the text names one ("Trump called Putin": Donald Trump, keyed by the sound of
 * the surname, as claimants are), else an organisation, else the side (country) the clause names
 * ("Russia struck Kyiv"). Denials are events too, with the action of what they deny: "There was
 * no conversation" and "the Kremlin denied the call took place" are a call, denied; "denied that
 * any protesters had been arrested" an arrest, denied.
 *
 * Conservative by design: an event needs a verb of the table below and an actor (a person, a
 * body or a side), or a negation that stands for one ("there was no call", "X denied that ...").
 */
import type { Entity } from "../domain/Claim.ts"
import { entity, isGivenName, isOrganisation, isTitle, personEntity, sideIn } from "./entities.ts"
import { SIDES } from "./lexicon.ts"
import { classesOf } from "./pos.ts"

/**
 * The actions, as data: the verbs that assert one and the nouns that name one ("called" and
 * "conversation" are both a call). Where the parties are people or bodies (`human`), a capitalised
 * name is a person unless it is a side or a body; elsewhere a name may be a place or a thing
 * ("struck Kharkiv"), and is a person only with a title or a given name.
 */
interface ActionWords {
  readonly action: string
  readonly verbs: ReadonlyArray<string>
  /** Base forms, read after a negation ("did not call"). */
  readonly base: ReadonlyArray<string>
  readonly nouns: ReadonlyArray<string>
  /** Who acts is a person or a body: a name with it is a person unless it is a side or a body. */
  readonly human: boolean
  /** Likewise for whom it is done to ("called Putin"; not "visited Kharkiv"). */
  readonly humanTarget: boolean
}

export const EVENT_ACTIONS: ReadonlyArray<ActionWords> = [
  {
    action: "strike",
    verbs: [
      "struck",
      "strikes",
      "hit",
      "hits",
      "attacked",
      "attacks",
      "targeted",
      "targets",
      "shelled",
      "shells",
      "bombed",
      "bombs",
      "raided",
      "raids",
    ],
    base: ["strike", "hit", "attack", "target", "shell", "bomb", "raid"],
    nouns: [
      "strike",
      "strikes",
      "airstrike",
      "airstrikes",
      "air strike",
      "attack",
      "attacks",
      "bombing",
      "shelling",
      "raid",
      "raids",
    ],
    human: false,
    humanTarget: false,
  },
  {
    action: "call",
    verbs: [
      "called",
      "phoned",
      "(?:had|held) a (?:phone |telephone )?call with",
      "spoke (?:by phone |by telephone )?(?:with|to)",
      "talked (?:by phone )?(?:with|to)",
    ],
    base: ["call", "phone", "speak (?:with|to)", "talk (?:with|to)"],
    nouns: [
      "phone call",
      "telephone call",
      "call",
      "calls",
      "phone conversation",
      "telephone conversation",
      "conversation",
      "conversations",
      "phone talks",
    ],
    human: true,
    humanTarget: true,
  },
  {
    action: "meet",
    verbs: ["met", "meets", "(?:held|hold|holds) talks with"],
    base: ["meet", "hold talks with"],
    nouns: ["meeting", "meetings", "talks", "summit", "negotiations"],
    human: true,
    humanTarget: true,
  },
  {
    action: "visit",
    verbs: ["visited", "visits", "arrived in", "arrives in", "landed in", "lands in"],
    base: ["visit", "go to", "travel to"],
    nouns: ["visit", "visits", "trip"],
    human: true,
    humanTarget: false,
  },
  {
    action: "capture",
    verbs: ["captured", "captures", "seized", "seizes", "took control of"],
    base: ["capture", "seize", "take control of"],
    nouns: ["capture", "seizure"],
    human: false,
    humanTarget: false,
  },
  {
    action: "arrest",
    verbs: ["arrested", "detained"],
    base: ["arrest", "detain"],
    nouns: ["arrests", "arrest", "detentions", "detention"],
    human: false,
    humanTarget: false,
  },
  {
    action: "reject",
    verbs: ["rejected", "rejects", "denied", "denies", "dismissed", "dismisses", "refuted"],
    base: [],
    nouns: [],
    human: true,
    humanTarget: false,
  },
  { action: "sign", verbs: ["signed"], base: ["sign"], nouns: ["signing"], human: true, humanTarget: false },
  {
    action: "launch",
    verbs: ["launched", "launches"],
    base: ["launch"],
    nouns: ["launch"],
    human: false,
    humanTarget: false,
  },
]

const NOT =
  "(?:did not|didn't|does not|doesn't|do not|don't|will not|won't|would not|could not|cannot|can't|never)"
const NEGATED_VERB = new RegExp(`^${NOT}\\s`, "i")
const EVENT_VERBS: ReadonlyArray<readonly [ActionWords, RegExp]> = EVENT_ACTIONS.map((a) => [
  a,
  new RegExp(
    `\\b(${[...a.verbs, ...(a.base.length > 0 ? [`${NOT}\\s+(?:${a.base.join("|")})`] : [])].join("|")})\\b`,
    "i",
  ),
])

/** Noun -> action, longest nouns first in the pattern ("phone call" before "call"). */
const NOUN_ACTION = new Map<string, ActionWords>()
for (const a of EVENT_ACTIONS) for (const n of a.nouns) NOUN_ACTION.set(n, a)
const NOUNS = [...NOUN_ACTION.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join("|")

const DENY = "(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)"
/** Verbs that deny that something happened (to reject or dismiss talks is to refuse them). */
const DENY_HAPPENED = "(?:denied|denies|deny|denying|refuted|refutes)"
/** "There was no conversation", "there have been no arrests". */
const EXISTENTIAL = new RegExp(
  `\\bthere\\s+(?:was|were|is|are|has been|have been|had been|will be)\\s+no\\s+(?:such\\s+|new\\s+|other\\s+)?(?:[a-z]+\\s+){0,2}?(${NOUNS})\\b`,
  "i",
)
/** "The Kremlin denied the call took place", "denied any arrests", "denied reports of a call". */
const NOUN_DENIAL = new RegExp(
  `\\b${DENY_HAPPENED}\\s+(?:that\\s+)?(?:there\\s+(?:was|were|had been)\\s+)?(?:(?:any|the|a|an|such)\\s+|(?:reports?|claims?)\\s+(?:of|that)\\s+(?:a|an|the|any)?\\s*)?(?:[a-z]+\\s+)?(${NOUNS})\\b`,
  "i",
)
/** "No call took place", "the meeting did not take place", "the call never happened". */
const DID_NOT_HAPPEN = new RegExp(
  `\\b(?:no\\s+(?:such\\s+)?(${NOUNS})\\s+(?:took place|happened|occurred|was held)|(${NOUNS})(?:\\s+(?:with|between)\\s+[^.,;]{1,40}?)?\\s+(?:did not|didn't|never)\\s+(?:take place|happen|occur))\\b`,
  "i",
)

/**
 * Whether a sentence may hold an event: a verb of the table, or a denial or negation that may
 * name one. The pre-filter of extraction (src/claims/extract.ts), derived from the table.
 */
export const MAYBE_EVENT = new RegExp(
  `\\b(?:${EVENT_ACTIONS.flatMap((a) => a.verbs).join("|")}|${NOT}\\s+(?:${EVENT_ACTIONS.flatMap((a) => a.base).join("|")})|${DENY}|there\\s+(?:was|were|is|are|has been|have been|had been|will be)\\s+no|no\\s+(?:such\\s+)?[a-z]+(?:\\s+[a-z]+)?\\s+(?:took place|happened|occurred|was held)|(?:did not|didn't|never)\\s+(?:take place|happen|occur))\\b`,
  "i",
)

// Patterns of the functions below, compiled once.
const CLAUSE_BREAK = /[,;:]\s*/
const NAMED_AFTER =
  /^\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u
const POSSESSIVE_END = /['’]s$/u
/** Lower-case words after a possessive name: the name owns them ("Trump’s envoy"). */
const OWNED = /^\s+\p{Ll}/u
const PRESENT_S = /^[a-z]+s$/
const NOUN_AFTER =
  /^\s+(?:on|against|of|in|by|from|were|are|have|had|that|which|and|or|at|to|across|this|last|over)\b|^[,.;:]/i
const NOUN_BEFORE =
  /\b(?:the|a|an|of|that|these|those|its|their|his|her|our|drone|missile|rocket|air|artillery|glide|further|more|recent|new|such|and|or|deadly|massive|repeated|russian|ukrainian|israeli|military|terror|terrorist|cyber|suicide|retaliatory|two|three|several|many|any|no)\s+$/i
const PASSIVE = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/i
const BY_AGENT =
  /^\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u
const DENIED_BEFORE = new RegExp(`\\b${DENY_HAPPENED}\\b`, "i")
const BETWEEN =
  /^\s+between\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+and\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u
const WITH = /^\s+(?:with|to)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u

export interface EventFrame {
  readonly verb: string
  readonly action: string
  readonly actor: Entity | null
  readonly target: Entity | null
  readonly verbStart: number
  readonly negated: boolean
  /** The event stands on a negation, not on an actor ("there was no call"): it needs no target. */
  readonly existential: boolean
}

const NEGATION =
  /\b(did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|never|was not|were not|no)\s+(?:\w+\s+)?$/i

const NAME = /\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu
const NOT_A_NAME =
  /^(The|A|An|On|In|At|It|He|She|They|We|Later|Earlier|Meanwhile|However|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Several|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|There|This|That|These|Those|But|And|Also|Then|When|After|Before|While)$/

/**
 * A party named by a run of capitalised words: a person when the text makes it one (a title, a
 * given name, or any name not a side or a body with an action between people), else a body, else
 * the side. "Russian President Vladimir Putin": Vladimir Putin; "Russian forces": russia.
 */
function partyOf(run: string, human: boolean): Entity | null {
  const name = run.replace(POSSESSIVE_END, "").trim()
  const words = name.split(/\s+/)
  const rest = words.filter((w) => SIDES[w.toLowerCase()] === undefined && !isTitle(w))
  const side = sideIn(name)
  if (rest.length === 0 || SIDES[name.toLowerCase()] !== undefined)
    return side ? { name: side, key: side } : null
  if (isOrganisation(name)) return side ? { name: side, key: side } : entity(name)
  const titled = words.some(isTitle) || (rest.length >= 2 && isGivenName(rest[0]!))
  if (titled || human) return personEntity(rest.join(" "))
  return side ? { name: side, key: side } : entity(name)
}

/** Up to 120 characters before `at`, from a word's start (a cut word would lose its capital). */
function wordsBefore(sentence: string, at: number): string {
  let start = Math.max(0, at - 120)
  if (start > 0) {
    const space = sentence.indexOf(" ", start - 1)
    start = space === -1 || space >= at ? at : space + 1
  }
  return sentence.slice(start, at)
}

/** A capitalised plural the part-of-speech lexicon knows as a common noun ("Temperatures"). */
const commonWord = (w: string): boolean => {
  const lw = w.toLowerCase()
  // A plural only: a name may be a common word too ("Trump", "Rose").
  return lw !== w && lw.endsWith("s") && classesOf(lw).startsWith("N") && SIDES[lw] === undefined
}

/** The last capitalised run of a clause that is a name, or null. */
function lastName(clause: string): string | null {
  let name: string | null = null
  NAME.lastIndex = 0
  for (let x = NAME.exec(clause); x !== null; x = NAME.exec(clause)) {
    // "On Thursday Trump": the run's words that are not function or calendar words.
    // A common word capitalised at the start of the sentence ("Temperatures hit 113 degrees") is no name.
    const atStart = x.index === 0 && clause === clause.trimStart()
    const ws = x[1]!
      .split(/\s+/)
      .filter((w, i) => !NOT_A_NAME.test(w) && !(atStart && i === 0 && commonWord(w)))
    // "Trump’s special envoy arrives": the owner of what acts, not who acts.
    const owner = POSSESSIVE_END.test(x[1]!) && OWNED.test(clause.slice(x.index + x[0].length))
    name = ws.length > 0 && !owner ? ws.join(" ") : owner ? null : name
  }
  return name
}

/**
 * "attacks on Ukraine’s grid", "fired glide bombs in Odesa": a form that may be a noun (a noun
 * of the table, or any one-word verb in -s: "bombs", "visits") is read as a verb only where a
 * noun could not stand.
 */
function nounNotVerb(words: ActionWords, verb: string, before: string, after: string): boolean {
  const v = verb.toLowerCase()
  if (!words.nouns.includes(v) && !PRESENT_S.test(v)) return false
  return NOUN_AFTER.test(after) || NOUN_BEFORE.test(before)
}

/** The parties of a denied event named after its noun: "no conversation between Putin and Trump". */
function partiesAfter(rest: string, human: boolean): [Entity | null, Entity | null] {
  const b = BETWEEN.exec(rest)
  if (b) return [partyOf(b[1]!, human), partyOf(b[2]!, human)]
  const w = WITH.exec(rest)
  if (w) return [null, partyOf(w[1]!, human)]
  return [null, null]
}

/** A denied event named by its noun: "there was no call", "denied the call took place". */
function deniedNoun(sentence: string, attribution: readonly [number, number]): EventFrame | null {
  const m = EXISTENTIAL.exec(sentence) ?? NOUN_DENIAL.exec(sentence) ?? DID_NOT_HAPPEN.exec(sentence)
  if (m === null) return null
  const noun = (m[1] ?? m[2] ?? "").toLowerCase()
  const words = NOUN_ACTION.get(noun.replace(/\s+/g, " "))
  if (words === undefined) return null
  const at = m.index + m[0].toLowerCase().indexOf(noun)
  if (at >= attribution[0] && at < attribution[1]) return null
  const [actor, target] = partiesAfter(sentence.slice(at + noun.length), words.humanTarget)
  return {
    verb: m[0],
    action: words.action,
    actor,
    target,
    verbStart: m.index,
    negated: true,
    existential: true,
  }
}

export function findEvent(sentence: string, attribution: readonly [number, number]): EventFrame | null {
  for (const [words, re] of EVENT_VERBS) {
    const m = re.exec(sentence)
    if (!m || (m.index >= attribution[0] && m.index < attribution[1])) continue
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 80)
    const lead = sentence.slice(Math.max(0, m.index - 30), m.index)
    if (nounNotVerb(words, m[0], lead, after)) continue
    // A denial of an event named by its noun ("denied the call took place") is that event, denied.
    if (words.action === "reject") {
      const denied = deniedNoun(sentence, attribution)
      if (denied) return denied
    }
    const before = wordsBefore(sentence, m.index)
    const clause = before.split(CLAUSE_BREAK).pop() ?? before
    const passive = PASSIVE.test(clause)
    // Who did it: the name before the verb ("Trump called"), or after "by" in the passive.
    const agent = passive ? (BY_AGENT.exec(after)?.[1] ?? null) : lastName(clause)
    let actor = agent === null ? null : partyOf(agent, words.human)
    if (actor === null && !passive) {
      const side = sideIn(clause)
      actor = side ? { name: side, key: side } : null
    }
    // To whom: the name after the verb, or the name before a passive verb ("Kharkiv was hit").
    const patient = passive ? lastName(clause) : (NAMED_AFTER.exec(after)?.[1] ?? null)
    const target = patient === null ? null : partyOf(patient, words.humanTarget)
    const negated = NEGATION.test(before) || NEGATED_VERB.test(m[0])
    // No actor: an event only when a denial stands for one ("denied that any protesters had been arrested").
    const deniedBefore = actor === null && DENIED_BEFORE.test(sentence.slice(0, m.index))
    if (actor === null && !deniedBefore) {
      const denied = deniedNoun(sentence, attribution)
      if (denied) return denied
      continue
    }
    return {
      verb: m[0],
      action: words.action,
      actor,
      target,
      verbStart: m.index,
      negated: negated || deniedBefore,
      existential: deniedBefore,
    }
  }
  return deniedNoun(sentence, attribution)
}
