/**
 * The article in an HTML page: its text, without scripts, styles, navigation, the site's header
 * and footer, share bars and the like; and its publication facts from the page's metadata.
 *
 * A small, forgiving parser (no dependency): it builds a light element tree, closing what the
 * page leaves open the way browsers do for the common cases, in time linear in the page's size.
 * The article is the page's `itemprop="articleBody"`, else its longest `<article>`, else `<main>`.
 * A page with none of these marks (its body holds sidebars, teasers, other stories' headlines)
 * is given to Mozilla's Readability (Firefox's reader view, on a linkedom DOM), and its own
 * parser reads the article Readability finds; `<body>` only when Readability finds none. Each block
 * (paragraph, heading, list item...) becomes a paragraph of the text, separated by a blank line;
 * `<br>` becomes a line break. The own parser stays for marked-up pages: it is faster and keeps
 * the article's headline and structure.
 */

import { createRequire } from "node:module"
import { C1_AS_WINDOWS_1252 } from "./text.ts"

// Loaded on the first page without article markup only: most runs never need a DOM.
const require = createRequire(import.meta.url)
let readabilityModules:
  | {
      parseHTML: typeof import("linkedom").parseHTML
      Readability: typeof import("@mozilla/readability").Readability
    }
  | undefined
const readability = () => {
  readabilityModules ??= {
    parseHTML: (require("linkedom") as typeof import("linkedom")).parseHTML,
    Readability: (require("@mozilla/readability") as typeof import("@mozilla/readability")).Readability,
  }
  return readabilityModules
}

/**
 * Pages Readability is given at most: beyond these, a DOM and Readability's passes over it take
 * time out of proportion (100,000 nested elements: minutes), and the page is read from its body.
 */
const READABLE = { bytes: 4 * 2 ** 20, elements: 20_000, depth: 200 }

/** Whether the parsed page is within READABLE's bounds of elements and depth. */
function readableShape(root: Element): boolean {
  let count = 0
  const stack: Array<[Element, number]> = [[root, 0]]
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!
    if (++count > READABLE.elements || depth > READABLE.depth) return false
    for (const c of el.children) if (typeof c !== "string") stack.push([c, depth + 1])
  }
  return true
}

/** The article's HTML as Readability finds it in a page, or null when it finds none. */
function readableContent(html: string, root: Element): string | null {
  if (html.length > READABLE.bytes || !readableShape(root)) return null
  const { parseHTML, Readability } = readability()
  const { document } = parseHTML(html)
  const found = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 200,
  }).parse()
  return found?.content ?? null
}

/** readableContent, or null when Readability fails on the page. */
function tryReadable(html: string, root: Element): string | null {
  try {
    return readableContent(html, root)
  } catch {
    return null
  }
}

export interface HtmlArticle {
  readonly text: string
  /** og:title, else twitter:title, else `<title>`. */
  readonly title: string | null
  /** As written: meta article:published_time (and kin), JSON-LD datePublished, `<time datetime>`. */
  readonly published: string | null
  /** og:site_name, else the JSON-LD publisher's name. */
  readonly outlet: string | null
  /** `<link rel="canonical">`, else og:url. */
  readonly url: string | null
}

interface Element {
  readonly name: string
  readonly attrs: ReadonlyMap<string, string>
  readonly children: Node[]
  readonly parent: Element | null
  /** Raw text content of script, style, title and the like. */
  raw?: string
}
type Node = Element | string

const VOID = new Set("area base br col embed hr img input keygen link meta param source track wbr".split(" "))
/** Elements whose content is not markup: it runs to the matching end tag. */
const RAW_TEXT = new Set("script style xmp iframe noembed noframes noscript textarea title".split(" "))
/** Elements that end a line of text where they open and close. */
const BLOCK = new Set(
  (
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset " +
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav " +
    "ol p pre section summary table tbody td tfoot th thead tr ul"
  ).split(" "),
)
/** Opening one of these closes an open `<p>`, as in browsers. */
const CLOSES_P = new Set(
  (
    "address article aside blockquote details dialog div dl fieldset figcaption figure footer form " +
    "h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul"
  ).split(" "),
)
/** Elements left out of the text, with everything inside them. */
const SKIP = new Set(
  (
    "script style noscript template svg math canvas iframe object embed video audio nav aside " +
    "footer form button select textarea input label menu dialog head title"
  ).split(" "),
)
const SKIP_ROLES = new Set(
  "navigation banner contentinfo complementary search menu menubar dialog alertdialog".split(" "),
)
/** Class or id names (or their first word: `share-bar`, `related_links`) of page furniture. */
const FURNITURE =
  /^(?:share|sharing|social|related|newsletter|subscribe|subscription|cookie|cookies|consent|advert|advertisement|ad|ads|promo|comments|breadcrumbs?|sidebar|navbar|menu|skip-link|paywall)(?:$|[-_])/i

