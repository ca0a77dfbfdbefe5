/**
 * The registry of claim semantics: what the reader knows about the words of figures, as data, one
 * entry per action and per thing, each with the reason it is there. Everything else is derived
 * from it: the patterns that find actions, the cheap pre-filters, which figures are running totals
 * or casualties, which actions are hostile, and how the report names them.
 *
 * The vocabulary is open. A figure whose noun or verb is not listed here is still read: its noun
 * phrase's head is what it counts ("17,000 jobs", "903 fires") and the verb that governs it is its
 * action ("walked off", "lit"). The entries below only refine that: they make two wordings one
 * ("wounded" = "injured", "homes" = "houses"), say what a word implies ("bodies" are people
 * killed), and which figures move over time ("the death toll rose to 34").
 *
 * A user adds entries for a beat without code: `--lexicon FILE.yaml` (see extend()).
 */

/** How a running total moves over publication time: deaths only rise; people missing may fall. */
export type Running = "rises" | "either"

export interface ActionEntry {
  /** Surface forms, lower case, single spaces; several words allowed ("shot down"). */
  readonly forms: ReadonlyArray<string>
  /** What a figure of this action counts when no noun says: "Four were hospitalised" (people). */
  readonly counts?: string
  /** Its figures are running totals that move over publication time in this direction. */
  readonly running?: Running
  /** A casualty figure (the report puts these first). */
  readonly casualty?: boolean
  /** A side that reports it about its own war is an interested party. */
  readonly hostile?: boolean
  /** Only weapons are shot down: the action of another thing is "struck". */
  readonly arms?: boolean
  /** The words of the report: "Drones shot down". */
  readonly words: string
  readonly reason: string
}

/**
 * The known actions. Order matters where two share words: the first listed wins ("destroyed" is
 * shot-down for drones, struck for buildings, see quantity.ts).
 */
