/**
 * Word lists for the number reader (src/claims/numbers.ts). Plain data: lower-case keys, built
 * once at module load.
 */

/** Word classes of the number-word grammar. */
export const W = {
  Unit: 1, // zero..nine
  Teen: 2, // ten..nineteen
  Tens: 3, // twenty..ninety
  Hundred: 4,
  Scale: 5, // thousand, million, billion, trillion, lakh, crore
  Dozen: 6,
  OrdUnit: 7, // first..ninth (and "halves"/"quarters" as denominators)
  OrdTeen: 8, // tenth..nineteenth
  OrdTens: 9, // twentieth..ninetieth
  OrdHundred: 10,
  OrdScale: 11, // thousandth..trillionth
} as const
export type W = (typeof W)[keyof typeof W]

export interface WordInfo {
  readonly cls: W
  readonly value: number
  /** A plural ordinal ("fifths", "quarters"): only ever a fraction's denominator. */
  readonly plural?: boolean
}

const table = new Map<string, WordInfo>()
const put = (cls: W, entries: Record<string, number>, plural = false) => {
  for (const [k, v] of Object.entries(entries))
    table.set(k, plural ? { cls, value: v, plural } : { cls, value: v })
}
put(W.Unit, {
  zero: 0,
  nought: 0,
  naught: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
})
put(W.Teen, {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
})
put(W.Tens, {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
})
put(W.Hundred, { hundred: 100, hundreds: 100 })
put(W.Scale, {
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
})
put(W.Dozen, { dozen: 12, dozens: 12, dz: 12, dzs: 12, doz: 12, dozs: 12 })
const ORD_UNIT = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
}
const ORD_TEEN = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
}
const ORD_TENS = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
}
const ORD_SCALE = { thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12 }
const plural = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [`${k}s`, v]))
put(W.OrdUnit, ORD_UNIT)
put(W.OrdUnit, { ...plural(ORD_UNIT), halves: 2, quarters: 4 }, true)
put(W.OrdTeen, ORD_TEEN)
put(W.OrdTeen, plural(ORD_TEEN), true)
put(W.OrdTens, ORD_TENS)
put(W.OrdTens, plural(ORD_TENS), true)
put(W.OrdHundred, { hundredth: 100 })
put(W.OrdHundred, { hundredths: 100 }, true)
put(W.OrdScale, ORD_SCALE)
put(W.OrdScale, plural(ORD_SCALE), true)
// "seconds" are time, never halves.
table.delete("seconds")

/** The number-word table: "twenty" -> tens 20, "fifths" -> plural ordinal 5, ... */
export const WORDS: ReadonlyMap<string, WordInfo> = table

/** Fast-path test: a digit, a vulgar fraction, or a word that can start or be a number. */
export const FAST_PATH =
  /[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:zero|n[ao]ught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|lakh|lac|crore|dozen|dozs?|dzs?|half|halves|quarter|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|scores)/i

/** Unicode vulgar fractions. */
export const VULGAR: ReadonlyMap<string, number> = new Map([
  ["½", 1 / 2],
  ["⅓", 1 / 3],
  ["⅔", 2 / 3],
  ["¼", 1 / 4],
  ["¾", 3 / 4],
  ["⅕", 1 / 5],
  ["⅖", 2 / 5],
  ["⅗", 3 / 5],
  ["⅘", 4 / 5],
  ["⅙", 1 / 6],
  ["⅚", 5 / 6],
  ["⅛", 1 / 8],
  ["⅜", 3 / 8],
  ["⅝", 5 / 8],
  ["⅞", 7 / 8],
])

/**
 * Scale suffixes written after digits ("130bn", "2.33 k", "10M", "1MM", "2mil", "10 bln"). Case
 * matters for a few: "M" is a million, "m" is left to the caller (a million after a currency,
 * metres otherwise); "b"/"B" are billions only with a decimal point or a currency ("1.2b", "$5B").
 */
export const SCALE_SUFFIX: ReadonlyMap<string, number> = new Map([
  ["k", 1e3],
  ["K", 1e3],
  ["M", 1e6],
  ["MM", 1e6],
  ["mm", 1e6],
  ["mn", 1e6],
  ["Mn", 1e6],
  ["mln", 1e6],
  ["mil", 1e6],
  ["mill", 1e6],
  ["bn", 1e9],
  ["Bn", 1e9],
  ["BN", 1e9],
  ["bln", 1e9],
  ["tn", 1e12],
  ["trn", 1e12],
  ["tln", 1e12],
])