export function extractHtml(html: string): HtmlArticle {
  const root = parse(html)
  const facts = readFacts(root)
  const chosen = chooseArticle(root)
  let article = chosen.element
  if (!chosen.marked) {
    const content = tryReadable(html, root)
    const found = content === null ? null : parse(content)
    if (found !== null && textOf(found, false) !== "") article = found
  }
  let text = textOf(article, true)
  // A page whose every block looks like furniture still has its text read.
  if (text === "") text = textOf(article, false)
  return { text, ...facts, published: facts.published ?? firstTime(article) ?? firstTime(root) }
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv), or null. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048))
  const m =
    /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta\s[^>]*?content\s*=\s*["'][^"']*?charset\s*=\s*([\w.:-]+)/i.exec(head)
  return m?.[1] ?? null
}

// ---------------------------------------------------------------------------------------------
// Parsing

const END_TAG = /<\/([A-Za-z][^\s/>]*)/y
const rawEnd = new Map<string, RegExp>()
const rawEndOf = (name: string): RegExp => {
  let re = rawEnd.get(name)
  if (!re) {
    re = new RegExp(`</${name}(?=[\\s/>])`, "gi")
    rawEnd.set(name, re)
  }
  return re
}

function parse(html: string): Element {
  const root: Element = { name: "#root", attrs: new Map(), children: [], parent: null }
  let cur = root
  /** How many elements of each name are open: an end tag with none open is ignored at once. */
  const open = new Map<string, number>()
  const push = (el: Element) => {
    cur.children.push(el)
    cur = el
    open.set(el.name, (open.get(el.name) ?? 0) + 1)
  }
  const pop = () => {
    open.set(cur.name, (open.get(cur.name) ?? 1) - 1)
    cur = cur.parent ?? root
  }
  const popWhile = (names: ReadonlySet<string>) => {
    while (cur !== root && names.has(cur.name)) pop()
  }
  const closeTo = (name: string) => {
    if ((open.get(name) ?? 0) === 0) return
    while (cur !== root) {
      const done = cur.name === name
      pop()
      if (done) return
    }
  }

  const n = html.length
  let i = 0
  while (i < n) {
    const lt = html.indexOf("<", i)
    if (lt === -1) {
      cur.children.push(html.slice(i))
      break
    }
    if (lt > i) cur.children.push(html.slice(i, lt))
    i = lt
    const next = html.charCodeAt(lt + 1)
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4)
      i = end === -1 ? n : end + 3
    } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      // <!DOCTYPE>, <?xml?>, and <![CDATA[...]]> too: in HTML all are bogus comments to the next ">".
      const end = html.indexOf(">", lt + 2)
      i = end === -1 ? n : end + 1
    } else if (next === 0x2f /* / */) {
      const gt = html.indexOf(">", lt)
      if (gt === -1) break // The page ends inside a tag: the tag is dropped, as browsers do.
      END_TAG.lastIndex = lt
      const m = END_TAG.exec(html)
      i = gt + 1
      if (m === null) continue // `</ >`, `</3>`: a bogus comment, as browsers read it.
      const name = m[1]!.toLowerCase()
      if (name === "br") cur.children.push({ name: "br", attrs: new Map(), children: [], parent: cur })
      else closeTo(name)
    } else if (isAsciiLetter(next)) {
      const tag = parseTag(html, lt)
      if (tag === null) break // The page ends inside a tag: the tag is dropped, as browsers do.
      i = tag.end
      const { name } = tag
      if (CLOSES_P.has(name)) popWhile(P)
      if (name === "li") popWhile(LI)
      else if (name === "dt" || name === "dd") popWhile(DT)
      else if (name === "tr") popWhile(TR)
      else if (name === "td" || name === "th") popWhile(TD)
      else if (name === "option" || name === "optgroup") popWhile(OPTION)
      const el: Element = { name, attrs: tag.attrs, children: [], parent: cur }
      if (VOID.has(name)) {
        cur.children.push(el)
      } else if (RAW_TEXT.has(name)) {
        const re = rawEndOf(name)
        re.lastIndex = i
        const m = re.exec(html)
        const end = m === null ? n : m.index
        el.raw = html.slice(i, end)
        cur.children.push(el)
        if (m === null) i = n
        else {
          const close = html.indexOf(">", end)
          i = close === -1 ? n : close + 1
        }
      } else if (name === "plaintext") {
        el.children.push(html.slice(i))
        cur.children.push(el)
        i = n
      } else if (!tag.selfClosing || !isForeignVoid(name)) {
        push(el)
      } else {
        cur.children.push(el)
      }
    } else {
      cur.children.push("<")
      i = lt + 1
    }
  }
  return root
}

