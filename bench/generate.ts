/**
 * A seeded, reproducible corpus of wire-style news articles for the benchmark and for tests.
 *
 * Several stories (about one per 20 articles by default), each covered by several outlets at
 * different publication times: figures that agree, that are rounded or bounded ("at least 14",
 * "more than 30", "about 70", "dozens"), that conflict (a second claimant, a misreport), tolls that
 * rise between publications, breakdowns by region, money and percentages, dates, years, ages and
 * times that are not claims, wire copy syndicated by other outlets, and mostly sentences with no
 * figure at all. Each article is 2-4 KB.
 *
 * Deterministic: its own PRNG (mulberry32), never Math.random or the clock, so the same options
 * give the same documents, byte for byte.
 *
 *   node --import tsx bench/generate.ts --n 1000 --seed 1 -o /tmp/corpus.jsonl
 */
import { createWriteStream } from "node:fs"
import { basename } from "node:path"
import { pathToFileURL } from "node:url"
import type { Document, DocumentId } from "../src/domain/Document.ts"

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A 32-bit seed from a few parts (FNV-1a), so that each story has a stream of its own. */
export function seedOf(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5
  for (const ch of parts.join("\u0000")) {
    h ^= ch.charCodeAt(0)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

export class Rng {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  float(): number {
    return this.next()
  }
  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(xs: ReadonlyArray<T>): T {
    return xs[Math.floor(this.next() * xs.length)]!
  }
  /** k distinct items, in random order. */
  sample<T>(xs: ReadonlyArray<T>, k: number): T[] {
    return this.shuffle([...xs]).slice(0, Math.min(k, xs.length))
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const t = xs[i]!
      xs[i] = xs[j]!
      xs[j] = t
    }
    return xs
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

interface Outlet {
  readonly name: string
  readonly slug: string
  /** Spellings the outlet uses. */
  readonly zel: string
  readonly kyiv: string
  readonly defence: "Defence" | "Defense"
  readonly wire?: boolean
  /** "Russian" or "Ukrainian" outlets lean on their side's claimants. */
  readonly lean?: "ru" | "ua"
}

const OUTLETS: ReadonlyArray<Outlet> = [
  { name: "Reuters", slug: "reuters", zel: "Zelenskiy", kyiv: "Kyiv", defence: "Defence", wire: true },
  { name: "AFP", slug: "afp", zel: "Zelensky", kyiv: "Kyiv", defence: "Defence", wire: true },
  { name: "Associated Press", slug: "ap", zel: "Zelenskyy", kyiv: "Kyiv", defence: "Defense", wire: true },
  { name: "BBC News", slug: "bbc", zel: "Zelensky", kyiv: "Kyiv", defence: "Defence" },
  { name: "Sky News", slug: "sky", zel: "Zelenskyy", kyiv: "Kyiv", defence: "Defence" },
  { name: "The Guardian", slug: "guardian", zel: "Zelenskyy", kyiv: "Kyiv", defence: "Defence" },
  { name: "Al Jazeera", slug: "aljazeera", zel: "Zelenskyy", kyiv: "Kyiv", defence: "Defence" },
  { name: "CNN", slug: "cnn", zel: "Zelensky", kyiv: "Kyiv", defence: "Defense" },
  {
    name: "Kyiv Independent",
    slug: "kyivindependent",
    zel: "Zelensky",
    kyiv: "Kyiv",
    defence: "Defense",
    lean: "ua",
  },
  { name: "Kyiv Post", slug: "kyivpost", zel: "Zelensky", kyiv: "Kyiv", defence: "Defense", lean: "ua" },
  { name: "Ukrainska Pravda", slug: "pravda", zel: "Zelensky", kyiv: "Kyiv", defence: "Defence", lean: "ua" },
  { name: "Ukrinform", slug: "ukrinform", zel: "Zelensky", kyiv: "Kyiv", defence: "Defense", lean: "ua" },
  { name: "TASS", slug: "tass", zel: "Zelensky", kyiv: "Kiev", defence: "Defense", lean: "ru" },
  { name: "Interfax", slug: "interfax", zel: "Zelensky", kyiv: "Kiev", defence: "Defence", lean: "ru" },
  { name: "RIA Novosti", slug: "ria", zel: "Zelensky", kyiv: "Kiev", defence: "Defence", lean: "ru" },
  { name: "The Moscow Times", slug: "moscowtimes", zel: "Zelensky", kyiv: "Kyiv", defence: "Defense" },
  { name: "Anadolu", slug: "anadolu", zel: "Zelensky", kyiv: "Kyiv", defence: "Defense" },
  { name: "NDTV", slug: "ndtv", zel: "Zelensky", kyiv: "Kyiv", defence: "Defence" },
  { name: "France 24", slug: "france24", zel: "Zelensky", kyiv: "Kyiv", defence: "Defence" },
  { name: "Deutsche Welle", slug: "dw", zel: "Zelenskyy", kyiv: "Kyiv", defence: "Defense" },
  { name: "Euronews", slug: "euronews", zel: "Zelenskyy", kyiv: "Kyiv", defence: "Defence" },
  { name: "Politico Europe", slug: "politico", zel: "Zelenskyy", kyiv: "Kyiv", defence: "Defense" },
  { name: "Bloomberg", slug: "bloomberg", zel: "Zelenskiy", kyiv: "Kyiv", defence: "Defense" },
  { name: "Financial Times", slug: "ft", zel: "Zelenskyy", kyiv: "Kyiv", defence: "Defence" },
]
const SYNDICATORS = OUTLETS.filter((o) => ["ndtv", "france24", "euronews", "anadolu"].includes(o.slug))

const UA_CITIES = [
  "Kharkiv",
  "Odesa",
  "Dnipro",
  "Zaporizhzhia",
  "Poltava",
  "Sumy",
  "Lviv",
  "Chernihiv",
  "Kryvyi Rih",
  "Mykolaiv",
  "Kherson",
  "Ternopil",
  "Vinnytsia",
  "Zhytomyr",
  "Kyiv",
]
const RU_REGIONS = [
  "Bryansk",
  "Belgorod",
  "Kursk",
  "Rostov",
  "Voronezh",
  "Kaluga",
  "Tula",
  "Oryol",
  "Krasnodar",
  "Lipetsk",
  "Tver",
  "Novgorod",
  "Smolensk",
  "Saratov",
  "Volgograd",
  "Moscow",
]
const DISASTER_PLACES: ReadonlyArray<{ place: string; country: string; agency: string }> = [
  { place: "Malatya", country: "Turkey", agency: "the disaster agency AFAD" },
  { place: "the Noto peninsula", country: "Japan", agency: "the Fire and Disaster Management Agency" },
  { place: "Central Sulawesi", country: "Indonesia", agency: "the national disaster mitigation agency" },
  { place: "Herat province", country: "Afghanistan", agency: "the Taliban-run disaster ministry" },
  { place: "Al Haouz", country: "Morocco", agency: "the interior ministry" },
  { place: "Valencia", country: "Spain", agency: "the regional emergency service" },
  { place: "Sindh province", country: "Pakistan", agency: "the National Disaster Management Authority" },
  { place: "Rio Grande do Sul", country: "Brazil", agency: "the state civil defence" },
]
const UA_FIRST = [
  "Oleh",
  "Serhiy",
  "Ivan",
  "Vadym",
  "Andriy",
  "Yuriy",
  "Mykola",
  "Vitaliy",
  "Ihor",
  "Oleksandr",
]
const UA_LAST = [
  "Kovalenko",
  "Bondarenko",
  "Tkachenko",
  "Melnyk",
  "Kravchenko",
  "Lysenko",
  "Moroz",
  "Savchuk",
]
const RU_FIRST = ["Alexander", "Vyacheslav", "Andrei", "Igor", "Roman", "Sergei", "Dmitry", "Yevgeny"]
const RU_LAST = ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Volkov", "Morozov"]
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]
const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

// ---------------------------------------------------------------------------------------------
// Figures as written

const HOUR = 3_600_000

const commas = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")

/** A count as a wire writer puts it: small numbers in words, thousands with commas. */
function count(r: Rng, n: number): string {
  if (n < 10 && r.chance(0.7)) return WORDS[n]!
  return commas(n)
}

const roundDown = (n: number) => (n >= 100 ? Math.floor(n / 10) * 10 : n >= 20 ? Math.floor(n / 5) * 5 : n)
const roundNear = (n: number) => (n >= 100 ? Math.round(n / 10) * 10 : n >= 20 ? Math.round(n / 5) * 5 : n)

/**
 * A figure, exact or hedged in a way compatible with the true value: "at least 14", "more than 30",
 * "about 70", "nearly 150", "dozens". `style` 0..1 picks the wording.
 */
function figure(r: Rng, n: number, style = r.float()): string {
  if (style < 0.55 || n < 5) return count(r, n)
  if (style < 0.7) return `at least ${count(r, roundDown(n))}`
  if (style < 0.8) return `more than ${count(r, Math.max(1, roundDown(n - 1)))}`
  if (style < 0.88) return `${r.pick(["about", "around", "some", "roughly"])} ${count(r, roundNear(n))}`
  if (style < 0.94) return `nearly ${count(r, n >= 20 ? Math.ceil(n / 10) * 10 : n + 1)}`
  if (n >= 24 && n < 100) return "dozens of"
  if (n >= 200 && n < 1000) return "hundreds of"
  return count(r, n)
}

/** Money as written: "$1.2bn", "€90bn", "£55m", "GBP 55m", "350 million dollars". */
function money(r: Rng, amount: number, currency: "USD" | "EUR" | "GBP"): string {
  const sym = { USD: "$", EUR: "€", GBP: "£" }[currency]
  const word = { USD: "dollars", EUR: "euros", GBP: "pounds" }[currency]
  const [scaled, short, long] =
    amount >= 1e9
      ? [amount / 1e9, "bn", "billion"]
      : amount >= 1e6
        ? [amount / 1e6, "m", "million"]
        : [amount, "", ""]
  const v = Number.isInteger(scaled) ? String(scaled) : scaled.toFixed(1)
  const style = r.int(0, 3)
  if (long === "") return `${sym}${commas(amount)}`
  if (style === 0) return `${sym}${v}${short}`
  if (style === 1) return `${currency} ${v}${short}`
  if (style === 2) return `${v} ${long} ${word}`
  return `${sym}${v} ${long}`
}

function dateWords(t: number, r: Rng): string {
  const d = new Date(t)
  const day = d.getUTCDate()
  const month = MONTHS[d.getUTCMonth()]!
  return r.pick([`${month} ${day}`, `${day} ${month}`, `${WEEKDAYS[d.getUTCDay()]} ${day} ${month}`])
}

function clock(t: number, r: Rng): string {
  const d = new Date(t)
  const h = d.getUTCHours()
  const m = d.getUTCMinutes()
  if (r.chance(0.5)) return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`
  const h12 = h % 12 === 0 ? 12 : h % 12
  return `${h12}${m === 0 ? "" : `:${String(m).padStart(2, "0")}`} ${h < 12 ? "a.m." : "p.m."}`
}

const isoOf = (t: number) => new Date(t).toISOString().replace(".000Z", "Z")

// ---------------------------------------------------------------------------------------------
// Stories

type Kind = "drones" | "strike" | "exchange" | "aid" | "disaster" | "front" | "economy"
const KINDS: ReadonlyArray<Kind> = [
  "drones",
  "drones",
  "strike",
  "strike",
  "exchange",
  "aid",
  "disaster",
  "front",
  "economy",
]

/** A figure that may move over publication time: `at(hours)` is its value that many hours after the event. */
interface Toll {
  readonly first: number
  readonly last: number
  /** Hours until it reaches `last`. */
  readonly hours: number
}
const tollAt = (t: Toll, hours: number) =>
  Math.round(t.first + (t.last - t.first) * Math.min(1, Math.max(0, hours) / t.hours))

interface Story {
  readonly id: string
  readonly kind: Kind
  readonly at: number
  readonly seed: number
  /** The main place, a second place, the country and the claimants. */
  readonly place: string
  readonly place2: string
  readonly country: string
  readonly official: string
  readonly rival: string
  readonly agency: string
  /** The figures of the story, by key. */
  readonly n: Readonly<Record<string, number>>
  readonly killed: Toll
  readonly injured: Toll
}

function makeStory(seed: number, index: number, start: number, days: number): Story {
  const r = new Rng(seedOf(seed, "story", index))
  const kind = r.pick(KINDS)
  const at = start + Math.floor(r.float() * days * 24) * HOUR + r.int(0, 59) * 60_000
  const ua = `${r.pick(UA_FIRST)} ${r.pick(UA_LAST)}`
  const ru = `${r.pick(RU_FIRST)} ${r.pick(RU_LAST)}`
  const base = { id: `s${String(index + 1).padStart(5, "0")}`, kind, at, seed: seedOf(seed, "text", index) }
  const launched = r.int(40, 700)
  const downed = Math.round(launched * (0.55 + 0.4 * r.float()))
  const killedFirst = r.int(kind === "strike" ? 3 : 0, kind === "disaster" ? 40 : 12)
  const grow = kind === "strike" || kind === "disaster" ? r.int(0, kind === "disaster" ? 400 : 25) : 0
  const killed = { first: killedFirst, last: killedFirst + grow, hours: r.int(12, 60) }
  const injured = { first: r.int(2, 40), last: 0, hours: r.int(12, 60) }
  const inj = { ...injured, last: injured.first + r.int(0, kind === "disaster" ? 2000 : 60) }
  switch (kind) {
    case "drones": {
      const intoRussia = r.chance(0.4)
      return {
        ...base,
        place: intoRussia ? r.pick(RU_REGIONS) : r.pick(UA_CITIES),
        place2: intoRussia ? r.pick(RU_REGIONS) : r.pick(UA_CITIES),
        country: intoRussia ? "Russia" : "Ukraine",
        official: intoRussia ? `Governor ${ru}` : `regional governor ${ua}`,
        rival: intoRussia ? "Ukraine's General Staff" : "Russia's Defence Ministry",
        agency: intoRussia ? "the Defence Ministry" : "Ukraine's air force",
        n: { launched, downed, missiles: r.int(0, 40), regions: r.int(3, 9), floor: r.int(2, 24) },
        killed,
        injured: inj,
      }
    }
    case "strike":
      return {
        ...base,
        place: r.pick(UA_CITIES),
        place2: r.pick(UA_CITIES),
        country: "Ukraine",
        official: `regional governor ${ua}`,
        rival: "Russia's Defence Ministry",
        agency: "the State Emergency Service",
        n: { missiles: r.int(2, 60), children: r.int(0, 5), buildings: r.int(3, 80), floor: r.int(2, 16) },
        killed,
        injured: inj,
      }
    case "exchange":
      return {
        ...base,
        place: "the Belarusian border",
        place2: "the United Arab Emirates",
        country: "Ukraine",
        official: "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War",
        rival: "Russia's Defence Ministry",
        agency: "the ombudsman's office",
        n: { prisoners: r.int(2, 60) * 5 + 50, bodies: r.int(50, 1000), previous: r.int(5, 120) * 5 },
        killed,
        injured: inj,
      }
    case "aid": {
      const donor = r.pick([
        "The European Union",
        "Germany",
        "Britain",
        "The United States",
        "Japan",
        "Norway",
      ])
      return {
        ...base,
        place: donor,
        place2: "Brussels",
        country: "Ukraine",
        official: r.pick(["the finance minister", "the prime minister", "the foreign minister"]),
        rival: "the Kremlin",
        agency: "the European Commission",
        n: {
          amount: r.int(2, 900) * 1e8,
          share: r.int(3, 60),
          systems: r.int(2, 12),
          vehicles: r.int(10, 300),
        },
        killed,
        injured: inj,
      }
    }
    case "disaster": {
      const p = r.pick(DISASTER_PLACES)
      return {
        ...base,
        place: p.place,
        place2: p.place,
        country: p.country,
        official: `Governor ${r.pick([...UA_LAST, ...RU_LAST])}`,
        rival: "local media",
        agency: p.agency,
        n: {
          magnitude: r.int(50, 79),
          homes: r.int(50, 20000),
          displaced: r.int(1, 300) * 1000,
          depth: r.int(5, 60),
        },
        killed,
        injured: inj,
      }
    }
    case "front":
      return {
        ...base,
        place: r.pick(["Donetsk", "Luhansk", "Zaporizhzhia", "Kharkiv", "Kursk"]),
        place2: r.pick(["Pokrovsk", "Kupiansk", "Toretsk", "Vovchansk", "Chasiv Yar", "Siversk"]),
        country: "Ukraine",
        official: "Ukraine's General Staff",
        rival: "Russia's Defence Ministry",
        agency: "the Institute for the Study of War",
        n: { villages: r.int(1, 6), area: r.int(5, 400), losses: r.int(600, 1600), clashes: r.int(80, 260) },
        killed,
        injured: inj,
      }
    case "economy":
      return {
        ...base,
        place: r.pick(["Russia", "Ukraine", "Germany", "Turkey", "Poland"]),
        place2: "the central bank",
        country: "Europe",
        official: r.pick(["the central bank", "the statistics service", "the finance ministry"]),
        rival: "analysts",
        agency: "the central bank",
        n: {
          inflation: r.int(20, 120),
          rate: r.int(50, 230),
          growth: r.int(-30, 45),
          budget: r.int(5, 400) * 1e9,
        },
        killed,
        injured: inj,
      }
  }
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** What one outlet knows when it writes: the story, its spellings, the hours since the event. */
interface Ctx {
  readonly s: Story
  readonly o: Outlet
  readonly r: Rng
  readonly hours: number
  /** This outlet's misreport: a figure off by a factor (a conflict), or 1. */
  readonly skew: number
}

const pct = (tenths: number) => `${(tenths / 10).toFixed(1)}%`
const skewed = (c: Ctx, n: number) => Math.max(1, Math.round(n * c.skew))
const ministry = (c: Ctx) => `the ${c.o.defence} Ministry`
const said = (c: Ctx, who: string) =>
  c.r.pick([
    `, ${who} said.`,
    `, according to ${who}.`,
    `, ${who} said in a statement.`,
    `, ${who} reported.`,
  ])

/** Sentences that carry the story's figures, for one outlet at one time. */
function figureSentences(c: Ctx): string[] {
  const { s, r, o } = c
  const n = s.n
  const killed = skewed(c, tollAt(s.killed, c.hours))
  const injured = skewed(c, tollAt(s.injured, c.hours))
  const casualties = (where: string) =>
    killed === 0
      ? `No casualties were reported in ${where}${said(c, s.official)}`
      : r.pick([
          `${cap(figure(r, killed))} people were killed and ${figure(r, injured)} injured in ${where}${said(c, s.official)}`,
          `The death toll in ${where} ${r.pick(["rose", "has risen", "climbed"])} to ${figure(r, killed)}${said(c, s.agency)}`,
          `At least ${count(r, killed)} people were killed in ${where}, officials said.`,
          `${cap(count(r, injured))} people were wounded, ${r.pick(["among them", "including"])} ${count(r, Math.min(injured, n.children ?? 2))} children${said(c, s.official)}`,
        ])
  switch (s.kind) {
    case "drones": {
      const into = s.country === "Russia"
      const launched = skewed(c, n.launched!)
      const downed = skewed(c, n.downed!)
      const parts = splitInto(r, downed, Math.min(n.regions!, 4))
      const regions = r.sample(into ? RU_REGIONS : UA_CITIES, parts.length)
      const breakdown = parts.map(
        (p, i) => `${count(r, p)} over ${into ? `the ${regions[i]} region` : regions[i]}`,
      )
      return [
        into
          ? `Air defences ${r.pick(["intercepted and destroyed", "shot down", "destroyed"])} ${figure(r, downed)} Ukrainian drones over Russian regions ${r.pick(["overnight", "last night", "on " + WEEKDAYS[new Date(s.at).getUTCDay()]])}${said(c, ministry(c))}`
          : `Russia launched ${figure(r, launched)} drones ${n.missiles! > 0 ? `and ${count(r, n.missiles!)} missiles ` : ""}at Ukraine overnight${said(c, o.lean === "ru" ? "Ukrainian officials" : s.agency)}`,
        into
          ? `${cap(s.rival)} said ${figure(r, launched)} drones had been launched, without giving details.`
          : `Air defences shot down ${figure(r, downed)} of them${said(c, s.agency)}`,
        `By region, ${breakdown.slice(0, -1).join(", ")} and ${breakdown.at(-1)}.`,
        `A drone hit a residential building in ${s.place}, setting fire to the ${ordinal(n.floor!)} floor${said(c, s.official)}`,
        casualties(s.place),
        `${o.zel} said Russia had used more than ${count(r, roundDown(launched * 7))} drones against Ukraine over the past week.`,
      ]
    }
    case "strike": {
      const missiles = skewed(c, n.missiles!)
      return [
        casualties(s.place),
        `Russia struck ${s.place} with ${figure(r, missiles)} ${r.pick(["missiles", "ballistic missiles", "cruise missiles"])} ${r.pick(["overnight", "early on " + WEEKDAYS[new Date(s.at).getUTCDay()], "in the morning"])}${said(c, s.agency)}`,
        `${cap(count(r, n.buildings!))} buildings were damaged, among them a school and a hospital${said(c, s.official)}`,
        `The missile hit the ${ordinal(n.floor!)} floor of a nine-storey apartment block shortly after ${clock(s.at, r)}.`,
        `Among the dead were ${count(r, n.children!)} children${said(c, s.official)}`,
        `${cap(s.rival)} said it had struck ${count(r, r.int(2, 9))} military targets in ${s.place} and denied hitting civilians.`,
      ]
    }
    case "exchange": {
      const p = skewed(c, n.prisoners!)
      return [
        `Russia and Ukraine exchanged ${count(r, p)} prisoners each${said(c, r.pick([s.official, ministry(c)]))}`,
        `${cap(figure(r, p * 2))} prisoners of war were swapped in an exchange mediated by ${s.place2}.`,
        `Ukraine also received the bodies of ${figure(r, skewed(c, n.bodies!))} soldiers${said(c, s.agency)}`,
        `The previous exchange, on ${dateWords(s.at - r.int(10, 40) * 24 * HOUR, r)}, returned ${count(r, n.previous!)} prisoners to each side.`,
        `Among those freed were ${count(r, r.int(2, 40))} soldiers who had defended Mariupol, ${o.zel} said.`,
      ]
    }
    case "aid": {
      const cur = r.pick(["USD", "EUR", "GBP"] as const)
      return [
        `${s.place} ${r.pick(["approved", "announced", "pledged"])} a ${money(r, skewed(c, n.amount!), cur)} aid package for Ukraine${said(c, s.official)}`,
        `The package includes ${count(r, n.systems!)} air defence systems and ${figure(r, n.vehicles!)} armoured vehicles${said(c, s.agency)}`,
        `The aid amounts to about ${n.share}% of Ukraine's annual defence spending${said(c, "analysts")}`,
        `${cap(s.rival)} said the ${money(r, n.amount!, cur)} would only prolong the war.`,
        `${o.zel} thanked ${s.place} and said Ukraine needed at least ${count(r, n.systems! + r.int(2, 10))} more Patriot batteries.`,
      ]
    }
    case "disaster": {
      const homes = skewed(c, n.homes!)
      return [
        `A magnitude ${(n.magnitude! / 10).toFixed(1)} earthquake struck ${s.place} at a depth of ${n.depth} km${said(c, r.pick(["the US Geological Survey", s.agency]))}`,
        casualties(s.place),
        `${cap(figure(r, homes))} homes were destroyed or badly damaged${said(c, s.agency)}`,
        `More than ${count(r, n.displaced!)} people were forced from their homes${said(c, "the United Nations")}`,
        `Rescue teams pulled ${count(r, r.int(2, 60))} survivors from the rubble overnight${said(c, s.official)}`,
        `The death toll ${r.pick(["rose", "climbed", "has risen"])} to ${count(r, killed)} on ${dateWords(s.at + c.hours * HOUR, r)}, up from ${count(r, s.killed.first)} the day before.`,
      ]
    }
    case "front": {
      const claimed = skewed(c, n.villages!)
      return [
        `Russian forces captured ${count(r, claimed)} villages in the ${s.place} region over the past week${said(c, ministry(c))}`,
        `${cap(s.official)} denied that Russian troops had taken ${r.pick(["any villages", "the villages"])} near ${s.place2}.`,
        `Russia has seized about ${count(r, n.area!)} square km in the ${s.place} region this month${said(c, s.agency)}`,
        `Russia lost ${commas(skewed(c, n.losses!))} troops over the past day${said(c, s.official)}`,
        `There were ${count(r, n.clashes!)} combat clashes along the front line${said(c, s.official)}`,
      ]
    }
    case "economy":
      return [
        `Annual inflation in ${s.place} ${r.pick(["slowed", "accelerated", "stood"])} to ${pct(skewed(c, n.inflation!))} in ${MONTHS[new Date(s.at).getUTCMonth()]}${said(c, s.official)}`,
        `${cap(s.place2)} kept its key rate at ${pct(n.rate!)}${said(c, s.agency)}`,
        `The economy grew ${pct(n.growth!)} year on year${said(c, s.official)}`,
        `${cap(s.rival)} had expected inflation of ${pct(n.inflation! + r.int(-5, 5))}.`,
        `The government plans to spend ${money(r, n.budget!, "USD")} on defence next year, up ${n.growth! > 0 ? n.growth : 12}% from this year.`,
      ]
  }
}

