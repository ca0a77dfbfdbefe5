/**
 * The one place that imports `natural`. Its main entry loads dotenv (which prints to stdout and
 * reads a .env from the working directory) and database clients, so only the modules used here
 * are loaded, by their own paths.
 */
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)

interface Tokenizer {
  tokenize(text: string): string[]
}
interface DoubleMetaphoneT {
  process(word: string): [string, string]
}

const { WordTokenizer } = require("natural/lib/natural/tokenizers") as { WordTokenizer: new () => Tokenizer }
const DoubleMetaphone =
  require("natural/lib/natural/phonetics/double_metaphone") as new () => DoubleMetaphoneT
const { PorterStemmer } = require("natural/lib/natural/stemmers") as {
  PorterStemmer: { stem(w: string): string }
}

const wordTokenizer = new WordTokenizer()
const dm = new DoubleMetaphone()

/** natural's WordTokenizer: words and numbers, punctuation dropped. */
export const tokenizeWords = (text: string): string[] => wordTokenizer.tokenize(text)

/** The primary Double Metaphone key of a word ("Zelenskyy" and "Zelenskiy" give "SLNSK"). */
export const phoneticKey = (word: string): string => dm.process(word)[0] ?? ""

/** Porter stem of a lower-case word. */
export const stem = (word: string): string => PorterStemmer.stem(word)
