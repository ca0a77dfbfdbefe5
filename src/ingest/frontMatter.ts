import { parseDocument, YAMLParseError, YAMLWarning } from "yaml"

/** YAML front matter split from a Markdown or text file: read, broken, unclosed, or absent. */
export type FrontMatter =
  | {
      readonly _tag: "Fields"
      readonly fields: Record<string, unknown>
      /** The text after the front matter. */
      readonly body: string
      /** How many lines the front matter took, so that body offsets map back to file lines. */
      readonly lines: number
      /** What the YAML parser warns of (an unknown tag...), one line each, with the file's line. */
      readonly warnings: ReadonlyArray<string>
    }
  | {
      /** The fences are there but the YAML between them does not parse, or is not a mapping. */
      readonly _tag: "Invalid"
      readonly reason: string
      readonly body: string
      readonly lines: number
    }
  /** The file opens with `---` and no closing `---` line follows. */
  | { readonly _tag: "Unclosed" }
  | { readonly _tag: "None" }

const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/
const OPENING = /^---[ \t]*\r?\n/

export function splitFrontMatter(raw: string): FrontMatter {
  const m = FENCE.exec(raw)
  if (!m) return OPENING.test(raw) ? { _tag: "Unclosed" } : { _tag: "None" }
  const body = raw.slice(m[0].length)
  const lines = m[0].split("\n").length - (m[0].endsWith("\n") ? 1 : 0)
  let fields: unknown
  const warnings: string[] = []
  try {
    // Not parse(): it hands warnings to process.emitWarning, which prints several lines of its own.
    const doc = parseDocument(m[1] ?? "", { logLevel: "silent", prettyErrors: true })
    if (doc.errors.length > 0) throw doc.errors[0]
    for (const w of doc.warnings) warnings.push(`front matter ${yamlProblem(w)}`)
    fields = doc.toJS({ maxAliasCount: 100 })
  } catch (e) {
    return { _tag: "Invalid", reason: `front matter is not valid YAML (${yamlProblem(e)})`, body, lines }
  }
  if (fields !== null && (typeof fields !== "object" || Array.isArray(fields)))
    return { _tag: "Invalid", reason: "front matter is not a YAML mapping of fields", body, lines }
  return { _tag: "Fields", fields: (fields ?? {}) as Record<string, unknown>, body, lines, warnings }
}

/** "line 3: Map keys must be unique": the line in the file (after the opening fence), one line. */
function yamlProblem(e: unknown): string {
  const first = (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? ""
  const what = first.replace(/ at line \d+, column \d+:?\s*$/, "").trim()
  const line = e instanceof YAMLParseError || e instanceof YAMLWarning ? e.linePos?.[0]?.line : undefined
  return line === undefined ? what : `line ${line + 1}: ${what}`
}
