/**
 * `--lexicon FILE.yaml`: a beat's words added to the registry without code. The file is decoded
 * at the edge with one-line errors; once added, the words read like built-in ones (the action
 * patterns and their pre-filter are rebuilt from the registry).
 */
import { describe, expect, it } from "vitest"
import { forgetReadings, readSentence } from "../src/claims/extract.ts"
import { actionForms, extend } from "../src/claims/registry.ts"
import { parseLexicon } from "../src/cli/lexicon.ts"
import { reconcileInputs } from "../src/pipeline.ts"
import { doc, inputsOf } from "./helpers/docs.ts"

const ELECTION = `
actions:
  elected:
    forms: [elected, won, took]
    counts: seat
    words: elected
  protested:
    forms: [picketed]
things:
  - thing: seat
    forms: [seats, seat, mandates]
`

const quantity = (sentence: string) => {
  const d = readSentence(sentence).drafts[0]
  return d?._tag === "quantity" ? { counted: d.counted, action: d.action, value: d.value } : d
}

describe("lexicon files", () => {
  it("decodes a lexicon, and names the problem of one that is not", () => {
    expect(parseLexicon(ELECTION)).toMatchObject({
      actions: { elected: { forms: ["elected", "won", "took"] } },
    })
    expect(parseLexicon("actions: {x: {forms: 3}}")).toMatch(/^actions\.x\.forms: /)
    expect(parseLexicon("things: [{forms: [a]}]")).toMatch(/^things\.0\.thing: /)
    expect(parseLexicon("a: [1, 2")).toMatch(/^not valid YAML/)
    expect(parseLexicon("colour: red")).toMatch(/colour/)
  })

  it("adds actions, forms of known actions and things, which then read like built-in words", () => {
    forgetReadings()
    expect(quantity("The party took 118 mandates in parliament.")).toMatchObject({ counted: "mandate" })
    const lexicon = parseLexicon(ELECTION)
    if (typeof lexicon === "string") throw new Error(lexicon)
    extend(lexicon)
    forgetReadings()
    expect(quantity("The party took 118 mandates in parliament.")).toEqual({
      counted: "seat",
      action: "elected",
      value: 118,
    })
    expect(quantity("About 300 nurses picketed the hospital.")).toMatchObject({ action: "protested" })
    // A known action keeps its own forms first.
    expect(
      actionForms()
        .find(([a]) => a === "protested")![1]
        .slice(-1),
    ).toEqual(["picketed"])
    const report = reconcileInputs(
      inputsOf(
        doc("a", "Alpha", "2025-05-01", "The party won 120 seats in parliament."),
        doc("b", "Bravo", "2025-05-01", "The party took 118 mandates in parliament."),
      ),
    )
    expect(report.groups.map((g) => g.verdict)).toEqual(["conflict"])
  })
})

describe("the README's lexicon example", () => {
  it("is a lexicon that decodes", async () => {
    const { readFileSync } = await import("node:fs")
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    const block = /```yaml\n(# election\.yaml[\s\S]*?)```/.exec(readme)?.[1]
    expect(block).toBeDefined()
    const lexicon = parseLexicon(block!)
    expect(lexicon).toMatchObject({
      actions: { elected: { counts: "seat" } },
      things: [{ thing: "seat" }, {}],
    })
  })
})