function splitInto(r: Rng, total: number, parts: number): number[] {
  if (parts <= 1 || total < parts) return [total]
  const cuts = Array.from({ length: parts - 1 }, () => r.int(1, total - 1)).sort((a, b) => a - b)
  const out: number[] = []
  let prev = 0
  for (const c of [...cuts, total]) {
    out.push(c - prev)
    prev = c
  }
  return out.filter((x) => x > 0)
}

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`
const aged = (n: number) => `${n === 11 || n === 18 || (n >= 80 && n < 90) ? "an" : "a"} ${n}-year-old`
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Sentences with no figure: most of any news article. Which ones depends on the kind of story. */
function fillerSentences(c: Ctx): string[] {
  const { s, o, r } = c
  const day = WEEKDAYS[new Date(s.at).getUTCDay()]!
  const common = [
    `${o.name} could not independently verify the ${r.pick(["claims", "figures", "report", "accounts"])}.`,
    `The incident is likely to add to pressure on the government, analysts said.`,
    `${cap(s.agency)} said it would publish further details ${r.pick(["later in the day", "on " + day, "in the coming days"])}.`,
    `It was not immediately clear how the figures had been compiled.`,
    `Officials did not say when more information would be made available.`,
    `The figures could not be confirmed from other sources.`,
    `The story is developing and will be updated.`,
    `${cap(s.official)} is expected to speak to reporters later on ${day}.`,
  ]
  const who = r.pick([s.official, s.agency, o.zel, "officials", "local authorities"])
  const war = [
    `The Kremlin did not immediately respond to a request for comment.`,
    `Residents of ${s.place} described hearing ${r.pick(["loud explosions", "air raid sirens", "the hum of drones"])} ${r.pick(["before dawn", "in the early hours", "through the night"])}.`,
    `Emergency crews were working through the night to clear the rubble and search for survivors, ${who} said.`,
    `Photographs posted on social media showed a ${r.pick(["large", "thick", "black"])} plume of smoke rising over ${s.place}.`,
    `Officials urged residents to stay in shelters until the all-clear was given.`,
    `Neither side discloses full details of its military losses.`,
    `Moscow denies targeting civilians in what it calls a special military operation.`,
    `Russia launched its full-scale invasion of Ukraine in February 2022.`,
    `${o.zel} called on Western allies to send more air defence systems and long-range weapons.`,
    `Speaking in his nightly video address, ${o.zel} said the attacks showed that Moscow was not interested in peace.`,
    `The strike came as diplomats prepared for talks in ${r.pick(["Istanbul", "Geneva", "Riyadh", "Brussels"])} later this week.`,
    `Ukraine has stepped up attacks on Russian oil refineries and airfields in recent months.`,
    `Power was cut to parts of ${s.place} and water supplies were disrupted, ${who} said.`,
    `The ${o.defence} Ministry said the situation was under control.`,
    `Analysts say both sides are racing to build drones faster than the other can shoot them down.`,
    `The attack damaged ${r.pick(["a power substation", "a warehouse", "several private houses", "a railway depot"])} and ${r.pick(["shattered windows", "set cars on fire", "damaged a kindergarten"])}.`,
    `${cap(s.rival)} did not comment on the ${r.pick(["figures", "incident", "reports"])}.`,
    `Air raid alerts were in force across much of ${s.country} for several hours on ${day}.`,
    `${o.kyiv} has repeatedly asked its partners for permission to strike military targets deep inside Russia.`,
    `The governor said ${aged(r.int(19, 88))} ${r.pick(["woman", "man"])} was among those taken to hospital.`,
    `The sirens sounded at ${clock(s.at, r)} and the alert lasted until dawn.`,
    `The ${r.pick(["European Union", "G7", "NATO"])} condemned the attack, calling it ${r.pick(["a war crime", "an act of terror", "unacceptable"])}.`,
    `Talks between ${o.kyiv} and Moscow have stalled since ${dateWords(s.at - r.int(20, 200) * 24 * HOUR, r)}.`,
    `"We will respond," ${r.pick([o.zel, s.official, "the foreign minister"])} wrote on Telegram.`,
    `Russian military bloggers said the attack had been expected for weeks.`,
    `Schools in the region switched to remote learning, ${who} said.`,
    `Kremlin spokesman Dmitry Peskov told reporters that Moscow remained open to negotiations.`,
    `Western officials have accused Moscow of using the talks to buy time.`,
    `Ukrainian officials say Russia has been stockpiling missiles for a winter campaign against the power grid.`,
    `Both sides have accused each other of attacking energy infrastructure.`,
  ]
  const disaster = [
    `Rescuers said they expected the work to continue for several more days.`,
    `Weather conditions hampered the rescue effort, ${who} said.`,
    `Aftershocks rattled the region through the night, sending residents into the streets.`,
    `Hospitals in ${s.place} were overwhelmed, and the injured were being treated in tents outside.`,
    `Aid groups warned of a shortage of clean water, food and shelter.`,
    `Television footage showed collapsed buildings and roads split by cracks.`,
    `Neighbouring countries offered to send rescue teams and equipment.`,
    `Survivors described being woken by violent shaking in the middle of the night.`,
    `The government declared a state of emergency and ordered flags flown at half-mast.`,
    `Roads into the worst-hit villages were blocked by landslides, slowing the arrival of help.`,
    `Experts have long warned that buildings in the region were not built to withstand strong quakes.`,
    `Volunteers formed human chains to pass bricks and debris from the collapsed houses.`,
    `Officials said the toll was likely to rise as rescuers reached remote areas.`,
    `Schools were turned into temporary shelters for families who lost their homes.`,
    `The ${r.pick(["European Union", "United Nations", "Red Cross"])} said it was ready to help.`,
  ]
  const economy = [
    `The figures were in line with analysts' expectations.`,
    `Policymakers have signalled that they are in no hurry to change course.`,
    `Households have complained for months about the rising cost of food and energy.`,
    `The currency weakened against the dollar after the announcement.`,
    `The central bank said it would keep monetary policy tight until price growth slows.`,
    `Business groups have called for lower borrowing costs to support investment.`,
    `Economists warned that labour shortages and high military spending were fuelling prices.`,
    `The finance ministry said the budget would remain under pressure next year.`,
    `Markets had priced in no change to the rate.`,
    `The government has raised taxes on banks and large companies to fund the budget.`,
    `Sanctions have cut the country off from most Western financial markets.`,
    `Officials said the economy was adapting to the new conditions.`,
    `Critics said the measures would do little to help ordinary families.`,
    `Diplomats said the package had been held up for weeks by disagreements among member states.`,
    `The Kremlin said Western aid would not change the situation on the battlefield.`,
  ]
  const kind = s.kind
  const bank =
    kind === "disaster"
      ? [...common, ...disaster]
      : kind === "economy"
        ? [...common, ...economy]
        : kind === "aid"
          ? [...common, ...economy.slice(-3), ...war.slice(8, 14)]
          : [...common, ...war]
  return bank
}

