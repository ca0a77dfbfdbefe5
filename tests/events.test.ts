import { describe, expect, it } from "vitest"
import { extractClaims, forgetReadings } from "../src/claims/extract.ts"
import type { EventClaim } from "../src/domain/Claim.ts"
import { doc } from "./helpers/docs.ts"

const events = (text: string) => {
  forgetReadings()
  return extractClaims(doc("d", "Outlet", "2025-02-13", text)).filter(
    (c): c is EventClaim => c._tag === "event",
  )
}
const row = (e: EventClaim | undefined) =>
  e && [
    e.actor?.name ?? null,
    e.actor?.key ?? null,
    e.target?.name ?? null,
    e.target?.key ?? null,
    e.action,
    e.polarity,
  ]

describe("events with people kept", () => {
  it.each([
    // [sentence, actor name, actor key, target name, target key, action, polarity]
    ["Trump called Putin on Wednesday.", "Trump", "person:TRMP", "Putin", "person:PTN", "call", "asserted"],
    [
      "US President Donald Trump called Russian President Vladimir Putin.",
      "Donald Trump",
      "person:TRMP",
      "Vladimir Putin",
      "person:PTN",
      "call",
      "asserted",
    ],
    [
      "On Sunday, The Washington Post reported that Trump had a phone call with the Russian strongman.",
      "Trump",
      "person:TRMP",
      "russia",
      "russia",
      "call",
      "asserted",
    ],
    [
      "Zelensky met Macron in Paris.",
      "Zelensky",
      "person:SLNSK",
      "Macron",
      "person:MKRN",
      "meet",
      "asserted",
    ],
    [
      "Zelenskyy visited Kharkiv on Friday.",
      "Zelenskyy",
      "person:SLNSK",
      "Kharkiv",
      "KRKF",
      "visit",
      "asserted",
    ],
    ["Russia struck Kyiv overnight.", "russia", "russia", "ukraine", "ukraine", "strike", "asserted"],
    [
      "Ukrainian drones struck a plant in Obukhovo.",
      "ukraine",
      "ukraine",
      "Obukhovo",
      "APKF",
      "strike",
      "asserted",
    ],
    ["Kharkiv was hit by Russian missiles.", "russia", "russia", "Kharkiv", "KRKF", "strike", "asserted"],
    ["Police arrested 17 protesters in Paris.", "Police", "police", "france", "france", "arrest", "asserted"],
    // denials, with the action of what they deny
    ["There was no conversation, Peskov said.", null, null, null, null, "call", "denied"],
    [
      "Peskov said there was no phone call between Putin and Trump.",
      "Putin",
      "person:PTN",
      "Trump",
      "person:TRMP",
      "call",
      "denied",
    ],
    ["The Kremlin denied the call took place.", null, null, null, null, "call", "denied"],
    [
      "The government denied that any protesters had been arrested.",
      null,
      null,
      null,
      null,
      "arrest",
      "denied",
    ],
    ["The interior ministry denied any arrests.", null, null, null, null, "arrest", "denied"],
    [
      "The Kremlin denied that Putin spoke to Trump.",
      "Putin",
      "person:PTN",
      "Trump",
      "person:TRMP",
      "call",
      "denied",
    ],
    ["Trump did not call Putin.", "Trump", "person:TRMP", "Putin", "person:PTN", "call", "denied"],
    ["Moscow denied the attack on the hospital.", null, null, null, null, "strike", "denied"],
    ["No call took place on Wednesday, Peskov said.", null, null, null, null, "call", "denied"],
    [
      "The meeting with Zelensky did not take place.",
      null,
      null,
      "Zelensky",
      "person:SLNSK",
      "meet",
      "denied",
    ],
  ])("%s", (sentence, actorName, actorKey, targetName, targetKey, action, polarity) =>
    expect(row(events(sentence)[0])).toEqual([actorName, actorKey, targetName, targetKey, action, polarity]))

  it.each([
    "The talks were held in a good atmosphere.",
    "He called it a good day.",
    "Russia rejected the talks as a farce.",
    "There was no reason to withdraw the law.",
  ])("finds no event with a party or a negation that stands for one: %s", (sentence) =>
    expect(events(sentence).filter((e) => e.polarity === "denied" || e.action !== "reject")).toEqual([]))

  it("gives a denial the action of the assertion it denies", () => {
    const [yes] = events("Trump spoke with Putin by phone on Wednesday.")
    const [no] = events("There was no conversation, the Kremlin said.")
    expect([yes?.action, yes?.polarity]).toEqual(["call", "asserted"])
    expect([no?.action, no?.polarity]).toEqual(["call", "denied"])
  })
})
