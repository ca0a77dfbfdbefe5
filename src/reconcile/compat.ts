/**
 * Whether two claims can be about the same thing, and how sure that is.
 *
 * - "no":     something both specify differs (the night, the city, the action, what is counted).
 * - "loose":  nothing differs, but one side leaves something unsaid (no place, no action, "three
 *             more drones"). A loose match may corroborate; it may never make a conflict, since
 *             the unsaid part may be what tells them apart (a part and its whole, another night).
 * - "strong": both say the same about everything that tells events apart.
 */
import { match } from "ts-pattern"
import { baseKey } from "../claims/entities.ts"
import { dayOf } from "../claims/time.ts"
import type { Claim, Entity, QuantityClaim } from "../domain/Claim.ts"

export type Compat = "no" | "loose" | "strong"

const worse = (a: Compat, b: Compat): Compat =>
  a === "no" || b === "no" ? "no" : a === "loose" || b === "loose" ? "loose" : "strong"

/** A claim's features that grouping compares, computed once. */
export interface Features {
  readonly claim: Claim
  readonly story: string | null
  readonly published: number | null
  /** The kind and what is counted or asserted: claims with different heads never meet. */
  readonly head: string
  readonly start: number | null
  readonly end: number | null
  /** Explicit time words: an undated fallback window is looser than a stated one. */
  readonly timed: boolean
}

export function featuresOf(c: Claim, story: string | null, published: string | null): Features {
  const head = match(c)
    .with({ _tag: "quantity" }, (q) => `q|${q.counted}|${q.unit ?? ""}|${q.currency ?? ""}`)
    .with({ _tag: "event" }, (e) => `e|${e.action}`)
    .with({ _tag: "attribute" }, (a) => `a|${a.attribute}`)
    .exhaustive()
  return {
    claim: c,
    story,
    published: published === null ? null : dayOf(published),
    head,
    start: c.time ? dayOf(c.time.start) : null,
    end: c.time ? dayOf(c.time.end) : null,
    timed: c.time?.text != null,
  }
}

function entities(a: Entity | null, b: Entity | null): Compat {
  if (a === null && b === null) return "strong"
  if (a === null || b === null) return "loose"
  return a.key === b.key ? "strong" : "no"
}

function places(a: Claim, b: Claim): Compat {
  if (a.aggregate !== b.aggregate) return a.places.length === 0 && b.places.length === 0 ? "loose" : "loose"
  if (a.places.length === 0 && b.places.length === 0) return "strong"
  if (a.places.length === 0 || b.places.length === 0) return "loose"
  const ka = new Set(a.places.map((p) => p.key))
  if (a.place && b.place && a.place.key === b.place.key) return "strong"
  if (b.places.some((p) => ka.has(p.key))) return "loose"
  const ba = new Set(a.places.map((p) => baseKey(p.key)))
  if (b.places.some((p) => ba.has(baseKey(p.key)))) return "loose"
  // "Paisley" and "Paisley High Street": one place inside the other, by name.
  const within = (x: string, y: string) => y.startsWith(`${x} `)
  if (a.places.some((p) => b.places.some((q) => within(p.key, q.key) || within(q.key, p.key)))) return "loose"
  return "no"
}

/** Qualifiers that make a figure loosely stated rather than about something else. */
const SOFT = new Set(["more", "part"])
const hard = (q: ReadonlyArray<string>) => q.filter((x) => !SOFT.has(x)).join()

function quantities(a: QuantityClaim, b: QuantityClaim): Compat {
  if (hard(a.qualifiers) !== hard(b.qualifiers)) return "no"
  let c: Compat =
    a.qualifiers.some((q) => SOFT.has(q)) || b.qualifiers.some((q) => SOFT.has(q)) ? "loose" : "strong"
  c = worse(c, a.action === b.action ? "strong" : a.action === null || b.action === null ? "loose" : "no")
  c = worse(c, entities(a.actor, b.actor))
  c = worse(c, entities(a.target, b.target))
  if (a.each !== b.each) c = worse(c, "loose")
  // Two figures that are both hedged ("could cut emissions 20%") are guesses, not rival facts.
  if (a.polarity === "hedged" && b.polarity === "hedged") c = worse(c, "loose")
  return c
}

/**
 * How two claims relate. The rule that two figures of one sentence are never the same figure is
 * the caller's (see group.ts), so that identical claims can be compared once.
 */
export function compat(fa: Features, fb: Features): Compat {
  const a = fa.claim
  const b = fb.claim
  if (fa.head !== fb.head) return "no"
  if (fa.story !== fb.story && fa.story !== null && fb.story !== null) return "no"
  if (fa.start !== null && fb.start !== null && fa.end !== null && fb.end !== null) {
    if (fa.start > fb.end || fb.start > fa.end) return "no"
  } else if ((fa.start === null) !== (fb.start === null)) return "no"
  let c: Compat = fa.timed && fb.timed ? "strong" : fa.timed || fb.timed ? "loose" : "strong"
  c = worse(c, places(a, b))
  if (c === "no") return c
  // A switch, not a pattern match: this is the innermost loop of grouping.
  if (a._tag === "quantity" && b._tag === "quantity") return worse(c, quantities(a, b))
  if (a._tag === "event" && b._tag === "event")
    return worse(c, worse(entities(a.actor, b.actor), entities(a.target, b.target)))
  if (a._tag === "attribute" && b._tag === "attribute") return c
  return "no"
}
