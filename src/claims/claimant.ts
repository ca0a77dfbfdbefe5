/**
 * Who says it: "X said", "according to X", "X told Y", "X claimed", "X wrote on Telegram",
 * "said X", and anonymous sources ("a source told", "sources in military intelligence",
 * "people familiar with"). When no one is named, the outlet stands behind the claim.
 */
import type { Claimant } from "../domain/Claim.ts"
import { entityKey, phoneticOf, sideIn } from "./entities.ts"
import { ANONYMOUS, ROLES, SAY_VERBS, SIDES } from "./lexicon.ts"

// Patterns of the functions below, compiled once: a pattern written inside a function is a new
// object each time the function runs it.
const ARTICLE = /^(the|a|an)$/i
const DETERMINER_END = /\b(?:the|a|an)$/i
const AUXILIARY = /\b(was|were|is|are|had|has|have|been|will|would|could|did|does)\b/i
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u
const GROUP_NOUN =
  /^(?:the\s+)?(?:\w+\s+)?(officials|authorities|police|rescuers|witnesses|residents|analysts|experts|reports|media)$/i
const LEADING_CONJUNCTION =
  /^(?:and|but|while|as|so|then|which|who|where|when|after|because|since|if|although|though|whereas)\s+/i
const SAID_IN =
  /\s+(?:in|on|at|during|to|from|with)\s+(?:a|an|the|his|her|its|their)?\s*(?:statement|post|interview|speech|briefing|address|video|message)\b.*$/i
const SPACES = /\s+/
const SPEAKER_START =
  /^(?:\p{Lu}|the\b|a\b|an\b|two\b|three\b|several\b|regional\b|local\b|officials?\b|authorities\b|police\b|sources?\b|people\b|analysts\b|experts\b|witnesses\b|residents\b|rescuers\b|state\b|military\b|russian\b|ukrainian\b)/iu

export interface FoundClaimant {
  readonly claimant: Claimant
  /** Where the attribution stands in the sentence, so that its words are not read as the claim's. */
  readonly start: number
  readonly end: number
  readonly verb: string | null
}

const SAY = `(?:${SAY_VERBS})`
const NP = '([^,;:"“”()]{2,90}?)'
// "..., the Russian Defence Ministry said on Friday."  "...” Starmer said."
const TRAILING = new RegExp(
  `(?:[,;:"”]\\s*|\\s[–—-]\\s)${NP}\\s+(?:also\\s+|later\\s+|previously\\s+|has\\s+|had\\s+|have\\s+)?(${SAY})\\b[^,;:"“”]{0,40}[.!?"”']*$`,
  "u",
)
// "..., said Zelensky."
const INVERTED = new RegExp(`[,"”]\\s*(${SAY})\\s+${NP}[.!?"”']*$`, "u")
// "Moscow Mayor Sergei Sobyanin reported that ...", "Zelensky said Russia fired ..."
const LEADING = new RegExp(
  `^(?:(?:On|In|Meanwhile|Also|However|But|And|Later|Earlier|Separately|Overnight|Previously)\\b[^,]{0,40},\\s*)?${NP}\\s+(?:also\\s+|later\\s+|earlier\\s+|previously\\s+|has\\s+|had\\s+|have\\s+|then\\s+)?(${SAY})\\b`,
  "u",
)
/**
 * "Darmanin, speaking to the CNews channel on Friday morning, also said ...": a speaker, a phrase
 * set off by commas, and the verb.
 */
