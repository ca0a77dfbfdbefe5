/**
 * Noun classes (a stand-in until the WordNet-derived classes land): singular forms and whether a
 * noun names people.
 */
const IRREGULAR: Record<string, string> = {
  people: "person",
  children: "child",
  women: "woman",
  men: "man",
  police: "police",
  staff: "staff",
  personnel: "personnel",
  crises: "crisis",
  analyses: "analysis",
}
const MASS = new Set([
  "measles",
  "mumps",
  "news",
  "series",
  "species",
  "headquarters",
  "means",
  "diabetes",
  "barracks",
])

export function singular(word: string): string {
  const w = word.toLowerCase()
  const irregular = IRREGULAR[w]
  if (irregular !== undefined) return irregular
  if (MASS.has(w) || !w.endsWith("s") || /(ss|us|is)$/.test(w)) return w
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`
  if (/(ch|sh|x|ss|zz)es$/.test(w)) return w.slice(0, -2)
  return w.slice(0, -1)
}

const PERSON = new Set(
  "officer,member,crew,worker,employee,staff,student,patient,fan,voter,pilot,migrant,refugee,protester,protestor,demonstrator,journalist,doctor,nurse,teacher,miner,tourist,survivor,suspect,occupant,civilian,resident,inhabitant,citizen,victim,casualty,passenger,local,pedestrian,bystander,villager,machinist,gendarme,firefighter,rescuer,climber,hiker,pilgrim,worshipper,fisherman,farmer,driver,shopper,spectator,visitor,participant,marcher,striker,employee,soldier,person,child,adult,woman,man,immigrant,asylum-seeker,evacuee,detainee,prisoner,hostage,official,lawmaker,delegate,athlete,player".split(
    ",",
  ),
)
const PEOPLE = new Set(["police", "personnel", "staff", "crew", "troops", "forces"])

export const isPerson = (word: string): boolean => PEOPLE.has(word) || PERSON.has(singular(word))