const BUILT_IN = {
  "shot-down": {
    forms: [
      "shot down",
      "shoot down",
      "shooting down",
      "shoots down",
      "downed",
      "downing",
      "intercepted",
      "intercepting",
      "intercept",
      "destroyed",
      "destroying",
      "neutralised",
      "neutralized",
      "repelled",
      "brought down",
    ],
    arms: true,
    hostile: true,
    words: "shot down",
    reason: "air defence reports: drones and missiles downed or intercepted",
  },
  launched: {
    forms: [
      "launched",
      "launching",
      "launches",
      "launch",
      "fired",
      "firing",
      "unleashed",
      "sent",
      "attacked",
      "used",
      "dropped",
      "dropping",
    ],
    hostile: true,
    words: "launched",
    reason: "an attack's size: drones, missiles, shells fired",
  },
  killed: {
    forms: [
      "killed",
      "killing",
      "kills",
      "kill",
      "dead",
      "died",
      "die",
      "dying",
      "deaths",
      "death toll",
      "death",
      "lost their lives",
      "fatalities",
      "perished",
      "massacred",
      "drowned",
    ],
    counts: "person",
    running: "rises",
    casualty: true,
    hostile: true,
    words: "killed",
    reason: "the death toll of any event; it only rises as bodies are found",
  },
  injured: {
    forms: [
      "injured",
      "injuring",
      "injures",
      "wounded",
      "wounding",
      "hurt",
      "injuries",
      "injury",
      "casualties",
    ],
    counts: "person",
    running: "rises",
    casualty: true,
    hostile: true,
    words: "injured",
    reason: "people hurt; wounded = injured; the count rises as reports come in",
  },
  hospitalised: {
    forms: [
      "hospitalised",
      "hospitalized",
      "taken to hospital",
      "taken to a hospital",
      "taken to hospitals",
      "taken to the hospital",
      "taken to local hospitals",
      "hospitalisation",
      "hospitalization",
      "in hospital",
    ],
    counts: "person",
    running: "either",
    casualty: true,
    words: "hospitalised",
    reason: "people in hospital: a state that rises and falls",
  },
  evacuated: {
    forms: ["evacuated", "evacuating", "evacuation", "evacuate", "displaced", "fled", "forced to flee"],
    counts: "person",
    running: "rises",
    words: "evacuated",
    reason: "people moved from danger; displaced = evacuated",
  },
  captured: {
    forms: [
      "captured",
      "capturing",
      "capture",
      "seized",
      "seizing",
      "took control of",
      "taken control of",
      "liberated",
    ],
    hostile: true,
    words: "captured",
    reason: "territory or people taken",
  },
  exchanged: {
    forms: ["swapped", "swapping", "swap", "exchanged", "exchange", "exchanging"],
    counts: "person",
    words: "exchanged",
    reason: "prisoner exchanges",
  },
  released: {
    forms: ["released", "freed", "releasing", "freeing", "returned home"],
    counts: "person",
    words: "released",
    reason: "people freed",
  },
  arrested: {
    forms: ["arrested", "arresting", "arrests", "detained", "detaining", "taken into custody"],
    counts: "person",
    running: "rises",
    words: "arrested",
    reason: "arrests at a protest or in a crackdown; the count rises over a day",
  },
  missing: {
    forms: ["missing", "unaccounted for", "lost at sea", "feared dead"],
    counts: "person",
    running: "either",
    casualty: true,
    words: "missing",
    reason: "people missing: falls as bodies or survivors are found, rises as reports come in",
  },
  rescued: {
    forms: ["rescued", "saved", "pulled alive"],
    counts: "person",
    running: "rises",
    words: "rescued",
    reason: "survivors brought out",
  },
  suspended: {
    forms: ["suspended", "suspending", "closed", "closing", "halted", "cancelled", "canceled", "shut"],
    words: "suspended",
    reason: "flights, services, airports stopped",
  },
  "on-strike": {
    forms: [
      "on strike",
      "went on strike",
      "walked off",
      "walked out",
      "walkout",
      "striking workers",
      "strike by",
    ],
    counts: "person",
    words: "on strike",
    reason: "a strike's size: workers who walked off",
  },
  struck: {
    forms: [
      "struck",
      "hit",
      "hitting",
      "strikes",
      "striking",
      "damaged",
      "destroyed",
      "set fire to",
      "set on fire",
      "burned",
      "burnt",
    ],
    hostile: true,
    words: "struck or damaged",
    reason: "targets hit; buildings damaged or destroyed",
  },
  protested: {
    forms: [
      "marched",
      "marching",
      "demonstrated",
      "demonstrating",
      "protested",
      "protesting",
      "rallied",
      "rallying",
      "took to the streets",
      "taken to the streets",
      "on the streets",
      "turned out",
      "drew",
      "draw",
      "attracted",
      "gathered",
      "joined the protests",
      "joined the protest",
      "joined protests",
      "joined the demonstrations",
      "joined demonstrations",
      "joined the march",
      "joined the rally",
      "joined rallies",
      "took part in the protests",
      "took part in protests",
      "took part in the demonstrations",
    ],
    counts: "person",
    words: "protested",
    reason: "a crowd's size: marched, demonstrated, rallied, a protest drew are one figure whoever counts it",
  },
  aboard: {
    forms: ["aboard", "on board", "onboard"],
    counts: "person",
    words: "aboard",
    reason: "people on a boat, plane or bus: the figure the survivors and the dead add up to",
  },
  cut: {
    forms: [
      "cut",
      "cuts",
      "cutting",
      "slash",
      "slashed",
      "axed",
      "axe",
      "eliminate",
      "eliminated",
      "laid off",
      "lay off",
      "layoffs",
      "shed",
    ],
    counts: "job",
    words: "cut",
    reason: "job cuts: 17,000 jobs cut and 17,000 people laid off are one figure",
  },
  voted: {
    forms: ["voted", "voting", "cast ballots", "backed", "approved", "ratified"],
    words: "voted for",
    reason: "a vote's result for a motion: kept apart from a vote against",
  },
  rejected: {
    forms: ["rejected", "voted against", "voted down", "opposed"],
    words: "voted against",
    reason: "a vote's result against a motion",
  },
  infected: {
    forms: ["infected", "infections", "tested positive", "sickened", "fell ill", "contracted"],
    counts: "person",
    running: "rises",
    casualty: true,
    words: "infected",
    reason: "an outbreak's count: cumulative, it only rises",
  },
} as const satisfies Record<string, ActionEntry>

