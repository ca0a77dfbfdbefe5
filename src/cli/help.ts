/**
 * What the command says about itself: its version, its help and its usage line. No Effect here:
 * bin.ts answers `--version` and `--help` from this module alone, before the modules that run a
 * reconciliation are loaded (loading them is most of a short run's time).
 */
import { readFileSync } from "node:fs"

/** The package's version, from its package.json (two folders up, from src/cli or dist/cli). */
export const VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version?: unknown
    }
    return typeof pkg.version === "string" ? pkg.version : "unknown"
  } catch {
    return "unknown"
  }
})()

export const USAGE = `usage: reconcile [--format md|json] [-o FILE] [--workers N] [--lexicon FILE.yaml] PATH...
       reconcile [OPTIONS] -            (one article on standard input; also: ... | reconcile)
       reconcile quantities [FILE...]   (what is read as a quantity, one JSON line per line)
       reconcile --help | --version`

const EXIT_AND_ENV = `EXIT STATUS
  0  every input was read and the report written
  1  some inputs were skipped (each named on stderr and in the report's "Skipped inputs");
     the report is still written
  2  usage error, nothing could be read, or the report could not be written (nothing written)
  130, 143  interrupted (Ctrl-C, SIGTERM); -o FILE is left as it was

ENVIRONMENT
  CI        when set, no progress line is drawn on stderr
  TERM      "dumb": no progress line is drawn on stderr
  The progress line is drawn only when stderr is a terminal, and never goes into the report.`

export const HELP = `reconcile ${VERSION}: cross-source fact reconciliation for fact-checkers and newsroom editors.
Reads several articles about one story, extracts their claims (figures, events, attributes), lines
up the claims about the same thing across outlets and reports conflicts, evolving figures,
thinly sourced claims and corroborations. Offline and deterministic.

${USAGE}

ARGUMENTS
  PATH      an article file or a folder of them (read recursively; hidden files skipped):
            .txt, .md (optional YAML front matter: outlet, published, story, url, title),
            .jsonl (one { "id", "outlet", "published", "story", "text" } a line), .html/.htm.
            A sources.json beside files without front matter gives their outlet and date.
            "-" reads one article from standard input (text with optional front matter, or an
            HTML page). With no PATH, standard input is read when it is a pipe or a file;
            otherwise this usage is printed (exit 2). Files over 256 MB are refused, and so is
            standard input past 256 MB. Give a file whose name starts with "-" after "--".

OPTIONS
  --format md|json   the report's format: md (Markdown, the default) or json (the JSON contract
                     described in the README)
  -o, --output FILE  write the report to FILE, atomically (through a temporary file beside it
                     and a rename), instead of standard output
  --workers N        worker threads for extraction beside the main thread (default: one per core
                     but one; 0: none). Used only for large inputs; the report is the same
  --lexicon FILE.yaml  add a beat's words to the registry of claim semantics: new actions and
                     their forms, new forms of known actions, nouns and what they count (the
                     README shows the format). A file that cannot be read or decoded stops the
                     run (exit 2). Extraction then runs on the main thread only
  -h, --help         this help (reconcile quantities --help: the subcommand's)
  --version          the version

Standard output carries the report and nothing else; each problem with an input is one line on
stderr naming the file (and line) and the reason. No stack traces.

${EXIT_AND_ENV}
`

export const QUANTITIES_HELP = `reconcile quantities ${VERSION}: prints, for each non-blank input line, the quantities the tool
reads in it, one JSON line each:
  { "text", "quantities": [ { "text", "start", "end", "value", "kind", "approx", "bound", "unit", "currency" } ] }
"value" is a number for an exact figure, or { "min", "max" } (null for an open side).

usage: reconcile quantities [FILE...]
       echo "At least 14 people were killed" | reconcile quantities

ARGUMENTS
  FILE      text files to read, line by line (regular files up to 256 MB; "-" or none:
            standard input, up to 256 MB)

OPTIONS
  -h, --help         this help

EXIT STATUS
  0  every file was read
  1  some files could not be read (each named on stderr)
  2  usage error, or no file could be read
`

/**
 * The answer to a command line that needs no reconciliation: `--help`, `--version` (anywhere
 * before a "--"), or `--wizard`, which @effect/cli would offer and which prompts on a terminal:
 * refused, so that it can never wait on a missing terminal. Null: the command line is for main.ts.
 */
export function fastAnswer(argv: ReadonlyArray<string>): { out: string; err: string; code: number } | null {
  const end = argv.indexOf("--")
  const opts = end === -1 ? argv : argv.slice(0, end)
  if (opts.includes("--wizard"))
    return { out: "", err: "reconcile: --wizard is not offered (see reconcile --help)\n", code: 2 }
  if (opts.includes("--help") || opts.includes("-h"))
    return { out: opts[0] === "quantities" ? QUANTITIES_HELP : HELP, err: "", code: 0 }
  if (opts.includes("--version")) return { out: `${VERSION}\n`, err: "", code: 0 }
  return null
}
