/**
 * Sides beyond countries, as data: the roles a claimant can hold in a dispute (police and
 * organisers of a protest, a company and a union in a strike, a government and those protesting
 * against it, a party about its own results), each with the words that name it, the disputes it is
 * a side of, and why.
 *
 * The rule (reconcile/index.ts): a claimant whose role is one of these is an interested party for
 * a claim when the claim's sentence is about a dispute of that role: the crowd sizes, arrests and
 * injuries of a protest for the police and the organisers; pay, offers, jobs and votes of a labour
 * dispute for the company and the union; a party's votes and seats. A role outside its disputes is
 * a witness like any other (the police giving a crash toll), and a body with no role (a health
 * department giving case counts, a coast guard giving a search figure, a geological survey giving
 * a magnitude) is never a side by this rule. Nothing here names an article, an event or an outlet.
 * Country sides stay in lexicon.ts (SIDES); a word that names a country is never a role.
 */
import { SIDES } from "./lexicon.ts"

export type Role = "police" | "organisers" | "company" | "government" | "party"

export interface RoleSide {
  readonly role: Role
  /** Words in a claimant's name that give it this role (first role that matches wins). */
  readonly names: RegExp
  /** Words in a claim's sentence that make it a figure or event of a dispute this role is a side of. */
  readonly disputes: RegExp
  readonly reason: string
}

/** A protest: its crowd, its marchers, its turnout, its clashes. ("March" the month is not a march.) */
const PROTEST =
  /\b(?:protest\w*|demonstrat\w*|marche[drs]|marching|rall(?:y|ies|ied)|crowds?|turnout|took to the streets|on the streets|riot\w*|unrest|clash\w*|strikers|walkouts?|on strike|industrial action|pickets?|picketing|tear gas|fires were lit|fires lit)/i
/** Arrests and detentions: what the police do, and what those arrested dispute. */
const ARRESTS = /\b(?:arrest\w*|detain\w*|detention|custody|crimes?|offen[cs]es)\b/i
/** A labour dispute: pay, offers, contracts, jobs, the strike and its votes. */
const LABOUR =
  /\b(?:pay|paid|wages?|salar(?:y|ies)|raises?|offers?|contracts?|pensions?|bonus(?:es)?|jobs?|layoffs?|laid off|job cuts|workforce|redundanc\w*|strikes?|strikers|walkouts?|ballots?|voted|votes?|union members|members)\b/i
/** A company's own results: what it reports of itself. */
const RESULTS =
  /\b(?:revenues?|profits?|loss(?:es)?|earnings|sales|cash|outflow|inflow|share price|per share|a share|deliveries|orders|output|quarter(?:ly)?)\b/i
/** An election or a ballot: votes, seats, results. */
const ELECTION =
  /\b(?:votes?|voted|voters|seats?|ballots?|turnout|results?|polls?|election\w*|majority|share of the vote|percentage points)\b/i

const either = (...rs: RegExp[]) => new RegExp(rs.map((r) => r.source).join("|"), "i")

/**
 * The roles, most specific first: the interior ministry is the police's side of a protest before
 * it is the government's; "the union" is the organisers' side whoever employs its members.
 */