/** The name of a known action; a figure's action may also be a verb the registry does not know. */
export type KnownAction = keyof typeof BUILT_IN

export interface ThingEntry {
  /** Surface forms, lower case, singular and plural. Several words allowed ("prisoners of war"). */
  readonly forms: ReadonlyArray<string>
  /** What is counted, canonical. */
  readonly thing: string
  /** A narrowing that makes it another figure ("children" of people): never grouped with another. */
  readonly qualifier?: string
  /** The action the noun itself says when the sentence has none: "bodies" are people killed. */
  readonly implies?: KnownAction | string
  /** Figures of it are running totals, whatever the verb: an outbreak's cases. */
  readonly running?: Running
  readonly reason: string
}

const THINGS: ReadonlyArray<ThingEntry> = [
  {
    thing: "person",
    forms: ["people", "persons", "person", "individuals", "individual", "others", "people's"],
    reason: "people, whatever the noun says of them, when no registry word narrows it",
  },
  {
    thing: "person",
    qualifier: "child",
    forms:
      "children,child,kids,kid,boys,boy,girls,girl,teenagers,teenager,minors,minor,infants,infant,babies,baby,toddler,toddlers".split(
        ",",
      ),
    reason: "children are counted apart from adults: a part is never its whole",
  },
  { thing: "person", qualifier: "adult", forms: ["adults", "adult"], reason: "adults, apart from children" },
  { thing: "person", qualifier: "woman", forms: ["women", "woman"], reason: "a part of the people counted" },
  { thing: "person", qualifier: "man", forms: ["men", "man"], reason: "a part of the people counted" },
  {
    thing: "person",
    qualifier: "police",
    forms: [
      "police",
      "policemen",
      "policeman",
      "police officers",
      "officers",
      "officer",
      "gendarmes",
      "gendarme",
      "security forces",
      "riot police",
      "law enforcement officers",
    ],
    reason: "police hurt at a protest are counted apart from protesters",
  },
  {
    thing: "soldier",
    forms:
      "soldiers,soldier,troops,servicemen,serviceman,servicemembers,personnel,fighters,fighter,marines,conscripts,recruits,militants".split(
        ",",
      ),
    reason: "combatants, apart from civilians",
  },
  {
    thing: "prisoner",
    forms: ["prisoners", "prisoner", "pows", "pow", "captives", "detainees", "inmates", "prisoners of war"],
    reason: "people held",
  },
  { thing: "hostage", forms: ["hostages", "hostage"], reason: "people held by a side" },
  {
    thing: "drone",
    forms: ["drones", "drone", "uavs", "uav", "shaheds", "shahed", "quadcopters", "unmanned aerial vehicles"],
    reason: "drones of any make",
  },
  { thing: "missile", forms: ["missiles", "missile", "rockets", "rocket"], reason: "missiles and rockets" },
  { thing: "bomb", forms: ["bombs", "bomb", "shells", "shell"], reason: "bombs and shells" },
  { thing: "airport", forms: ["airports", "airport", "airfields", "airfield"], reason: "airports" },
  {
    thing: "village",
    forms: ["villages", "village", "settlements", "settlement", "hamlets"],
    reason: "settlements",
  },
  { thing: "town", forms: ["towns", "town", "cities", "city"], reason: "towns and cities" },
  {
    thing: "home",
    forms: [
      "homes",
      "home",
      "houses",
      "house",
      "apartments",
      "apartment",
      "flats",
      "flat",
      "dwellings",
      "households",
    ],
    reason: "homes = houses = dwellings",
  },
  {
    thing: "building",
    forms: ["buildings", "building", "blocks", "high-rises", "structures", "facilities", "facility"],
    reason: "buildings",
  },
  {
    thing: "region",
    forms: ["regions", "region", "oblasts", "oblast", "provinces", "province", "districts", "district"],
    reason: "administrative areas",
  },
  { thing: "country", forms: ["countries", "country", "nations", "nation", "states"], reason: "countries" },
  {
    thing: "vehicle",
    forms: ["vehicles", "vehicle", "tanks", "tank", "cars", "car", "trucks", "truck"],
    reason: "vehicles",
  },
  {
    thing: "aircraft",
    forms: ["aircraft", "planes", "plane", "jets", "jet", "helicopters", "helicopter"],
    reason: "aircraft",
  },
  {
    thing: "ship",
    forms: ["ships", "ship", "vessels", "vessel", "boats", "boat"],
    reason: "ships and boats",
  },
  {
    thing: "person",
    implies: "killed",
    forms: ["bodies", "body", "dead", "fatalities", "fatality", "deaths", "death toll", "toll", "victims"],
    reason: "bodies recovered and the dead are the death toll",
  },
  { thing: "person", implies: "injured", forms: ["injured", "wounded", "injuries"], reason: "the injured" },
  { thing: "person", implies: "missing", forms: ["missing"], reason: "the missing" },
  { thing: "person", implies: "arrested", forms: ["arrests", "detentions"], reason: "arrests count people" },
  {
    thing: "person",
    implies: "protested",
    forms: [
      "protesters",
      "protester",
      "protestors",
      "protestor",
      "demonstrators",
      "demonstrator",
      "marchers",
      "crowd",
      "crowds",
      "turnout",
    ],
    reason: "a crowd's size",
  },
  {
    thing: "person",
    implies: "evacuated",
    forms: ["evacuees", "displaced"],
    reason: "people moved from danger",
  },
  { thing: "person", implies: "on-strike", forms: ["strikers"], reason: "workers on strike" },
  { thing: "job", implies: "cut", forms: ["layoffs", "redundancies", "job cuts"], reason: "jobs cut" },
  { thing: "job", forms: ["jobs", "job", "positions", "posts"], reason: "jobs" },
  {
    thing: "case",
    running: "rises",
    forms: ["cases", "case", "infections", "infection"],
    reason: "an outbreak's cases: cumulative, they only rise",
  },
]

