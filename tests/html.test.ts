/**
 * HTML pages without article markup (no <article>, <main> or articleBody): the article is what
 * Readability finds, not the whole <body> with its sidebars (issue 19, item 7).
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { reconcileFiles } from "../src/index.ts"
import { extractHtml } from "../src/ingest/html.ts"

const PAGE = join(import.meta.dirname, "fixtures", "html", "no-article.html")

describe("a page without article markup", () => {
  it("gives the story's claims and none from the sidebar's headlines", async () => {
    const html = readFileSync(PAGE, "utf8")
    expect(html).toContain("Lottery jackpot hits $40 million") // in the page, in a sidebar
    const report = await reconcileFiles([PAGE])
    const texts = report.claims.map((c) => c.text)
    expect(texts.filter((t) => /jackpot|\$40 million|oil tops|3,000 homes/.test(t))).toEqual([])
    expect(report.claims.some((c) => c.value === 77)).toBe(true)
    expect(report.documents[0]).toMatchObject({ outlet: "Example Daily", published: "2025-03-13T08:00:00Z" })
  })

  it("keeps no navigation, sidebar or footer text", () => {
    const { text } = extractHtml(readFileSync(PAGE, "utf8"))
    expect(text.startsWith("Russia's Defence Ministry said on Thursday")).toBe(true)
    for (const furniture of ["Most read", "Lottery", "Also in the news", "Sport", "© Example Daily"])
      expect(text).not.toContain(furniture)
  })

  it("a marked-up page is still read by the own extractor: the article's headline stays", () => {
    const html = readFileSync(PAGE, "utf8")
      .replace('<div class="col-main">', '<article class="col-main">')
      .replace(
        /<\/div>\n {2}<\/div>\n {2}<div class="col-right">/,
        '</div>\n  </article>\n  <div class="col-right">',
      )
    const { text } = extractHtml(html)
    expect(text.split("\n")[0]).toBe("Drones downed over Bryansk overnight")
    expect(text).not.toContain("Lottery")
  })

  it("a page too short for Readability falls back to its body", () => {
    const { text } = extractHtml("<html><body><p>Officials said 12 drones were shot down.</p></body></html>")
    expect(text).toBe("Officials said 12 drones were shot down.")
  })
})
