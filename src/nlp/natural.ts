/**
 * The one place that imports `natural`. Its main entry loads dotenv (which prints to stdout and
 * reads a .env from the working directory) and database clients, so only the modules used here
 * are loaded, by their own files (its folder indexes load every tokenizer and every stemmer).
 * Names are keyed here too (phoneticKey), though not by natural: see doubleMetaphone.ts.
 */
import { createRequire } from "node:module"
import { doubleMetaphone } from "./doubleMetaphone.ts"

const require = createRequire(import.meta.url)

interface Tokenizer {
  tokenize(text: string): string[]
}

/**
 * natural's WordTokenizer (the benchmark's yardstick): words and numbers, punctuation dropped.
 * Loaded on first use, by its own file: natural's tokenizers index loads every tokenizer (40 ms).
 */
export const tokenizeWords = (text: string): string[] => {
  wordTokenizer ??= new (
    require("natural/lib/natural/tokenizers/regexp_tokenizer") as { WordTokenizer: new () => Tokenizer }
  ).WordTokenizer()
  return wordTokenizer.tokenize(text)
}
let wordTokenizer: Tokenizer | undefined

/**
 * The primary Double Metaphone key of a word ("Zelenskyy" and "Zelenskiy" give "SLNSK", "Paris"
 * PRS). Not natural's DoubleMetaphone: it drops S after an A or an I and before an L (Paris PR,
 * Minister MNTR) and reads G before E/I as K, so it is Philips' algorithm, in doubleMetaphone.ts.
 */
export const phoneticKey = (word: string): string => doubleMetaphone(word)

interface Stemmer {
  stem(word: string): string
}
const porter = require("natural/lib/natural/stemmers/porter_stemmer") as Stemmer

/** The Porter stem of a lower-case word ("idled" and "idle" give "idl"). */
export const stem = (word: string): string => porter.stem(word)