/** Ordinal suffixes after digits. */
export const ORD_SUFFIX = new Set(["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"])

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1],
  ["jan", 1],
  ["february", 2],
  ["feb", 2],
  ["march", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["may", 5],
  ["june", 6],
  ["jun", 6],
  ["july", 7],
  ["jul", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sep", 9],
  ["sept", 9],
  ["october", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12],
])

export const WEEKDAYS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
])

/** Time units: a number followed by one of these is a duration ("three years", "a 30-day truce"). */
export const DURATION: ReadonlyMap<string, string> = new Map([
  ["year", "year"],
  ["years", "year"],
  ["yr", "year"],
  ["yrs", "year"],
  ["month", "month"],
  ["months", "month"],
  ["week", "week"],
  ["weeks", "week"],
  ["day", "day"],
  ["days", "day"],
  ["night", "night"],
  ["nights", "night"],
  ["fortnight", "fortnight"],
  ["fortnights", "fortnight"],
  ["hour", "hour"],
  ["hours", "hour"],
  ["hr", "hour"],
  ["hrs", "hour"],
  ["minute", "minute"],
  ["minutes", "minute"],
  ["min", "minute"],
  ["mins", "minute"],
  ["second", "second"],
  ["seconds", "second"],
  ["sec", "second"],
  ["secs", "second"],
  ["decade", "decade"],
  ["decades", "decade"],
  ["century", "century"],
  ["centuries", "century"],
  ["millennium", "millennium"],
  ["millennia", "millennium"],
])

/**
 * Units of measure, canonical symbol by written form. Single letters are matched only when glued to
 * the digits or followed by a non-letter ("5 m", "29km"); see the scanner.
 */
export const UNITS: ReadonlyMap<string, string> = new Map([
  ["km", "km"],
  ["kms", "km"],
  ["kilometre", "km"],
  ["kilometres", "km"],
  ["kilometer", "km"],
  ["kilometers", "km"],
  ["mi", "mi"],
  ["mile", "mi"],
  ["miles", "mi"],
  ["m", "m"],
  ["metre", "m"],
  ["metres", "m"],
  ["meter", "m"],
  ["meters", "m"],
  ["cm", "cm"],
  ["centimetre", "cm"],
  ["centimetres", "cm"],
  ["centimeter", "cm"],
  ["centimeters", "cm"],
  ["mm", "mm"],
  ["millimetre", "mm"],
  ["millimetres", "mm"],
  ["millimeter", "mm"],
  ["millimeters", "mm"],
  ["ft", "ft"],
  ["foot", "ft"],
  ["feet", "ft"],
  ["kg", "kg"],
  ["kgs", "kg"],
  ["kilo", "kg"],
  ["kilos", "kg"],
  ["kilogram", "kg"],
  ["kilograms", "kg"],
  ["kilogramme", "kg"],
  ["kilogrammes", "kg"],
  ["t", "t"],
  ["tonne", "t"],
  ["tonnes", "t"],
  ["ton", "t"],
  ["tons", "t"],
  ["lb", "lb"],
  ["lbs", "lb"],
  ["ha", "ha"],
  ["hectare", "ha"],
  ["hectares", "ha"],
  ["mph", "mph"],
  ["kph", "km/h"],
  ["kmh", "km/h"],
])

/** Multi-word units, tried before single words (the regex alternation is longest first). */
export const UNIT_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:square|sq\.?)\s*(?:kilomet(?:re|er)s?|km)$/i, "km2"],
  [/^(?:square|sq\.?)\s*(?:miles?|mi)$/i, "mi2"],
  [/^(?:square|sq\.?)\s*(?:met(?:re|er)s?|m)$/i, "m2"],
  [/^nautical\s+miles?$/i, "nmi"],
  [/^(?:kilomet(?:re|er)s?|km)\s*(?:per\s+hour|\/\s*h(?:r|our)?)$/i, "km/h"],
  [/^miles\s+per\s+hour$/i, "mph"],
  [/^metric\s+tons?$/i, "t"],
]

/** ISO 4217 codes written as words before or after an amount (matched case-insensitively). */
export const CODES = new Set([
  "usd",
  "eur",
  "gbp",
  "jpy",
  "cny",
  "rmb",
  "chf",
  "cad",
  "aud",
  "nzd",
  "hkd",
  "sgd",
  "inr",
  "rub",
  "uah",
  "krw",
  "brl",
  "mxn",
  "zar",
  "sek",
  "nok",
  "dkk",
  "pln",
  "ils",
  "aed",
  "sar",
  "qar",
  "kwd",
  "egp",
  "ngn",
  "kes",
  "pkr",
  "idr",
  "thb",
  "vnd",
  "myr",
  "czk",
  "huf",
  "ron",
  "btc",
  "xbt",
  "twd",
  "irr",
  "byn",
  "kzt",
  "gel",
  "amd",
  "azn",
])
/** Codes that are also English words: only in capitals ("TRY 50", not "try 50"). */
export const CODES_UPPER_ONLY = new Set(["TRY", "PHP"])