/**
 * Reporting verbs that say nothing of what happened to the things counted: "198 cases have been
 * reported", "124 confirmed cases". They are never a figure's action.
 */
export const NEUTRAL_VERBS = new Set([
  "reported",
  "confirmed",
  "recorded",
  "registered",
  "counted",
  "diagnosed",
  "identified",
  "found",
  "tallied",
  "logged",
  "documented",
  "verified",
  "listed",
  "estimated",
  "said",
  "says",
  "put",
  // States rather than events: "the union, which represents 33,000 workers".
  "represents",
  "represent",
  "represented",
  "employs",
  "employ",
  "employed",
  "includes",
  "include",
  "included",
  "comprises",
  "has",
  "have",
  "had",
])

/**
 * Wording that makes a figure the latest value of a running total: "rose to 34", "stands at 41",
 * "has reached 2,719", "bringing the total to 158", "a death toll of 30", "remains at one".
 */
export const UPDATE_WORDS: ReadonlyArray<string> = [
  "rose",
  "risen",
  "rising",
  "rises",
  "climbed",
  "climbing",
  "climbs",
  "increased",
  "increases",
  "jumped",
  "jumps",
  "grew",
  "grown",
  "grows",
  "reached",
  "reaches",
  "stands at",
  "stood at",
  "now at",
  "is at",
  "was at",
  "remains at",
  "remained at",
  "bringing",
  "brought",
  "brings",
  "total",
  "toll",
  "tally",
  "to date",
  "so far",
  "updated",
  "revised",
  "surged",
  "soared",
  "topped",
]