const LEADING_APPOSED = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}),\\s+[^,;:"“”]{3,80},\\s+(?:also\\s+|later\\s+|then\\s+)?(${SAY})\\b`,
  "u",
)
/** "... and Interior Minister Gérald Darmanin said 903 fires were lit": a speaker after "and" or "but". */
const JOINED = new RegExp(
  `[,;]?\\s(?:and|but)\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}\\p{Lu}[\\p{L}'’.-]*)\\s+(?:also\\s+|later\\s+)?(${SAY})\\b`,
  "u",
)
/** A verb of saying, as the three patterns above read it (same flags). */
const SAYS = new RegExp(`${SAY}\\b`, "u")
const ACCORDING = /\b[Aa]ccording to\s+([^,;:.“”"()]{2,80})/u
/** A figure's bound words, between a verb of counting and its digits. */
const BOUND =
  "(?:(?:about|around|some|nearly|almost|roughly|approximately|more than|over|at least|at most|up to|just over|just under|fewer than|less than)\\s+)?"
/**
 * Counting in a speaker's name: "Police put the crowd at 4,000", "The interior ministry counted
 * 119,000 protesters". No verb of saying, yet the figure is the speaker's.
 */
const COUNTING = new RegExp(
  `^(?:(?:On|In|Meanwhile|Also|However|But|And|Later|Earlier|Separately|Overnight|Previously)\\b[^,]{0,40},\\s*)?${NP}\\s+(?:also\\s+|later\\s+|earlier\\s+|had\\s+|have\\s+|has\\s+)?(puts?(?=\\s+(?:the|its|their)\\s+[^,;]{1,50}?\\s+at\\s+${BOUND}\\d)|counted(?=\\s+${BOUND}\\d)|counts(?=\\s+${BOUND}\\d))`,
  "u",
)
/** A figure and the noun it counts ("50 people", "800,000 protesters"): after a verb of saying, a statement. */
const OWN_FIGURE = /\d\s+\p{Ll}/u
const MAY_COUNT = /\b(?:put|puts|counted|counts)\b/

const ORG_HEAD =
  /\b(ministry|department|office|agency|service|police|army|forces|military|kremlin|council|committee|administration|command|staff|guard|institute|commission|government|authorities|officials|spokesman|spokesperson|spokeswoman|media|newspaper|post|times|agency|broadcaster|network|news|channel|court|prosecutors?|parliament|duma|ministry's|team|company|group|operator|emergency|emergencies|rescuers|firefighters|witnesses|residents|analysts|experts|sources?|reports?)\b/i

const PRONOUN =
  /^(he|she|they|it|we|i|you|who|which|this|that|there|these|those|one|some|others?|many|both|as|so|then|also|but|and|if|when|while|because|reports?)$/i

/**
 * Words one of which every ANONYMOUS match contains (same flags, so the same case folding): a
 * sentence without any of them cannot match, and the costly pattern is not run on it.
 */
const MAYBE_ANONYMOUS = /source|insider|official|diplomat|familiar|anonymity|named|identified/iu

/**
 * Who a sentence names as its source, read from the sentence alone: a named speaker, an anonymous
 * one, or none (the outlet then stands behind the claim). `claimantOf` makes the claimant of it
 * for one document; this part can be read once for a sentence that several documents carry.
 */
export interface Attribution {
  readonly kind: "named" | "anonymous" | "none"
  /** The speaker as written: the noun phrase, or the anonymous source's words. */
  readonly name: string
  readonly start: number
  readonly end: number
  readonly verb: string | null
}

/** Finds the claimant of a sentence; `outlet` when no one is named. */
export function findClaimant(sentence: string, outlet: string | null, documentId: string): FoundClaimant {
  return claimantOf(findAttribution(sentence), outlet, documentId)
}

/** The claimant of an attribution in one document (unnamed and anonymous sources are per document). */
export function claimantOf(a: Attribution, outlet: string | null, documentId: string): FoundClaimant {
  const claimant: Claimant =
    a.kind === "named"
      ? named(a.name, documentId)
      : a.kind === "anonymous"
        ? { name: a.name, key: `anonymous:${documentId}:${a.start}`, kind: "anonymous", side: sideIn(a.name) }
        : { name: outlet ?? "the outlet", key: `outlet:${outlet ?? documentId}`, kind: "outlet", side: null }
  return { claimant, start: a.start, end: a.end, verb: a.verb }
}

/** Who `sentence` names as its source (see Attribution). */
export function findAttribution(sentence: string): Attribution {
  const maybeAnonymous = MAYBE_ANONYMOUS.test(sentence)
  const anon = maybeAnonymous ? ANONYMOUS.exec(sentence) : null
  const attributions: Array<{ np: string; start: number; end: number; verb: string | null }> = []
  // TRAILING, INVERTED and LEADING each need a verb of saying: without one, none is run.
  const maySay = SAYS.test(sentence)
  const t0 = maySay ? TRAILING.exec(sentence) : null
  // ", while organisers said 50 people were hurt.": a clause with its own figure, not a sign-off.
  const t = t0 !== null && OWN_FIGURE.test(t0[0].slice(t0[0].lastIndexOf(t0[2]!) + t0[2]!.length)) ? null : t0
  if (t) attributions.push({ np: t[1]!, start: t.index, end: sentence.length, verb: t[2] ?? null })
  const inv = maySay ? INVERTED.exec(sentence) : null
  if (inv) attributions.push({ np: inv[2]!, start: inv.index, end: sentence.length, verb: inv[1] ?? null })
  const acc = ACCORDING.exec(sentence)
  if (acc)
    attributions.push({ np: acc[1]!, start: acc.index, end: acc.index + acc[0].length, verb: "according to" })
  const lead = maySay ? LEADING.exec(sentence) : null
  if (lead)
    attributions.push({
      np: lead[1]!,
      start: lead.index,
      end: lead.index + lead[0].length,
      verb: lead[2] ?? null,
    })
  const apposed = maySay && lead === null ? LEADING_APPOSED.exec(sentence) : null
  if (apposed)
    attributions.push({
      np: apposed[1]!,
      start: apposed.index,
      end: apposed.index + apposed[0].length,
      verb: apposed[2] ?? null,
    })
  const joined = maySay && attributions.length === 0 ? JOINED.exec(sentence) : null
  if (joined)
    attributions.push({
      np: joined[1]!,
      start: joined.index,
      end: joined.index + joined[0].length,
      verb: joined[2] ?? null,
    })
  const counting = MAY_COUNT.test(sentence) ? COUNTING.exec(sentence) : null
  if (counting)
    attributions.push({
      np: counting[1]!,
      start: counting.index,
      end: counting.index + counting[0].length,
      verb: counting[2] ?? null,
    })

  for (const a of attributions) {
    const np = cleanNp(a.np)
    if (np === null) continue
    const anonymous =
      (maybeAnonymous && ANONYMOUS.test(np)) || (anon !== null && anon.index >= a.start && anon.index < a.end)
    return { kind: anonymous ? "anonymous" : "named", name: np, start: a.start, end: a.end, verb: a.verb }
  }
  if (anon) {
    return {
      kind: "anonymous",
      name: anon[0],
      start: anon.index,
      end: anon.index + anon[0].length,
      verb: null,
    }
  }
  return { kind: "none", name: "", start: sentence.length, end: sentence.length, verb: null }
}

/** A noun phrase that can be a speaker, trimmed; null when it cannot ("it", a whole clause). */
function cleanNp(raw: string): string | null {
  let np = raw.trim().replace(LEADING_CONJUNCTION, "")
  np = np.replace(SAID_IN, "")
  const ws = np.split(SPACES)
  if (ws.length === 0 || ws.length > 9) return null
  if (ws.length === 1 && PRONOUN.test(ws[0]!)) return null
  // "leaving an estimated 34 people": an adjective, not a speaker and a verb of saying.
  if (DETERMINER_END.test(np)) return null
  // A speaker starts with a capital, a determiner or a role word; a clause with a verb is no speaker.
  if (!SPEAKER_START.test(np)) return null
  if (AUXILIARY.test(np) && !ORG_HEAD.test(np)) return null
  return np
}

const isRole = (w: string) => ROLES.has(w.toLowerCase()) || SIDES[w.toLowerCase()] !== undefined

/**
 * Named claimants already read, by noun phrase: the same speakers recur sentence after sentence
 * and outlet after outlet. Pure, so remembering changes nothing; each caller gets its own copy.
 * Only unnamed officials are keyed per document: those are read again for each.
 */
const NAMED = new Map<string, Claimant>()

function named(np: string, documentId: string): Claimant {
  let c = NAMED.get(np)
  if (c === undefined) {
    c = readNamed(np, null)
    if (NAMED.size >= 20_000) NAMED.clear()
    NAMED.set(np, c)
  }
  if (c.key.startsWith("generic:")) return readNamed(np, documentId)
  return { name: c.name, key: c.key, kind: c.kind, side: c.side }
}

/** A named claimant: a person keyed by surname sound, a body by its canonical words. */
function readNamed(np: string, documentId: string | null): Claimant {
  const side = sideIn(np)
  const ws = np
    .replace(/['’]s\b/g, "")
    .split(SPACES)
    .filter(Boolean)
  const isOrg = ORG_HEAD.test(np)
  // A person: the trailing run of capitalised words that are not roles ("Moscow Mayor Sergei Sobyanin").
  let i = ws.length
  while (i > 0 && CAPITALISED.test(ws[i - 1]!) && !isRole(ws[i - 1]!)) i--
  const person = ws.slice(Math.max(i, ws.length - 3))
  if (!isOrg && person.length >= 1 && person.length <= 4) {
    const surname = person[person.length - 1]!
    return {
      name: person.join(" "),
      key: `person:${phoneticOf(surname.toLowerCase()) || surname.toLowerCase()}`,
      kind: "named",
      side,
    }
  }
  if (GROUP_NOUN.test(np)) {
    // Unnamed officials are not one witness across outlets: keyed per document.
    return { name: np, key: `generic:${np.toLowerCase()}:${documentId}`, kind: "named", side }
  }
  const body = ws.filter((w) => !ARTICLE.test(w) && SIDES[w.toLowerCase()] === undefined).join(" ")
  return {
    name: np.replace(/^the\s+/i, ""),
    key: `body:${side ?? "?"}:${entityKey(body || np)}`,
    kind: "named",
    side,
  }
}

/** Whether two claimants are the same, allowing an unknown side on one of them. */
export function sameClaimant(a: Claimant, b: Claimant): boolean {
  if (a.kind !== "named" || b.kind !== "named") return false
  if (a.key === b.key) return true
  const [pa, pb] = [a.key.split(":"), b.key.split(":")]
  return pa[0] === "body" && pb[0] === "body" && pa[2] === pb[2] && (pa[1] === "?" || pb[1] === "?")
}

/**
 * Per-figure claimants: "Police put the crowd at 8,000, organisers at 50,000", "The interior
 * ministry counted 119,000 protesters, while the CGT union claimed 800,000", "119,000 according to
 * the ministry and 800,000 according to the CGT". Each figure's speaker is the nearest attribution
 * in its clause:
 *
 * - "according to X" in the clause, or opening the next one ("N, according to X");
 * - "X said / claimed / counted / estimated / put ... N", X opening the clause (after "while",
 *   "whereas", "but");
 * - "X at N", when an earlier clause of the sentence put its figure "at" ("organisers at 50,000");
 * - a clause that opens with the verb ("..., whereas the CGT, which counts on the unions' behalf,
 *   declared 3.5 million"): X is the clause before it, past relative clauses.
 *
 * A figure with none of these keeps the sentence's attribution. Only sentences with two figures or
 * more and two speakers' words or more are read (the rest return null at the cost of a pattern);
 * null too when every figure keeps the sentence's attribution.
 */
export function figureAttributions(
  sentence: string,
  figures: ReadonlyArray<{ readonly at: number }>,
  whole: Attribution,
): ReadonlyArray<Attribution> | null {
  if (figures.length < 2 || !twoSpeakers(sentence)) return null
  let found = PER_FIGURE.get(sentence)
  if (found === undefined) {
    found = readPerFigure(sentence)
    if (PER_FIGURE.size >= 20_000) PER_FIGURE.clear()
    PER_FIGURE.set(sentence, found)
  }
  if (found.length === 0) return null
  let differs = false
  const out = figures.map((f) => {
    const c = found.find((x) => f.at >= x.from && f.at < x.to)
    if (c === undefined || c.a.name === whole.name) return whole
    differs = true
    return c.a
  })
  return differs ? out : null
}

/** Words of a speaker: a verb of saying or counting, "according to", or "X at N" after a comma. */
const SPEAKER_WORDS = new RegExp(
  `\\b(?:${SAY_VERBS}|according to|put|puts|counted|counts|gave)\\b|,\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}\\s+at\\s+${BOUND}\\d`,
  "giu",
)

function twoSpeakers(sentence: string): boolean {
  SPEAKER_WORDS.lastIndex = 0
  return SPEAKER_WORDS.exec(sentence) !== null && SPEAKER_WORDS.exec(sentence) !== null
}

/** Each clause's own attribution, by the clause's offsets; remembered by sentence. */
interface ClauseAttribution {
  readonly from: number
  readonly to: number
  readonly a: Attribution
}
const PER_FIGURE = new Map<string, ReadonlyArray<ClauseAttribution>>()

/** Where a clause ends: a comma or a semicolon before a space, "while", "whereas", "and" before a figure. */
const CLAUSE_BREAK = /[,;:]\s+|\s+(?:while|whereas|but)\s+|\s+and\s+(?=\d|according\b)/giu
const CLAUSE_SAYS = new RegExp(
  `^(.{2,90}?)\\s+(?:also\\s+|has\\s+|had\\s+)?(${SAY}|puts?|counted|counts|gave|estimated)\\b`,
  "u",
)
const CLAUSE_VERB_FIRST = new RegExp(`^(?:also\\s+)?(${SAY}|puts?|counted|counts|gave)\\b`, "u")
const CLAUSE_AT = new RegExp(`^((?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2})\\s+at\\s+${BOUND}\\d`, "u")
const CLAUSE_ACCORDING = /\baccording to\s+(.{2,80}?)\s*$/iu
const CLAUSE_ACCORDING_FIRST = /^according to\s+(.{2,80}?)\s*$/iu
/** A speaker in lower case, of up to four words ("organisers", "protest organisers"): no pronoun, no figure. */
const BARE_SPEAKER =
  /^(?!(?:he|she|they|it|we|i|you|who|which|this|that|there|these|those|one|some|with|in|on|at|for|from|by|of|to|as|than|including|among|about)\b)(?:the\s+)?\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}$/iu
const CLAUSE_CONJUNCTION = /^(?:and|but|while|whereas|although|though|yet|so|then)\s+/i
const RELATIVE = /^(?:which|who|whose|where)\b/i

function readPerFigure(sentence: string): ReadonlyArray<ClauseAttribution> {
  // Clauses: [from, to) with their text, conjunctions stripped.
  const clauses: Array<{ from: number; to: number; text: string; start: number; and: boolean }> = []
  let from = 0
  let and = false
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(sentence); ; m = CLAUSE_BREAK.exec(sentence)) {
    const to = m === null ? sentence.length : m.index
    const raw = sentence.slice(from, to)
    const lead = CLAUSE_CONJUNCTION.exec(raw)
    const cut = lead === null ? 0 : lead[0].length
    clauses.push({ from, to, text: raw.slice(cut).replace(/[.!?"”']+$/u, ""), start: from + cut, and })
    if (m === null) break
    from = m.index + m[0].length
    and = m[0].trim() === "and"
  }
  const out: ClauseAttribution[] = []
  let putAt = false
  const named = (np: string, start: number, end: number, verb: string | null): Attribution | null => {
    const clean = cleanNp(np) ?? (BARE_SPEAKER.test(np.trim()) && !AUXILIARY.test(np) ? np.trim() : null)
    if (clean === null || clean === "") return null
    const anonymous = MAYBE_ANONYMOUS.test(clean) && ANONYMOUS.test(clean)
    return { kind: anonymous ? "anonymous" : "named", name: clean, start, end, verb }
  }
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!
    let a: Attribution | null = null
    const acc = CLAUSE_ACCORDING.exec(c.text)
    const says = acc === null ? CLAUSE_SAYS.exec(c.text) : null
    if (acc !== null) a = named(acc[1]!, c.start + acc.index, c.start + c.text.length, "according to")
    else if (says !== null && !CLAUSE_VERB_FIRST.test(c.text)) {
      a = named(says[1]!, c.start, c.start + says[0].length, says[2]!)
      if (a !== null && /^puts?$/.test(says[2]!)) putAt = true
    } else if (CLAUSE_VERB_FIRST.test(c.text)) {
      // The speaker is the clause before, past relative clauses.
      let j = i - 1
      while (j >= 0 && RELATIVE.test(clauses[j]!.text)) j--
      const subject = j >= 0 ? clauses[j]! : null
      if (subject !== null && j < i - 1)
        a = named(
          subject.text,
          subject.start,
          c.start + (CLAUSE_VERB_FIRST.exec(c.text)?.[0].length ?? 0),
          null,
        )
    } else if (putAt) {
      const at = CLAUSE_AT.exec(c.text)
      if (at !== null) a = named(at[1]!, c.start, c.start + at[1]!.length, null)
    }
    if (a === null) {
      // "N, according to X": the next clause names the speaker.
      const next = clauses[i + 1]
      const first = next === undefined ? null : CLAUSE_ACCORDING_FIRST.exec(next.text)
      if (first !== null) a = named(first[1]!, next!.start, next!.start + next!.text.length, "according to")
    }
    // "X said 30 drones and 5 missiles": a figure joined by "and" is the same speaker's.
    const before = out[out.length - 1]
    if (a === null && c.and && before !== undefined && before.to === clauses[i - 1]!.to) a = before.a
    if (a !== null) out.push({ from: c.from, to: c.to, a })
  }
  return out
}

/**
 * Whether two claims of one sentence may be rival figures of one thing: each has its own speaker
 * (per-figure claimants, figureAttributions), named or anonymous, and they are not the same
 * ("Police put the crowd at 8,000, organisers at 50,000"). Figures the outlet or one speaker
 * gives in one sentence stay two things (group.ts: "no member comes from its own sentence").
 */
export function rivalClaimants(a: Claimant, b: Claimant): boolean {
  return a.kind !== "outlet" && b.kind !== "outlet" && a.key !== b.key && !sameClaimant(a, b)
}
