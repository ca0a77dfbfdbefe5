/**
 * The words the extractor knows, as data. Each table maps surface forms to a canonical form.
 * Nothing here names a particular article or event: these are the general words of news copy.
 */

/** What is counted: plural or singular noun -> canonical thing, with an optional narrowing qualifier. */
export const COUNTED: Record<string, { readonly thing: string; readonly qualifier?: string }> = {}
const counted = (thing: string, words: string, qualifier?: string) => {
  for (const w of words.split(",")) COUNTED[w.trim()] = qualifier ? { thing, qualifier } : { thing }
}
counted(
  "person",
  "officers,members,crew,workers,employees,staff,students,patients,fans,voters,pilots,migrants,refugees,protesters,demonstrators,journalists,doctors,nurses,teachers,miners,tourists,survivors,suspects,occupants,people,persons,person,civilians,civilian,residents,resident,individuals,individual,inhabitants,citizens,victims,casualties,passengers,passenger,others,locals,pedestrians,bystanders,villagers,people's",
)
counted(
  "person",
  "children,child,kids,boys,boy,girls,girl,teenagers,teenager,minors,infants,babies,toddler,toddlers",
  "child",
)
counted("person", "adults,adult", "adult")
counted("person", "women,woman", "woman")
counted("person", "men,man", "man")
counted(
  "soldier",
  "soldiers,soldier,troops,servicemen,serviceman,servicemembers,personnel,fighters,fighter,marines,conscripts,recruits,militants",
)
counted("prisoner", "prisoners,prisoner,pows,pow,captives,detainees,inmates")
counted("hostage", "hostages,hostage")
counted("drone", "drones,drone,uavs,uav,shaheds,shahed,quadcopters")
counted("missile", "missiles,missile,rockets,rocket")
counted("bomb", "bombs,bomb,shells,shell")
counted("airport", "airports,airport,airfields,airfield")
counted("village", "villages,village,settlements,settlement,hamlets")
counted("town", "towns,town,cities,city")
counted("home", "homes,home,houses,house,apartments,apartment,flats,flat,dwellings,households")
counted("building", "buildings,building,blocks,high-rises,structures,facilities,facility")
counted("region", "regions,region,oblasts,oblast,provinces,province,districts,district")
counted("country", "countries,country,nations,nation,states")
counted("vehicle", "vehicles,vehicle,tanks,tank,cars,car,trucks,truck")
counted("aircraft", "aircraft,planes,plane,jets,jet,helicopters,helicopter")
counted("ship", "ships,ship,vessels,vessel,boats,boat")

