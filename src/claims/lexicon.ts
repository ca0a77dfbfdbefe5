/**
 * The words the extractor knows beside the registry of claim semantics (registry.ts): how
 * speakers, hedges and denials are worded, and the sides of a war. Nothing here names a
 * particular article or event: these are the general words of news copy.
 */

/** Verbs that attribute a statement to a speaker. */
export const SAY_VERBS =
  "said|says|say|told|tells|claimed|claims|claim|reported|reports|confirmed|confirms|wrote|writes|added|adds|noted|notes|stated|states|announced|announces|warned|warns|insisted|insists|explained|explains|estimated|estimates|posted|tweeted|declared|declares|alleged|alleges|suggested|suggests|acknowledged|acknowledges|indicated|indicates|cautioned|remarked|described"

/**
 * Words that hedge a claim. ("claimed" and "suggested" are verbs of saying: who claims it is the
 * claimant, shown beside every claim; the figure itself is not hedged. "The ministry counted
 * 119,000, whereas the union claimed 800,000" is two firm figures in conflict.)
 */
export const HEDGES =
  /\b(reportedly|allegedly|purportedly|apparently|supposedly|could|may|might|possibly|probably|likely|unconfirmed|is said to|are said to|were said to|was said to|believed to|thought to|rumou?red|unverified)\b/i

/** Denials: the claimant says something did not happen or is false. */
export const DENIALS =
  /\b(denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes|not true|false|fake|baseless|no evidence|did not|didn't|does not|doesn't|never|was not|were not|wasn't|weren't|has not|have not|hasn't|haven't)\b/i

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
/** ("38 other people remain missing" is contrastive: other than those found, not in addition.) */
export const INCREMENT = new Set(["more", "another", "additional", "further", "new", "extra", "others"])

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
