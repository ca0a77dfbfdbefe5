/**
 * Events: who did what to whom, where and when ("Trump had a phone call with Putin", "Ukrainian
 * drones struck a plant in Obukhovo", "Russia rejected Ukraine's assertion"), with a polarity.
 * Conservative by design: an event needs a verb of the table below and a side or named actor.
 */
import type { Entity } from "../domain/Claim.ts"
import { entity, sideIn } from "./entities.ts"
import { SIDES } from "./lexicon.ts"

// Patterns of the functions below, compiled once: a pattern written inside a function is a new
// object each time the function runs it.
const CLAUSE_BREAK = /[,;:]\s*/
const NAMED_AFTER = /^\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u
const POSSESSIVE_END = /['’]s$/u

export interface EventFrame {
  readonly verb: string
  readonly action: string
  readonly actor: Entity
  readonly target: Entity | null
  readonly verbStart: number
  readonly negated: boolean
}

const EVENT_VERBS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    "strike",
    /\b(struck|strikes|hit|hits|attacked|attacks|targeted|targets|shelled|shells|bombed|bombs|raided)\b/i,
  ],
  ["call", /\b(called|phoned|(?:had|held) a (?:phone )?call with|spoke (?:by phone )?(?:with|to))\b/i],
  ["meet", /\b(met|meets|(?:held|hold) talks with)\b/i],
  ["visit", /\b(visited|visits|arrived in|arrives in|landed in|lands in)\b/i],
  ["capture", /\b(captured|captures|seized|seizes|took control of)\b/i],
  ["reject", /\b(rejected|rejects|denied|denies|dismissed|dismisses|refuted)\b/i],
  ["sign", /\b(signed)\b/i],
  ["launch", /\b(launched|launches)\b/i],
]

const NEGATION =
  /\b(did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|never|was not|were not|no)\s+(?:\w+\s+)?$/i

const NAME = /\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu
const NOT_A_NAME =
  /^(The|A|An|On|In|At|It|He|She|They|We|Later|Earlier|Meanwhile|However|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Several)$/

export function findEvent(sentence: string, attribution: readonly [number, number]): EventFrame | null {
  for (const [action, re] of EVENT_VERBS) {
    const m = re.exec(sentence)
    if (!m || (m.index >= attribution[0] && m.index < attribution[1])) continue
    const before = sentence.slice(Math.max(0, m.index - 80), m.index)
    const clause = before.split(CLAUSE_BREAK).pop() ?? before
    // The actor: a side or a capitalised name in the words before the verb.
    const side = sideIn(clause)
    // The last capitalised name that is not a function word.
    let name: string | undefined
    NAME.lastIndex = 0
    for (let x = NAME.exec(clause); x !== null; x = NAME.exec(clause))
      if (!NOT_A_NAME.test(x[1]!)) name = x[1]!
    const actor: Entity | null = side
      ? { name: side, key: side }
      : name
        ? entity(name.replace(POSSESSIVE_END, ""))
        : null
    if (actor === null) continue
    const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 80)
    const t = NAMED_AFTER.exec(rest)
    const tname = t?.[1]?.replace(POSSESSIVE_END, "") ?? null
    const tside = tname ? (SIDES[tname.toLowerCase()] ?? null) : null
    const target: Entity | null = tname ? (tside ? { name: tside, key: tside } : entity(tname)) : null
    return { verb: m[0], action, actor, target, verbStart: m.index, negated: NEGATION.test(before) }
  }
  return null
}