function headline(c: Ctx, figures: ReadonlyArray<string>): string {
  const lead = figures[0] ?? `${c.s.place}: latest`
  return lead.replace(/,[^,]*(said|reported|according to)[^,]*\.$/, "").replace(/\.$/, "")
}

function dateline(c: Ctx, t: number): string {
  const city =
    c.s.country === "Ukraine"
      ? c.o.kyiv.toUpperCase()
      : c.s.country === "Russia"
        ? "MOSCOW"
        : c.s.place.toUpperCase()
  const d = new Date(t)
  return `${city}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} (${c.o.name}) -`
}

/** One article of a story, by one outlet, `hours` after the event; 2-4 KB. */
function writeArticle(s: Story, o: Outlet, hours: number, serial: number): { title: string; text: string } {
  const r = new Rng(seedOf(s.seed, o.slug, serial))
  const misreport = r.chance(0.1)
  const ctx: Ctx = { s, o, r, hours, skew: misreport ? r.pick([0.6, 0.75, 1.3, 1.5, 2]) : 1 }
  const figures = figureSentences(ctx)
  const lead = figures[0]!
  const rest = r.shuffle(figures.slice(1).filter(() => r.chance(0.75)))
  const filler = r.shuffle(fillerSentences(ctx))
  const target = r.int(2200, 4000)
  const paragraphs: string[] = [`${dateline(ctx, s.at + hours * HOUR)} ${lead}`]
  let size = paragraphs[0]!.length
  let fi = 0
  while (size < target && (rest.length > 0 || fi < filler.length)) {
    const para: string[] = []
    const k = r.int(1, 3)
    for (let i = 0; i < k; i++) {
      // About one sentence in four holds a figure; most are filler.
      const s2 =
        rest.length > 0 && r.chance(0.3) ? rest.shift()! : fi < filler.length ? filler[fi++]! : rest.shift()
      if (s2 !== undefined) para.push(s2)
    }
    const p = para.join(" ")
    if (size + p.length + 2 > 4090) break
    paragraphs.push(p)
    size += p.length + 2
  }
  return { title: headline(ctx, figures), text: `${paragraphs.join("\n\n")}\n` }
}