const P = new Set(["p"])
const LI = new Set(["p", "li"])
const DT = new Set(["p", "dt", "dd"])
const TR = new Set(["td", "th", "tr"])
const TD = new Set(["td", "th"])
const OPTION = new Set(["option"])
/** `<svg/>`-style self-closing elements that open nothing. */
const isForeignVoid = (name: string) => !BLOCK.has(name) && name !== "p"
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d

interface Tag {
  readonly name: string
  readonly attrs: Map<string, string>
  readonly selfClosing: boolean
  /** Index just after the tag's `>`. */
  readonly end: number
}

/** Reads a start tag at `lt`; null when the page ends (or a quote never closes) inside it. */
function parseTag(s: string, lt: number): Tag | null {
  const n = s.length
  let j = lt + 1
  while (j < n && !isSpace(s.charCodeAt(j)) && s[j] !== "/" && s[j] !== ">") j++
  const name = s.slice(lt + 1, j).toLowerCase()
  const attrs = new Map<string, string>()
  let selfClosing = false
  for (;;) {
    while (j < n && (isSpace(s.charCodeAt(j)) || s[j] === "/")) {
      selfClosing = s[j] === "/"
      j++
    }
    if (j >= n) return null
    if (s[j] === ">") return { name, attrs, selfClosing, end: j + 1 }
    selfClosing = false
    const start = j
    j++ // An attribute name may begin with any character but space, "/" and ">".
    while (j < n && !isSpace(s.charCodeAt(j)) && s[j] !== "/" && s[j] !== ">" && s[j] !== "=") j++
    const attr = s.slice(start, j).toLowerCase()
    while (j < n && isSpace(s.charCodeAt(j))) j++
    let value = ""
    if (s[j] === "=") {
      j++
      while (j < n && isSpace(s.charCodeAt(j))) j++
      const q = s[j]
      if (q === '"' || q === "'") {
        const close = s.indexOf(q, j + 1)
        if (close === -1) return null
        value = s.slice(j + 1, close)
        j = close + 1
      } else {
        const from = j
        while (j < n && !isSpace(s.charCodeAt(j)) && s[j] !== ">") j++
        value = s.slice(from, j)
      }
    }
    if (!attrs.has(attr)) attrs.set(attr, decodeEntities(value))
  }
}

// ---------------------------------------------------------------------------------------------
// The article's text

/** Every element under `root`, in document order, without recursion (pages can nest deeply). */
function* elements(root: Element): Generator<Element> {
  const stack: Element[] = [root]
  while (stack.length > 0) {
    const el = stack.pop()!
    yield el
    for (let k = el.children.length - 1; k >= 0; k--) {
      const c = el.children[k]!
      if (typeof c !== "string") stack.push(c)
    }
  }
}

/** The page's article element, and whether the page marks it (articleBody, article, main). */
function chooseArticle(root: Element): { element: Element; marked: boolean } {
  const body = [...elements(root)]
  const byItemprop = body.filter((e) => /\barticleBody\b/.test(e.attrs.get("itemprop") ?? ""))
  const articles = body.filter((e) => e.name === "article")
  const candidates = byItemprop.length > 0 ? byItemprop : articles
  if (candidates.length > 0) {
    const lengths = textLengths(root)
    const element = candidates.reduce((best, e) =>
      (lengths.get(e) ?? 0) > (lengths.get(best) ?? 0) ? e : best,
    )
    return { element, marked: true }
  }
  const main = body.find((e) => e.name === "main") ?? body.find((e) => e.attrs.get("role") === "main")
  if (main !== undefined) return { element: main, marked: true }
  return { element: body.find((e) => e.name === "body") ?? root, marked: false }
}