/** Code of a currency code word as written ("rmb" -> "CNY", "xbt" -> "BTC"). */
export const codeOf = (w: string): string => {
  const u = w.toUpperCase()
  return u === "RMB" ? "CNY" : u === "XBT" ? "BTC" : u
}

/** Currency symbols. "$" alone is read as US dollars, "¥" as yen. */
export const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "USD"],
  ["£", "GBP"],
  ["€", "EUR"],
  ["¥", "JPY"],
  ["￥", "JPY"],
  ["₹", "INR"],
  ["₽", "RUB"],
  ["₩", "KRW"],
  ["₺", "TRY"],
  ["₴", "UAH"],
  ["₪", "ILS"],
  ["₦", "NGN"],
  ["₱", "PHP"],
  ["฿", "THB"],
  ["₫", "VND"],
  ["₡", "CRC"],
  ["₾", "GEL"],
  ["₭", "LAK"],
  ["₿", "BTC"],
  ["৳", "BDT"],
  ["₨", "PKR"],
  ["₸", "KZT"],
  ["₼", "AZN"],
  ["元", "CNY"],
  ["ரூ", "LKR"],
])

/** Prefixes glued to or spaced before "$": "US$", "C$", "HK$", "Mex$"... */
export const DOLLAR_PREFIX: ReadonlyMap<string, string> = new Map([
  ["us", "USD"],
  ["usd", "USD"],
  ["c", "CAD"],
  ["ca", "CAD"],
  ["can", "CAD"],
  ["cad", "CAD"],
  ["a", "AUD"],
  ["au", "AUD"],
  ["aud", "AUD"],
  ["nz", "NZD"],
  ["nzd", "NZD"],
  ["hk", "HKD"],
  ["hkd", "HKD"],
  ["s", "SGD"],
  ["sg", "SGD"],
  ["sgd", "SGD"],
  ["mex", "MXN"],
  ["mx", "MXN"],
  ["mxn", "MXN"],
  ["r", "BRL"],
  ["nt", "TWD"],
  ["twd", "TWD"],
])

/**
 * Currency names written after an amount (or, for a few, before it). Minor units keep the amount
 * as written, under a minor-unit code: cents are "USX" and pence "GBX" (the market conventions),
 * so "50 cents" is 50 USX, not 0.5 USD.
 */
export const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["us dollars?|u\\.\\s?s\\.? dollars?|american dollars?|united states dollars?", "USD"],
  ["canadian dollars?", "CAD"],
  ["australian dollars?|aussie dollars?", "AUD"],
  ["new zealand dollars?", "NZD"],
  ["hong kong dollars?", "HKD"],
  ["singapore dollars?", "SGD"],
  ["taiwan(?:ese)? dollars?|new taiwan dollars?", "TWD"],
  ["zimbabwe(?:an)? dollars?", "ZWL"],
  ["dollars?|bucks", "USD"],
  ["pounds? sterling|british pounds?|pounds?|sterling|quid", "GBP"],
  ["egyptian pounds?", "EGP"],
  ["euros?", "EUR"],
  ["japanese yen|yen", "JPY"],
  ["chinese yuan|yuan|renminbi|rmb", "CNY"],
  ["swiss francs?", "CHF"],
  ["french francs?", "FRF"],
  ["belgian francs?", "BEF"],
  ["francs?", "CHF"],
  ["indian rupees?|rupees?", "INR"],
  ["pakistani rupees?", "PKR"],
  ["sri lankan rupees?", "LKR"],
  ["russian roubles?|russian rubles?|roubles?|rubles?", "RUB"],
  ["ukrainian hryvnias?|hryvnias?|hryvnyas?|hryvnia", "UAH"],
  ["south korean won|korean won", "KRW"],
  ["turkish liras?|turkish lira", "TRY"],
  ["italian lire|italian liras?|lire", "ITL"],
  ["liras?", "TRY"],
  ["israeli shekels?|new shekels?|shekels?|shekalim", "ILS"],
  ["saudi riyals?|riyals?", "SAR"],
  ["iranian rials?|rials?", "IRR"],
  ["uae dirhams?|dirhams?", "AED"],
  ["south african rand|rand", "ZAR"],
  ["swedish kronor|swedish krona|kronor|krona", "SEK"],
  ["norwegian kroner|norwegian krone", "NOK"],
  ["danish kroner|danish krone", "DKK"],
  ["polish zlotys?|zlotys?|zlotych|zloty", "PLN"],
  ["mexican pesos?", "MXN"],
  ["argentine pesos?|argentinian pesos?", "ARS"],
  ["philippine pesos?", "PHP"],
  ["pesos?", "MXN"],
  ["brazilian reais|brazilian real|reais", "BRL"],
  ["nigerian naira|naira", "NGN"],
  ["dinars?", "IQD"],
  ["thai baht|baht", "THB"],
  ["ringgit", "MYR"],
  ["rupiah", "IDR"],
  ["forints?", "HUF"],
  ["czech korun[ay]|korun[ay]", "CZK"],
  ["finnish markkaa?|markkaa?", "FIM"],
  ["dutch guilders?|guilders?", "NLG"],
  ["spanish pesetas?|pesetas?", "ESP"],
  ["deutsche marks?|deutschmarks?", "DEM"],
  ["drachmas?|drachmae", "GRD"],
  ["escudos?", "PTE"],
  ["bitcoins?", "BTC"],
  ["cents?", "USX"],
  ["pence|penny|pennies", "GBX"],
]