/** An article about no story in particular: a feature or column, with few figures. */
function writeFeature(seed: number, index: number, start: number, days: number): Document {
  const r = new Rng(seedOf(seed, "feature", index))
  const o = r.pick(OUTLETS)
  const s = makeStory(seed, 1_000_000 + index, start, days)
  const ctx: Ctx = { s, o, r, hours: 0, skew: 1 }
  const filler = r.shuffle(fillerSentences(ctx))
  const paragraphs: string[] = []
  let size = 0
  const target = r.int(2000, 3500)
  for (let i = 0; size < target; i++) {
    const p = [filler[i % filler.length]!, filler[(i * 7 + 3) % filler.length]!].join(" ")
    paragraphs.push(p)
    size += p.length + 2
  }
  const t = s.at + r.int(0, 23) * HOUR
  return {
    id: `f${String(index + 1).padStart(5, "0")}-${o.slug}` as DocumentId,
    path: "",
    outlet: o.name,
    published: isoOf(t),
    story: null,
    url: null,
    title: `Analysis: ${s.place} and the weeks ahead`,
    text: `${paragraphs.join("\n\n")}\n`,
    firstLine: 1,
  }
}

// ---------------------------------------------------------------------------------------------
// The corpus

export interface CorpusOptions {
  /** Number of articles. */
  readonly n: number
  readonly seed?: number
  /** Articles per story, on average (default 20). */
  readonly perStory?: number
  /** Days the stories' events span (default 30): more stories per day make grouping harder. */
  readonly days?: number
  /** The first day, ISO (default 2025-10-01). */
  readonly start?: string
  /** Share of articles that belong to no story (default 0.05). */
  readonly features?: number
  /** Whether documents name their story (default true). Real inputs often do not: then grouping
   *  cannot block by story, and every story's claims of a kind meet in one block. */
  readonly withStory?: boolean
  /** The `path` documents claim to come from, with `:LINE` appended (default "corpus.jsonl"). */
  readonly file?: string
}

