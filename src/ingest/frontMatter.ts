import { parse as parseYaml } from "yaml"

export interface FrontMatter {
  readonly fields: Record<string, unknown>
  /** The text after the front matter. */
  readonly body: string
  /** How many lines the front matter took, so that body offsets map back to file lines. */
  readonly lines: number
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/**
 * Splits YAML front matter from a Markdown or text file. Returns null when there is none;
 * throws an Error with a one-line message when the YAML does not parse.
 */
export function splitFrontMatter(raw: string): FrontMatter | null {
  const m = FENCE.exec(raw)
  if (!m) return null
  let fields: unknown
  try {
    fields = parseYaml(m[1] ?? "")
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e)
    throw new Error(`front matter is not valid YAML: ${msg}`)
  }
  if (fields !== null && (typeof fields !== "object" || Array.isArray(fields)))
    throw new Error("front matter is not a YAML mapping")
  return {
    fields: (fields ?? {}) as Record<string, unknown>,
    body: raw.slice(m[0].length),
    lines: m[0].split("\n").length - (m[0].endsWith("\n") ? 1 : 0),
  }
}