/** Words after which a number is a designation, not a count: "Article 5", "Flight 17", "No. 10". */
export const LABEL_WORDS = new Set([
  "article",
  "articles",
  "chapter",
  "section",
  "clause",
  "paragraph",
  "para",
  "resolution",
  "flight",
  "route",
  "highway",
  "interstate",
  "platform",
  "gate",
  "page",
  "pages",
  "item",
  "exhibit",
  "version",
  "episode",
  "volume",
  "vol",
  "amendment",
  "no",
  "nos",
  "nr",
  "nrs",
  "number",
  "room",
  "apartment",
  "apt",
  "suite",
  "unit",
  "building",
  "block",
  "lot",
  "step",
  "part",
  "appendix",
  "table",
  "figure",
  "fig",
  "line",
  "channel",
  "bus",
  "tram",
  "seat",
  "row",
  "terminal",
  "pier",
  "windows",
  "iphone",
  "galaxy",
])

/** Street words after "10 Downing ...": the number is an address. */
export const STREET =
  /^(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|square|sq|drive|dr|place|pl|way|terrace|court|crescent|close|gardens|row|parade|embankment)$/i

/** Prefixes that leave a hyphenated number its reading: "mid-2024", "pre-2022", "post-1991". */
export const HYPHEN_PREFIX = new Set([
  "mid",
  "pre",
  "post",
  "early",
  "late",
  "circa",
  "ca",
  "c",
  "around",
  "about",
  "some",
])

/** Words that make a following "one" a pronoun: "no one", "the one", "which one". */
export const ONE_PRONOUN_BEFORE = new Set([
  "no",
  "the",
  "this",
  "that",
  "which",
  "each",
  "every",
  "any",
  "another",
  "whichever",
  "what",
  "someone",
  "such",
  "only",
])

/** Verbs of change: "rose from 20 to 30" is two figures, not a range. */
export const CHANGE_VERBS = new Set([
  "rose",
  "risen",
  "rise",
  "rises",
  "rising",
  "increased",
  "increase",
  "increases",
  "increasing",
  "fell",
  "fallen",
  "fall",
  "falls",
  "falling",
  "dropped",
  "drop",
  "drops",
  "dropping",
  "jumped",
  "jump",
  "jumps",
  "climbed",
  "climb",
  "climbs",
  "grew",
  "grown",
  "grow",
  "grows",
  "declined",
  "decline",
  "declines",
  "decreased",
  "decrease",
  "decreases",
  "raised",
  "raise",
  "raises",
  "cut",
  "cuts",
  "reduced",
  "reduce",
  "reduces",
  "lowered",
  "lower",
  "up",
  "down",
  "surged",
  "soared",
  "slumped",
  "plunged",
  "slipped",
  "edged",
  "revised",
  "changed",
  "went",
  "moved",
  "shrank",
  "doubled",
  "tripled",
  "halved",
  "upped",
  "boosted",
  "expanded",
])

/** Irregular plurals that count like "-s" nouns after a year-like number ("2000 people"). */
export const PLURAL_NOUNS = new Set([
  "people",
  "men",
  "women",
  "children",
  "police",
  "personnel",
  "staff",
  "cattle",
  "troops",
  "feet",
  "teeth",
  "mice",
  "geese",
  "sheep",
  "fish",
  "deer",
  "aircraft",
  "civilians",
  "livestock",
  "military",
  "infantry",
  "crew",
])

/** Lexicalised ordinals that are not ranks: "first class", "first aid", "second-hand". */
export const ORDINAL_IDIOMS = /^(?:first|second)[\s-]+(?:class|aid|lady|ladies|hand|handed|rate|degree)\b/i