/**
 * The corpus, one document at a time (stories in order, each story's articles in publication
 * order, then the features). Reproducible: the same options give the same documents.
 */
export function* generateDocuments(options: CorpusOptions): Generator<Document> {
  const seed = options.seed ?? 1
  const perStory = options.perStory ?? 20
  const days = options.days ?? 30
  const start = Date.parse(`${options.start ?? "2025-10-01"}T00:00:00Z`)
  const file = options.file ?? "corpus.jsonl"
  const nFeatures = Math.min(options.n, Math.round(options.n * (options.features ?? 0.05)))
  const nStoryDocs = options.n - nFeatures
  const nStories = nStoryDocs === 0 ? 0 : Math.max(1, Math.round(nStoryDocs / perStory))
  const r = new Rng(seedOf(seed, "sizes"))
  const weights = Array.from({ length: nStories }, () => 0.4 + 1.2 * r.float())
  const total = weights.reduce((a, b) => a + b, 0)
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / total) * nStoryDocs)))
  for (let i = 0, left = nStoryDocs - sizes.reduce((a, b) => a + b, 0); left !== 0; i = (i + 1) % nStories) {
    if (left > 0) {
      sizes[i]!++
      left--
    } else if (sizes[i]! > 1) {
      sizes[i]!--
      left++
    }
  }
  let line = 0
  for (let i = 0; i < nStories; i++) {
    for (const d of storyDocuments(makeStory(seed, i, start, days), sizes[i]!)) {
      line++
      yield { ...d, path: `${file}:${line}`, story: options.withStory === false ? null : d.story }
    }
  }
  for (let i = 0; i < nFeatures; i++) {
    line++
    yield { ...writeFeature(seed, i, start, days), path: `${file}:${line}` }
  }
}

