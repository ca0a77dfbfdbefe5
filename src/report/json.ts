import type { Report } from "../domain/Report.ts"

/** The JSON report: one object, two-space indented, ending with a newline. */
export function renderJson(report: Report): string {
  const pieces: string[] = []
  renderJsonTo(report, (piece) => {
    pieces.push(piece)
  })
  return pieces.join("")
}

/** Elements of a top-level array given to one JSON.stringify call. */
const BATCH = 16

/**
 * The JSON report in pieces, given to `piece` one by one as they are made: their concatenation is
 * what `JSON.stringify(report, null, 2)` gives, then a newline. For writing, not for reading: the
 * command encodes them as they come (src/report/bytes.ts) rather than holding them, which the
 * garbage collector would copy while the rest is rendered.
 *
 * V8 keeps a string one byte a character when all its characters are Latin-1. One "€" in a title
 * or "∞" in a bound would make a whole 75 MB report two bytes a character; in pieces of 16
 * documents, claims or groups, only the pieces that hold such a character are wide. Each batch is
 * stringified nested two levels deep, as it sits in the report, and cut out of its wrapping, so
 * that the indentation is JSON.stringify's own.
 */
export function renderJsonTo(report: Report, piece: (text: string) => void): void {
  const value = report as unknown as Readonly<Record<string, unknown>>
  let given = false
  const give = (text: string) => {
    given = true
    piece(text)
  }
  for (const key of Object.keys(value)) {
    const v = value[key]
    const head = given ? ",\n" : "{\n"
    if (Array.isArray(v) && v.length > 0) {
      give(`${head}  ${JSON.stringify(key)}: [\n    `)
      for (let i = 0; i < v.length; i += BATCH) {
        // [[a, b]] indented: "[\n  [\n    a,\n    b\n  ]\n]": a and b as in the report.
        const s = JSON.stringify([v.slice(i, i + BATCH)], null, 2)
        if (i > 0) give(",\n    ")
        give(s.slice(10, s.length - 6))
      }
      give("\n  ]")
    } else {
      // {"key": v} indented: "{\n  "key": v\n}", or "{}" when v is left out (undefined).
      const s = JSON.stringify({ [key]: v }, null, 2)
      if (s !== "{}") give(head + s.slice(2, s.length - 2))
    }
  }
  piece(given ? "\n}\n" : "{}\n")
}
