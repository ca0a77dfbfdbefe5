#!/usr/bin/env node
/**
 * Writes src/claims/data/pos.json: the word classes of natural's English part-of-speech lexicon
 * (brill_pos_tagger/data/English/lexicon_from_posjs.json, from pos-js, MIT), cut down to what the
 * claim reader asks of a lower-case word: whether it can be a noun (N), a verb (V), an adjective
 * (J) or an adverb (R), most frequent use first, or none of these (O: "the", "it", "and"). 54k words in 0.5 MB, loaded in a few
 * milliseconds, where the lexicon itself is 4 MB and takes 180 ms to parse.
 *
 *   node scripts/build-pos.mjs      (after npm ci; the output is committed)
 */
import { readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const path = require.resolve("natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json")
const lexicon = JSON.parse(readFileSync(path, "utf8"))
const cls = (t) =>
  t.startsWith("NN")
    ? "N"
    : t.startsWith("VB")
      ? "V"
      : t.startsWith("JJ")
        ? "J"
        : t.startsWith("RB")
          ? "R"
          : "O"
const byClasses = {}
for (const [w, tags] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z'-]*$/.test(w)) continue
  // O: a word of no open class (a determiner, a pronoun, a preposition): known, and no noun.
  const open = [...new Set(tags.map(cls))].filter((c) => c !== "O").join("")
  const classes = open === "" ? "O" : open
  if (byClasses[classes] === undefined) byClasses[classes] = []
  byClasses[classes].push(w)
}
const out = {}
for (const k of Object.keys(byClasses).sort()) out[k] = byClasses[k].sort().join(" ")
writeFileSync(new URL("../src/claims/data/pos.json", import.meta.url), `${JSON.stringify(out)}\n`)
console.log(
  Object.entries(out)
    .map(([k, v]) => `${k}:${v.split(" ").length}`)
    .join(" "),
)