/** All of it, as an array. */
export const generateCorpus = (options: CorpusOptions): Document[] => [...generateDocuments(options)]

/** `k` articles about one story: several outlets, some publishing updates, some carrying wire copy. */
function storyDocuments(s: Story, k: number): Document[] {
  const r = new Rng(seedOf(s.seed, "coverage"))
  const docs: Document[] = []
  const serials = new Map<string, number>()
  const wires: Array<{ o: Outlet; title: string; text: string; hours: number; carried: Set<string> }> = []
  const hoursOf = Array.from({ length: k }, () => Math.round(r.float() * r.float() * 72 * 4) / 4 + 0.5).sort(
    (a, b) => a - b,
  )
  for (let j = 0; j < k; j++) {
    const hours = hoursOf[j]!
    let o: Outlet
    let article: { title: string; text: string }
    const w = wires.length > 0 && r.chance(0.15) ? r.pick(wires) : undefined
    const free = w ? SYNDICATORS.filter((x) => !w.carried.has(x.slug)) : []
    if (w && free.length > 0) {
      // Syndicated: another outlet carries a wire story as it was (each outlet once).
      o = r.pick(free)
      w.carried.add(o.slug)
      article = { title: w.title, text: w.text }
    } else {
      o = r.pick(OUTLETS)
      const serial = (serials.get(o.slug) ?? 0) + 1
      serials.set(o.slug, serial)
      article = writeArticle(s, o, hours, serial)
      if (o.wire) wires.push({ o, ...article, hours, carried: new Set() })
    }
    const n = (serials.get(`doc:${o.slug}`) ?? 0) + 1
    serials.set(`doc:${o.slug}`, n)
    docs.push({
      id: `${s.id}-${o.slug}${n > 1 ? `-${n}` : ""}` as DocumentId,
      path: "",
      outlet: o.name,
      published: isoOf(s.at + Math.round(hours * 60) * 60_000),
      story: s.id,
      url: `https://example.com/${o.slug}/${s.id}/${n}`,
      title: article.title,
      text: article.text,
      firstLine: 1,
    })
  }
  return docs
}

