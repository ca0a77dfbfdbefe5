import { readFileSync } from "node:fs"
import { join } from "node:path"

/** The code of the README's example marked `<!-- example: NAME ... -->` (the fenced block after it). */
export function readmeExample(name: string): string {
  const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8")
  const m = new RegExp(`<!-- example: ${name}\\b[^>]*-->\\n\`\`\`ts\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(readme)
  if (m === null) throw new Error(`README.md has no example "${name}"`)
  return `${m[1]}\n`
}