/** Canonical action -> surface forms (lower case; multi-word allowed). Order matters: first match wins. */
export const ACTIONS: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  [
    "shot-down",
    [
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
  ],
  [
    "launched",
    [
      "launched",
      "launching",
      "launches",
      "launch",
      "fired",
      "firing",
      "fires",
      "unleashed",
      "sent",
      "attacked",
      "used",
      "dropped",
      "dropping",
    ],
  ],
  [
    "killed",
    [
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
    ],
  ],
  [
    "injured",
    ["injured", "injuring", "injures", "wounded", "wounding", "hurt", "injuries", "injury", "casualties"],
  ],
  [
    "hospitalised",
    [
      "hospitalised",
      "hospitalized",
      "taken to hospital",
      "hospitalisation",
      "hospitalization",
      "in hospital",
    ],
  ],
  ["evacuated", ["evacuated", "evacuating", "evacuation", "evacuate", "displaced", "fled"]],
  [
    "captured",
    [
      "captured",
      "capturing",
      "capture",
      "seized",
      "seizing",
      "took control of",
      "taken control of",
      "liberated",
    ],
  ],
  ["exchanged", ["swapped", "swapping", "swap", "exchanged", "exchange", "exchanging"]],
  ["released", ["released", "freed", "releasing", "freeing", "returned home"]],
  ["arrested", ["arrested", "arresting", "arrests", "detained", "detaining"]],
  ["missing", ["missing", "unaccounted for"]],
  ["rescued", ["rescued", "saved"]],
  ["suspended", ["suspended", "suspending", "closed", "closing", "halted", "cancelled", "canceled", "shut"]],
  [
    "struck",
    [
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
  ],
]

/** Verbs that attribute a statement to a speaker. */
export const SAY_VERBS =
  "said|says|say|told|tells|claimed|claims|claim|reported|reports|confirmed|confirms|wrote|writes|added|adds|noted|notes|stated|states|announced|announces|warned|warns|insisted|insists|explained|explains|estimated|estimates|posted|tweeted|declared|declares|alleged|alleges|suggested|suggests|acknowledged|acknowledges|indicated|indicates|cautioned|remarked|described"

/** Words that hedge a claim. */
export const HEDGES =
  /\b(reportedly|allegedly|purportedly|apparently|supposedly|could|may|might|possibly|probably|likely|unconfirmed|claimed|claims|claiming|is said to|are said to|were said to|was said to|believed to|thought to|suggested|suggests|rumou?red|unverified)\b/i

/** Denials: the claimant says something did not happen or is false. */
export const DENIALS =
  /\b(denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes|not true|false|fake|baseless|no evidence|did not|didn't|does not|doesn't|never|was not|were not|wasn't|weren't|has not|have not|hasn't|haven't)\b/i

/** Figures whose wording says they are an update of an earlier figure. */
export const UPDATE =
  /\b(rose|risen|rising|rises|climbed|climbing|increased|jumped|grew|grown|reached|now stands at|now at|up to date|updated|revised)\b/i

/** Units of time: "three years", "12 months" count time, not things. */
export const TIME_UNITS = new Set([
  "years",
  "months",
  "weeks",
  "days",
  "hours",
  "minutes",
  "seconds",
  "decades",
  "centuries",
  "nights",
  "times",
  "mornings",
  "evenings",
])

/** Words that mark a figure as in addition to another, not the same one. */
export const INCREMENT = new Set([
  "more",
  "other",
  "another",
  "additional",
  "further",
  "new",
  "extra",
  "others",
])

/** Countries by name, demonym and capital -> a side key. General knowledge, not per-article. */
export const SIDES: Record<string, string> = {}
const side = (key: string, words: string) => {
  for (const w of words.split(",")) SIDES[w.trim().toLowerCase()] = key
}
side("russia", "Russia,Russian,Russians,Moscow,Kremlin,Russian Federation")
side("ukraine", "Ukraine,Ukrainian,Ukrainians,Kyiv,Kiev")
side("united-states", "United States,US,U.S.,USA,American,Americans,Washington,White House,Pentagon")
side("united-kingdom", "United Kingdom,UK,U.K.,Britain,British,London,Downing Street")
side("france", "France,French,Paris,Elysee")
side("germany", "Germany,German,Berlin")
side("poland", "Poland,Polish,Warsaw")
side("china", "China,Chinese,Beijing")
side("israel", "Israel,Israeli,Israelis,Jerusalem")
side("palestine", "Palestine,Palestinian,Palestinians,Gaza,Hamas")
side("iran", "Iran,Iranian,Tehran")
side("belarus", "Belarus,Belarusian,Minsk")
side("turkey", "Turkey,Turkish,Ankara,Turkiye")
side("north-korea", "North Korea,North Korean,Pyongyang")
side("south-korea", "South Korea,South Korean,Seoul")
side("syria", "Syria,Syrian,Damascus")
side("lebanon", "Lebanon,Lebanese,Beirut,Hezbollah")
side("india", "India,Indian,New Delhi")
side("pakistan", "Pakistan,Pakistani,Islamabad")
side("saudi-arabia", "Saudi Arabia,Saudi,Riyadh")
side("united-arab-emirates", "UAE,United Arab Emirates,Emirati,Abu Dhabi")
side("egypt", "Egypt,Egyptian,Cairo")
side("japan", "Japan,Japanese,Tokyo")
side("nato", "NATO")
side("european-union", "EU,European Union,Brussels")

/** Title and role words that stand before a name; they are not part of it. */
export const ROLES = new Set(
  "trooper,officer,sergeant,detective,captain,inspector,sheriff,constable,agent,coach,manager,professor,president,president-elect,prime,minister,mayor,governor,spokesman,spokeswoman,spokesperson,secretary,adviser,advisor,envoy,chief,head,chairman,chairperson,chairwoman,member,aide,commander,general,ambassador,diplomat,official,officials,deputy,leader,senator,representative,correspondent,analyst,analysts,director,ceo,founder,chancellor,king,queen,pope,judge,prosecutor,lawyer,attorney,police,regional,former,foreign,defence,defense,interior,national,security,state,special,military,city,mayor's,the,a,an,his,her,their,its,our,senior,top,acting,first,vice,deputy's,public,health,emergency,emergencies,service,services,governor's,republican,democratic,democrat,mr,mrs,ms,dr,sir,lord,lady,russian,ukrainian,american,british,us,u.s.,uk,local,village,district,head's,army,navy,air,force,forces,media,press,also,then,later,earlier,now"
    .split(",")
    .map((w) => w.trim()),
)

/** Anonymous attributions: unnamed sources, insiders, officials "familiar with", "speaking on condition of anonymity". */
export const ANONYMOUS =
  /\b(?:an?|the|two|three|several|another)\s+(?:[\w.-]+\s+){0,3}?(?:sources?|insiders?|officials?|diplomats?)\b(?!\s+(?:of|from)?\s*\p{Lu})|\bsources?\s+(?:in|at|within|close to|familiar)\b|\b(?:people|persons|those|officials?|sources?|diplomats?|insiders?)\s+(?:\w+\s+){0,2}?familiar with\b|\b(?:on|under) (?:the )?condition of anonymity\b|\bunnamed\b|\bwho (?:asked|declined) (?:not )?to be (?:named|identified)\b/iu
