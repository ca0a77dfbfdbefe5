/** The Markdown report a fact-checker reads. A first version: documents, then groups by verdict. */
import type { Report } from "../domain/Report.ts"

export function renderMarkdown(report: Report): string {
  const lines: string[] = ["# Reconciliation report", ""]
  lines.push("| Document | Outlet | Published | Claims |", "| --- | --- | --- | ---: |")
  for (const d of report.documents)
    lines.push(`| ${d.id} | ${d.outlet ?? "unknown"} | ${d.published ?? "undated"} | ${d.claims} |`)
  lines.push("")
  const claims = new Map(report.claims.map((c) => [c.id, c]))
  for (const g of report.groups) {
    lines.push(`## ${g.verdict}: ${g.subject}`, "")
    for (const id of g.claims) {
      const c = claims.get(id)
      if (c) lines.push(`- ${c.outlet ?? c.document}: ${c.text}`)
    }
    lines.push("")
  }
  return `${lines.join("\n").trimEnd()}\n`
}