export const ROLE_SIDES: ReadonlyArray<RoleSide> = [
  {
    role: "police",
    names:
      /\b(?:police|policemen|policewomen|gendarmes?|gendarmerie|interior ministry|interior minister|ministry of (?:the )?interior|minister of (?:the )?interior|home office|home secretary|law enforcement|prefecture|prefect|riot police|constabulary|sheriff'?s? (?:office|department))\b/i,
    disputes: either(PROTEST, ARRESTS),
    reason:
      "the police (and the ministry over them) keep order at a protest and make its arrests: their crowd counts, arrest and injury figures are one side's account",
  },
  {
    role: "organisers",
    names:
      /\b(?:organi[sz]ers|organi[sz]ing committee|(?<!european |soviet |african |postal )unions?|trade unions?|labou?r unions?|confederation of labou?r|federation of labou?r|trades union congress|teamsters|shop stewards?|strike committee)\b/i,
    disputes: either(PROTEST, LABOUR),
    reason:
      "organisers and unions call the protest or the strike: their turnout, crowd, vote and pay figures are one side's account",
  },
  {
    role: "company",
    names:
      /\b(?:company|firm|employers?|management|chief executive|ceo|planemaker|carmaker|automaker|manufacturer|retailer|airline)\b/i,
    disputes: either(LABOUR, RESULTS),
    reason:
      "a company is the employer in a labour dispute and the source of its own results: its pay, offer, job and financial figures are one side's account",
  },
  {
    role: "government",
    names:
      /\b(?:government|cabinet|ministry|ministers?|prime minister|premier|the presidency|president's office|elysee|élysée|downing street|white house|kremlin|government spokes\w+)\b/i,
    disputes: either(PROTEST, ARRESTS),
    reason:
      "a government is a side of the protests and strikes against it: its crowd, arrest and injury figures are one side's account",
  },
  {
    role: "party",
    names: /\b(?:party|campaign|candidate|coalition|opposition|the conservatives|the socialists)\b/i,
    disputes: ELECTION,
    reason: "a party or a campaign is a side of the vote it runs in: its own votes, seats and results",
  },
]

/** The role named by a claimant's name, or null. */
export function roleIn(name: string): RoleSide | null {
  for (const r of ROLE_SIDES) if (r.names.test(name)) return r
  return null
}

export const ROLES_BY_NAME = new Map<Role, RoleSide>(ROLE_SIDES.map((r) => [r.role, r]))

/**
 * Names the run teaches: a union's name ("the CGT union", "IAM 751, the machinists union",
 * "General Confederation of Labour (CGT)") makes its acronym and its head word a union's ("the
 * CGT", "the Confederation"); a company's ("Boeing, the company,", "Boeing's workforce", "Acme
 * Inc") makes its name a company's. Read from the sentences of the run's claims.
 */
export interface LearnedRoles {
  readonly unions: Set<string>
  readonly companies: Set<string>
}

const NAME = "(\\p{Lu}[\\p{L}\\p{Lu}&'-]*(?:\\s+\\p{Lu}[\\p{L}&'-]*){0,3})"
const ACRONYM = "(\\p{Lu}{2,6})"
const UNION_CUES: ReadonlyArray<RegExp> = [
  // "the CGT union", "the IAM machinists union", "IAM District 751 union"
  new RegExp(`\\b${ACRONYM}(?:\\s+(?:District|Local)?\\s*\\d+)?\\s+(?:[\\p{Ll}']+\\s+){0,2}unions?\\b`, "gu"),
  // "IAM 751, the machinists union"
  new RegExp(`\\b${ACRONYM}(?:\\s+\\d+)?,\\s+(?:the|a|its)\\s+(?:[\\p{L}']+\\s+){0,3}unions?\\b`, "gu"),
  // "General Confederation of Labour (CGT)"
  /\b(?:Union|Confederation|Federation|Congress|Association)\b[^()]{0,60}\((\p{Lu}{2,6})\)/gu,
]
/** Head words of a union's name, learned when the run names such a union in full. */
const UNION_HEAD =
  /\b(Confederation|Federation|Congress|Association)\s+of\s+(?:[\p{Lu}][\p{L}]*\s+(?:and\s+)?){0,4}?(?:Labou?r|Workers|Trade|Trades|Machinists|Employees)\b/gu
const COMPANY_CUES: ReadonlyArray<RegExp> = [
  // "Boeing, the company," "Acme, the planemaker"
  new RegExp(
    `\\b${NAME},\\s+the\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:company|firm|planemaker|carmaker|automaker|manufacturer|retailer|airline|employer|giant|conglomerate|corporation)\\b`,
    "gu",
  ),
  // "Boeing's workforce", "Boeing's unionized machinists", "Boeing executives"
  new RegExp(
    `\\b${NAME}(?:['’]s)?\\s+(?:unioni[sz]ed\\s+)?(?:workforce|employees|machinists|shareholders|executives|chief executive|CEO|board|management|factory workers|plants?|factories)\\b`,
    "gu",
  ),
  // "Acme Inc", "Acme Corp."
  new RegExp(`\\b${NAME}\\s+(?:Inc|Corp|Corporation|Co|Ltd|plc|PLC|LLC|GmbH|AG|SA)\\b`, "gu"),
]

/** Words one of which every COMPANY_CUES match holds: a sentence without any is not scanned. */
const MAY_NAME_COMPANY =
  /company|firm|planemaker|carmaker|automaker|manufacturer|retailer|airline|employer|giant|conglomerate|corporation|workforce|employees|machinists|shareholders|executive|CEO|board|management|workers|plant|factor|Inc|Corp|Co\b|Ltd|plc|PLC|LLC|GmbH|AG\b|SA\b/

/** Words that start a name but are not the company's (determiners, roles, countries). */
const NOT_A_NAME = /^(?:the|a|an|its|his|her|their|new|under|as|while|when|after|on|in|for)$/i

export const learnedRoles = (): LearnedRoles => ({ unions: new Set(), companies: new Set() })

/** Learns from one sentence (see LearnedRoles). Cheap on a sentence that names neither. */
export function learnFrom(sentence: string, into: LearnedRoles): void {
  if (/unions?\b|\(\p{Lu}{2,6}\)/u.test(sentence)) {
    for (const cue of UNION_CUES)
      for (const m of sentence.matchAll(cue))
        if (SIDES[m[1]!.toLowerCase()] === undefined) into.unions.add(m[1]!.toLowerCase())
  }
  if (/Confederation|Federation|Congress|Association/.test(sentence))
    for (const m of sentence.matchAll(UNION_HEAD)) into.unions.add(m[1]!.toLowerCase())
  if (MAY_NAME_COMPANY.test(sentence))
    for (const cue of COMPANY_CUES)
      for (const m of sentence.matchAll(cue)) {
        const ws = m[1]!.split(/\s+/)
        while (ws.length > 0 && NOT_A_NAME.test(ws[0]!)) ws.shift()
        const name = ws
          .join(" ")
          .replace(/['’]s$/u, "")
          .toLowerCase()
        if (name !== "" && SIDES[name] === undefined && roleIn(name) === null) into.companies.add(name)
      }
}

const ARTICLES = /^(?:the|a|an)\s+/i

/**
 * The role of a claimant by its name: a role word in it ("police", "the CGT union", "the
 * company"), or a name the run taught ("the CGT", "the Confederation", "Boeing").
 */
export function roleOf(name: string, learned: LearnedRoles): RoleSide | null {
  const r = roleIn(name)
  if (r !== null) return r
  const bare = name
    .replace(ARTICLES, "")
    .replace(/['’]s$/, "")
    .toLowerCase()
  if (learned.companies.has(bare)) return ROLES_BY_NAME.get("company")!
  if (learned.unions.size > 0) {
    // "the CGT", "the Confederation", "IAM members", "IAM District 751"
    const first = bare.split(/\s+/)[0] ?? ""
    if (learned.unions.has(bare) || learned.unions.has(first)) return ROLES_BY_NAME.get("organisers")!
  }
  return null
}

/** Title words that may stand before a person's name and say their role ("Interior Minister"). */
const TITLE_BEFORE =
  /((?:(?:\p{Lu}[\p{L}'’-]*|interior|minister|ministry|police|chief|union|company|spokes(?:man|woman|person)|secretary|home|party|leader|president|of|the)\s+){1,6})$/u

/**
 * The role of one mention of a claimant in its sentence: its name, or the title before it
 * ("French Interior Minister Gérald Darmanin", "CGT leader Sophie Binet").
 */
export function roleOfMention(sentence: string, name: string, learned: LearnedRoles): RoleSide | null {
  const r = roleOf(name, learned)
  if (r !== null) return r
  const at = sentence.indexOf(name)
  if (at <= 0) return null
  const title = TITLE_BEFORE.exec(sentence.slice(Math.max(0, at - 60), at))
  return title === null ? null : roleOf(`${title[1]!}${name}`, learned)
}