/** The length of the text under each element, ignoring what is skipped; one pass, bottom up. */
function textLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>()
  const order = [...elements(root)]
  for (let k = order.length - 1; k >= 0; k--) {
    const el = order[k]!
    let sum = 0
    if (!skipped(el, false))
      for (const c of el.children)
        sum += typeof c === "string" ? c.replace(/\s+/g, "").length : (lengths.get(c) ?? 0)
    lengths.set(el, sum)
  }
  return lengths
}

function skipped(el: Element, furniture: boolean, inArticle = false): boolean {
  // An article's own header holds its headline and standfirst; the page's header is furniture.
  if (el.name === "header" && inArticle) return false
  if (el.name === "header" || SKIP.has(el.name)) return true
  const a = el.attrs
  if (a.has("hidden") || a.get("aria-hidden") === "true") return true
  if (SKIP_ROLES.has((a.get("role") ?? "").toLowerCase())) return true
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.get("style") ?? "")) return true
  if (!furniture) return false
  const names = `${a.get("class") ?? ""} ${a.get("id") ?? ""}`.split(/\s+/)
  return names.some((c) => c !== "" && FURNITURE.test(c))
}

function textOf(article: Element, furniture: boolean): string {
  const out: string[] = []
  let line = ""
  const breakLine = (blank: boolean) => {
    const t = line.trim()
    if (t !== "") out.push(t)
    if (blank && out.length > 0 && out[out.length - 1] !== "") out.push("")
    line = ""
  }
  let inArticle = false
  for (let p: Element | null = article; p !== null; p = p.parent) if (p.name === "article") inArticle = true
  // Work list of nodes to visit and markers for the end of an element.
  type Item = Node | { readonly end: Element }
  const stack: Array<{ item: Item; pre: boolean; inArticle: boolean }> = [
    { item: article, pre: false, inArticle },
  ]
  while (stack.length > 0) {
    const { item, pre, inArticle } = stack.pop()!
    if (typeof item === "string") {
      const t = decodeEntities(item)
      if (pre) {
        const parts = t.split(/\r?\n/)
        parts.forEach((part, k) => {
          if (k > 0) breakLine(false)
          line += part
        })
      } else {
        line += t.replace(/[\s\u00a0]+/g, " ")
      }
      continue
    }
    if ("end" in item) {
      if (BLOCK.has(item.end.name)) breakLine(true)
      continue
    }
    const el = item
    if (el !== article && skipped(el, furniture, inArticle)) {
      if (BLOCK.has(el.name)) breakLine(true)
      continue
    }
    if (el.name === "br") {
      breakLine(false)
      continue
    }
    if (el.name === "img" || el.name === "wbr") continue
    if (BLOCK.has(el.name)) breakLine(true)
    else if (el.name === "td" || el.name === "th") line += " "
    stack.push({ item: { end: el }, pre, inArticle })
    const isPre = pre || el.name === "pre" || el.name === "listing"
    const nowInArticle = inArticle || el.name === "article"
    for (let k = el.children.length - 1; k >= 0; k--)
      stack.push({ item: el.children[k]!, pre: isPre, inArticle: nowInArticle })
  }
  breakLine(false)
  while (out.length > 0 && out[out.length - 1] === "") out.pop()
  return out.map((l) => l.replace(/[ \t]+/g, " ").trim()).join("\n")
}

// ---------------------------------------------------------------------------------------------
// Publication facts

const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date.issued",
  "dcterms.created",
  "parsely-pub-date",
  "sailthru.date",
]

function readFacts(root: Element): Omit<HtmlArticle, "text"> {
  const meta = new Map<string, string>()
  let titleTag: string | null = null
  let canonical: string | null = null
  const jsonLd: unknown[] = []
  for (const el of elements(root)) {
    if (el.name === "meta") {
      const key = (el.attrs.get("property") ?? el.attrs.get("name") ?? el.attrs.get("itemprop") ?? "")
        .trim()
        .toLowerCase()
      const content = el.attrs.get("content")
      if (key !== "" && content !== undefined && !meta.has(key)) meta.set(key, clean(content))
    } else if (el.name === "title" && titleTag === null) {
      titleTag = clean(decodeEntities(el.raw ?? ""))
    } else if (el.name === "link" && /\bcanonical\b/i.test(el.attrs.get("rel") ?? "")) {
      canonical ??= clean(el.attrs.get("href") ?? "")
    } else if (el.name === "script" && /ld\+json/i.test(el.attrs.get("type") ?? "") && el.raw) {
      try {
        jsonLd.push(JSON.parse(el.raw))
      } catch {
        // Broken JSON-LD is common and harmless: the page's other metadata still count.
      }
    }
  }
  const ld = newsArticleOf(jsonLd)
  const some = (...vs: Array<string | null | undefined>) => vs.find((v) => v != null && v !== "") ?? null
  return {
    title: some(meta.get("og:title"), meta.get("twitter:title"), titleTag, ldString(ld?.headline)),
    published: some(...PUBLISHED_META.map((k) => meta.get(k)), ldString(ld?.datePublished)),
    outlet: some(meta.get("og:site_name"), ldString(ldPublisher(ld))),
    url: some(canonical, meta.get("og:url")),
  }
}