/** The JSONL record the CLI reads for a document. */
export const jsonlRecord = (d: Document): string =>
  JSON.stringify({
    id: d.id,
    outlet: d.outlet,
    published: d.published,
    story: d.story,
    url: d.url,
    title: d.title,
    text: d.text,
  })

/** Writes documents as JSONL, streaming. Resolves to the bytes written. */
export async function writeJsonl(docs: Iterable<Document>, file: string): Promise<number> {
  const out = createWriteStream(file)
  let bytes = 0
  for (const d of docs) {
    const line = `${jsonlRecord(d)}\n`
    bytes += Buffer.byteLength(line)
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()))
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())))
  return bytes
}

// ---------------------------------------------------------------------------------------------
// Command line: node --import tsx bench/generate.ts --n 1000 [--seed 1] [--days 30] -o FILE

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2)
  const flag = (name: string, fallback: string) => {
    const i = args.findIndex((a) => a === `--${name}` || (name === "out" && a === "-o"))
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback
  }
  const out = flag("out", "corpus.jsonl")
  const n = Number(flag("n", "1000"))
  const bytes = await writeJsonl(
    generateDocuments({
      n,
      seed: Number(flag("seed", "1")),
      days: Number(flag("days", "30")),
      file: basename(out),
    }),
    out,
  )
  process.stderr.write(`wrote ${n} articles, ${(bytes / 1e6).toFixed(1)} MB, to ${out}\n`)
}
