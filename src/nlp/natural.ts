/**
 * The one place that imports `natural`. Its main entry loads dotenv (which prints to stdout and
 * reads a .env from the working directory) and database clients, so only the modules used here
 * are loaded, by their own files (its folder indexes load every tokenizer and every stemmer).
 */
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)

interface Tokenizer {
  tokenize(text: string): string[]
}
interface DoubleMetaphoneT {
  process(word: string): [string, string]
}

const DoubleMetaphone =
  require("natural/lib/natural/phonetics/double_metaphone") as new () => DoubleMetaphoneT
const dm = new DoubleMetaphone()

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

/** The primary Double Metaphone key of a word ("Zelenskyy" and "Zelenskiy" give "SLNSK"). */
export const phoneticKey = (word: string): string => dm.process(word)[0] ?? ""

interface Stemmer {
  stem(word: string): string
}
const porter = require("natural/lib/natural/stemmers/porter_stemmer") as Stemmer

/** The Porter stem of a lower-case word ("idled" and "idle" give "idl"). */
export const stem = (word: string): string => porter.stem(word)