/** Nouns that hold a count of something else: "the count of cases", "the state's total". */
export const CONTAINERS = new Set([
  "count",
  "number",
  "total",
  "tally",
  "figure",
  "sum",
  "majority",
  "rest",
  "remainder",
])

// ---------------------------------------------------------------------------------------------
// Derived tables. Everything below is computed from the entries above (and from extend()).

const actions = new Map<string, ActionEntry>(Object.entries(BUILT_IN))
const things = new Map<string, ThingEntry>()

/** The things the registry names (canonical: "drone", "home"), built in or added by a lexicon. */
export const KNOWN_THINGS = new Set<string>()

const indexThings = (es: ReadonlyArray<ThingEntry>) => {
  for (const e of es) {
    KNOWN_THINGS.add(e.thing)
    for (const f of e.forms) things.set(f, e)
  }
}
indexThings(THINGS)

/** The entry of an action, known or added by a lexicon. */
export const actionEntry = (action: string | null): ActionEntry | undefined =>
  action === null ? undefined : actions.get(action)

/** The entry of a noun (its lower-case surface form), if the registry knows it. */
export const thingEntry = (form: string): ThingEntry | undefined => things.get(form)

/** Actions and their forms, in registry order (the first listed wins a shared form). */
export const actionForms = (): ReadonlyArray<readonly [string, ReadonlyArray<string>]> =>
  [...actions].map(([name, e]) => [name, e.forms] as const)

/** The running-total direction of a figure, from its action or its thing. */
export const runningOf = (action: string | null, counted: string): Running | undefined =>
  actionEntry(action)?.running ?? RUNNING_THINGS.get(counted)

const RUNNING_THINGS = new Map<string, Running>()
const indexRunning = () => {
  for (const e of things.values()) if (e.running) RUNNING_THINGS.set(e.thing, e.running)
}
indexRunning()

/** The report's words for an action; a verb the registry does not know is its own word. */
export const actionWords = (action: string): string => actionEntry(action)?.words ?? action

/** Whether two actions are known to the registry (both), so that a difference between them is real. */
export const isKnownAction = (action: string | null): boolean => action !== null && actions.has(action)

/** A lexicon file's content (see extend). */
export interface Lexicon {
  readonly actions?: Readonly<
    Record<string, Partial<ActionEntry> & { readonly forms: ReadonlyArray<string> }>
  >
  readonly things?: ReadonlyArray<
    Partial<ThingEntry> & { readonly thing: string; readonly forms: ReadonlyArray<string> }
  >
}

/** Listeners told when the registry changes (the compiled patterns of quantity.ts). */
const listeners: Array<() => void> = []
export const onExtend = (f: () => void): void => {
  listeners.push(f)
}

/**
 * Adds a lexicon's words: new actions, new forms of known actions (appended to theirs), new things.
 * Done once, before reading: readings remembered from before are not read again.
 */
export function extend(lexicon: Lexicon): void {
  for (const [name, e] of Object.entries(lexicon.actions ?? {})) {
    const known = actions.get(name)
    const forms = e.forms.map((f) => f.trim().toLowerCase().replace(/\s+/g, " ")).filter((f) => f !== "")
    actions.set(name, {
      ...known,
      ...e,
      forms: [...(known?.forms ?? []), ...forms.filter((f) => !known?.forms.includes(f))],
      words: e.words ?? known?.words ?? name,
      reason: e.reason ?? known?.reason ?? "from a lexicon file",
    })
  }
  indexThings(
    (lexicon.things ?? []).map((t) => ({
      ...t,
      forms: t.forms.map((f) => f.trim().toLowerCase()),
      reason: t.reason ?? "from a lexicon file",
    })),
  )
  indexRunning()
  for (const f of listeners) f()
}