function firstTime(root: Element): string | null {
  for (const el of elements(root)) {
    if (el.name !== "time") continue
    const dt = clean(el.attrs.get("datetime") ?? "")
    if (dt !== "") return dt
  }
  return null
}

type LdObject = Record<string, unknown>
const isObject = (v: unknown): v is LdObject => typeof v === "object" && v !== null && !Array.isArray(v)

/** The first schema.org *Article in JSON-LD blocks (arrays and `@graph`s included). */
function newsArticleOf(blocks: ReadonlyArray<unknown>): LdObject | null {
  const queue: unknown[] = [...blocks]
  for (let k = 0; k < queue.length && k < 10_000; k++) {
    const v = queue[k]
    if (Array.isArray(v)) for (const x of v) queue.push(x)
    else if (isObject(v)) {
      const type = v["@type"]
      const types = Array.isArray(type) ? type : [type]
      if (types.some((t) => typeof t === "string" && /Article$|^BlogPosting$/.test(t))) return v
      if (v["@graph"] !== undefined) queue.push(v["@graph"])
    }
  }
  return null
}

const ldString = (v: unknown): string | null => (typeof v === "string" ? clean(v) || null : null)
const ldPublisher = (ld: LdObject | null): unknown => {
  const p = ld?.publisher
  const first = Array.isArray(p) ? p[0] : p
  return isObject(first) ? first.name : first
}

const clean = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim()

// ---------------------------------------------------------------------------------------------
// Character references

/** The names of U+00A0 to U+00FF, in order. */
const LATIN1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn " +
  "sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave " +
  "Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml " +
  "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN " +
  "szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute " +
  "icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml " +
  "yacute thorn yuml"
const NAMED = new Map<string, string>([
  ...LATIN1.split(" ").map((name, k) => [name, String.fromCharCode(0xa0 + k)] as [string, string]),
  ...Object.entries({
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    ndash: "\u2013",
    mdash: "\u2014",
    lsquo: "\u2018",
    rsquo: "\u2019",
    sbquo: "\u201a",
    ldquo: "\u201c",
    rdquo: "\u201d",
    bdquo: "\u201e",
    hellip: "\u2026",
    bull: "\u2022",
    prime: "\u2032",
    Prime: "\u2033",
    lsaquo: "\u2039",
    rsaquo: "\u203a",
    euro: "\u20ac",
    trade: "\u2122",
    minus: "\u2212",
    permil: "\u2030",
    dagger: "\u2020",
    Dagger: "\u2021",
    OElig: "\u0152",
    oelig: "\u0153",
    Scaron: "\u0160",
    scaron: "\u0161",
    Yuml: "\u0178",
    Zcaron: "\u017d",
    zcaron: "\u017e",
    fnof: "\u0192",
    circ: "\u02c6",
    tilde: "\u02dc",
    ensp: "\u2002",
    emsp: "\u2003",
    thinsp: "\u2009",
    zwnj: "\u200c",
    zwj: "\u200d",
    lrm: "\u200e",
    rlm: "\u200f",
    larr: "\u2190",
    rarr: "\u2192",
    uarr: "\u2191",
    darr: "\u2193",
  }),
])
/** Names read even without their semicolon, as browsers do for these. */
const BARE = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"])
const REF = /&(?:#(\d{1,8})|#[xX]([0-9A-Fa-f]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s
  return s.replace(REF, (whole, dec: string | undefined, hex: string | undefined, name, semi) => {
    if (name !== undefined) {
      const ch = NAMED.get(name)
      return ch !== undefined && (semi === ";" || BARE.has(name)) ? ch : whole
    }
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16)
    if (code >= 0x80 && code <= 0x9f) return C1_AS_WINDOWS_1252[code - 0x80]!
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD"
    return String.fromCodePoint(code)
  })
}
