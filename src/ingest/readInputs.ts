/**
 * Reading the user's inputs: files and folders (recursively) of .txt, .md, .jsonl and .html, with
 * the publication facts from YAML front matter, a `sources.json` beside the file, the JSONL
 * record, or the HTML page's metadata. Every input that is not read is named in `skipped`, with
 * the reason, and every problem with one that is read in `warnings`: nothing is dropped silently,
 * and one bad input never stops the others from being read.
 *
 * The result does not depend on the order of the paths: files are read in path order, a file
 * reached by two paths is read once under the smaller one, and duplicates are settled by path.
 */
import { Buffer, isUtf8 } from "node:buffer"
import { open } from "node:fs/promises"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import { Effect, Schema } from "effect"
import type { Document, DocumentId, Skipped, Warning } from "../domain/Document.ts"
import { normaliseDate } from "./dates.ts"
import { comparePaths, dropDuplicates } from "./duplicates.ts"
import { describeError, errnoOf, UnreadableInput } from "./errors.ts"
import { splitFrontMatter } from "./frontMatter.ts"
import { extractHtml, sniffCharset } from "./html.ts"
import { decodeBytes, Utf8Lines } from "./text.ts"

export interface Inputs {
  readonly documents: ReadonlyArray<Document>
  readonly skipped: ReadonlyArray<Skipped>
  readonly warnings: ReadonlyArray<Warning>
}

/** Files read when met in a folder. A file named on the command line is read whatever its name. */
const ARTICLE = /\.(txt|text|md|markdown|jsonl|ndjson|html?|xhtml)$/i
const JSONL = /\.(jsonl|ndjson)$/i
const HTML = /\.(html?|xhtml)$/i
/** Documents people have that the tool cannot read: named as skipped, with what to do. */
const OTHER_FORMATS: ReadonlyArray<[RegExp, string]> = [
  [/\.pdf$/i, "PDF files are not read: save the article as .txt"],
  [/\.(docx?|odt|rtf|pages)$/i, "word-processor files are not read: save the article as .txt"],
  [/\.(epub|mobi)$/i, "e-books are not read: save the article as .txt"],
]
const FOLDER_HOLDS = ".txt, .md, .jsonl or .html"
/** Larger files are refused rather than read into memory. */
export const MAX_BYTES = 256 * 1024 * 1024

const SourcesFile = Schema.Struct({
  documents: Schema.Array(
    Schema.Struct({
      file: Schema.String,
      outlet: Schema.optional(Schema.NullOr(Schema.String)),
      published: Schema.optional(Schema.NullOr(Schema.String)),
      story: Schema.optional(Schema.NullOr(Schema.String)),
      url: Schema.optional(Schema.NullOr(Schema.String)),
      title: Schema.optional(Schema.NullOr(Schema.String)),
    }),
  ),
})
type SourceFacts = (typeof SourcesFile.Type)["documents"][number]

const JsonlRecord = Schema.Struct({
  id: Schema.optional(Schema.Union(Schema.String, Schema.Number)),
  text: Schema.String,
})

/** A raw document before ids are assigned. */
type Draft = Omit<Document, "id"> & { readonly givenId: string | null }

/** What reading one file gave: documents, or the reasons it gave none, and warnings. */
interface FileResult {
  readonly drafts: Draft[]
  readonly skipped: Skipped[]
  readonly warnings: Warning[]
}

const FACT_FIELDS = ["outlet", "story", "url", "title"] as const

/** An article given as text has no folder, and no sources.json beside it. */
const noSources: Effect.Effect<Map<string, SourceFacts> | null> = Effect.succeed(null)

/**
 * An article given as text or bytes rather than as a file (standard input, a library caller's
 * string). `name` stands for its path in the report and in messages; `format` says how it is read
 * (default: from `name`'s extension, else text with optional front matter).
 */
export interface TextInput {
  readonly name: string
  readonly content: string | Uint8Array
  readonly format?: "text" | "html" | "jsonl"
}

export interface ReadOptions {
  /** The file the report is written to (-o): never read as an article. */
  readonly output?: string
}

/**
 * Reads the articles at `paths` (files and folders) and those given in `texts`, as one set: the
 * same checks, facts, duplicates and ids whichever way an article comes.
 */
export const readInputs = Effect.fn("readInputs")(function* (
  paths: ReadonlyArray<string>,
  texts: ReadonlyArray<TextInput> = [],
  options: ReadOptions = {},
) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const skipped: Skipped[] = []
  const warnings: Warning[] = []

  // 1. Find the files: the paths given, and the articles in the folders given.
  /** Real path -> the smallest path it was reached by. */
  const files = new Map<string, string>()
  const realOf = (p: string) => fs.realPath(p).pipe(Effect.orElseSucceed(() => path.resolve(p)))
  const addFile = (p: string) =>
    Effect.map(realOf(p), (real) => {
      const known = files.get(real)
      if (known === undefined || comparePaths(p, known) < 0) files.set(real, p)
    })

  /** Visits a path; returns how many files and skips it gave, to tell an empty folder. */
  const visit = (p: string, explicit: boolean, ancestors: ReadonlySet<string>): Effect.Effect<number> =>
    Effect.gen(function* () {
      const info = yield* fs.stat(p).pipe(Effect.either)
      if (info._tag === "Left") {
        // A name gone since the folder was listed, or a link to nothing: only an article's.
        if (!explicit && !ARTICLE.test(p) && errnoOf(info.left) === "ENOENT") return 0
        skipped.push({ path: p, reason: describeError(info.left) })
        return 1
      }
      const type = info.right.type
      if (type === "File") {
        const other = OTHER_FORMATS.find(([re]) => re.test(p))
        if (other) {
          skipped.push({ path: p, reason: other[1] })
          return 1
        }
        if (!explicit && !ARTICLE.test(p)) return 0
        yield* addFile(p)
        return 1
      }
      if (type !== "Directory") {
        if (!explicit && !ARTICLE.test(p)) return 0
        skipped.push({ path: p, reason: "not a regular file or folder" })
        return 1
      }
      const real = yield* realOf(p)
      if (ancestors.has(real)) return 0 // A link back up the tree: its files are read already.
      const entries = yield* fs.readDirectory(p).pipe(Effect.either)
      if (entries._tag === "Left") {
        skipped.push({ path: p, reason: `cannot list the folder: ${describeError(entries.left)}` })
        return 1
      }
      const inside = new Set([...ancestors, real])
      let found = 0
      const names = [...entries.right].sort().filter((e) => !e.startsWith(".")) // .git, .DS_Store, swap files
      // A folder that can be listed but not searched (no x permission): its entries cannot be
      // looked at, and the folder is named once, not each of them.
      const first = names.length === 0 ? null : yield* fs.stat(path.join(p, names[0]!)).pipe(Effect.either)
      if (first !== null && first._tag === "Left" && errnoOf(first.left) === "EACCES") {
        skipped.push({ path: p, reason: `cannot read the folder's files: ${describeError(first.left)}` })
        return 1
      }
      for (const e of names) found += yield* visit(path.join(p, e), false, inside)
      if (found === 0 && explicit)
        skipped.push({ path: p, reason: `folder holds no articles (${FOLDER_HOLDS} files)` })
      return found === 0 && explicit ? 1 : found
    })

  for (const p of new Set(paths)) yield* visit(p, true, new Set())

  // The report being written is not an article, even in a folder given as input.
  if (options.output !== undefined && options.output !== "") {
    const real = yield* realOf(options.output)
    const reached = files.get(real)
    if (reached !== undefined) {
      files.delete(real)
      skipped.push({ path: reached, reason: "is this run's output file (-o): not read" })
    }
  }

  // 2. Read them, in path order.
  const sourcesCache = new Map<string, Map<string, SourceFacts> | null>()
  const sourcesFor = (dir: string) =>
    Effect.gen(function* () {
      if (sourcesCache.has(dir)) return sourcesCache.get(dir) ?? null
      const facts = yield* readSources(path.join(dir, "sources.json"))
      sourcesCache.set(dir, facts)
      return facts
    })

  const readSources = (file: string) =>
    Effect.gen(function* () {
      if (!(yield* fs.exists(file).pipe(Effect.orElseSucceed(() => false)))) return null
      const problem = (why: string) => {
        warnings.push({ path: file, message: `${why}; the files beside it are read without its facts` })
        return null
      }
      const raw = yield* fs.readFileString(file).pipe(Effect.either)
      if (raw._tag === "Left") return problem(`cannot read it: ${describeError(raw.left)}`)
      let json: unknown
      try {
        json = JSON.parse(raw.right)
      } catch (e) {
        return problem(`not valid JSON (${(e as Error).message.split("\n")[0]})`)
      }
      const decoded = Schema.decodeUnknownEither(SourcesFile)(json)
      if (decoded._tag === "Left")
        return problem('not a list of { "documents": [{ "file", "outlet", "published" }] }')
      const missing: string[] = []
      for (const d of decoded.right.documents) {
        const beside = path.join(path.dirname(file), d.file)
        if (!(yield* fs.exists(beside).pipe(Effect.orElseSucceed(() => false)))) missing.push(d.file)
      }
      if (missing.length > 0)
        warnings.push({
          path: file,
          message: `${missing.length === 1 ? "an entry" : `${missing.length} entries`} for no file beside it: ${missing
            .slice(0, 3)
            .map((f) => JSON.stringify(shorten(f)))
            .join(", ")}${missing.length > 3 ? ", ..." : ""}`,
        })
      return new Map(decoded.right.documents.map((d) => [d.file, d]))
    })

  const readFile = (file: string): Effect.Effect<FileResult, UnreadableInput> =>
    Effect.gen(function* () {
      const unreadable = (reason: string) => new UnreadableInput({ path: file, reason })
      const base = path.basename(file)
      if (base === "sources.json")
        return yield* unreadable("holds publication facts, not an article: name its folder or its articles")
      if (/\.json$/i.test(base))
        return yield* unreadable("JSON files are not read: give one record a line in a .jsonl file")
      const info = yield* fs.stat(file).pipe(Effect.mapError((e) => unreadable(describeError(e))))
      if (Number(info.size) > MAX_BYTES)
        return yield* unreadable(
          `too large (${Math.round(Number(info.size) / 2 ** 20)} MB; the limit is ${MAX_BYTES / 2 ** 20} MB)`,
        )
      // A size of 0 is not always an empty file: the files of /proc say 0 and hold text. They are
      // read as streams, up to the size limit; an empty one is said so after reading.
      if (Number(info.size) === 0) {
        const bytes = yield* readBounded(file).pipe(Effect.mapError((e) => unreadable(describeError(e))))
        if (bytes === null)
          return yield* unreadable(`too large (more than the limit of ${MAX_BYTES / 2 ** 20} MB)`)
        if (bytes.length === 0) return yield* unreadable("empty file")
        return yield* readBytes(
          file,
          bytes,
          HTML.test(file),
          JSONL.test(file),
          sourcesFor(path.dirname(file)),
        )
      }
      if (JSONL.test(file)) {
        // Line by line, a piece of the file at a time: each line is parsed as it is decoded, and
        // only its record is kept. A file that is not valid UTF-8 is read again, whole, below.
        const result: FileResult = { drafts: [], skipped: [], warnings: [] }
        const opening: string[] = []
        const lines = new Utf8Lines((line, i) => {
          if (i < 2) opening.push(line)
          readJsonlLine(file, line, i, result)
        })
        const utf8 = yield* Effect.scoped(
          Effect.gen(function* () {
            const opened = yield* fs.open(file)
            for (;;) {
              const n = Number(yield* opened.read(lines.space()))
              if (n === 0) return lines.end()
              if (!lines.took(n)) return false
            }
          }),
        ).pipe(Effect.mapError((e) => unreadable(describeError(e))))
        if (utf8) {
          if (isOwnReport(opening.join("\n"))) return yield* unreadable(OWN_REPORT)
          // Every line blank: nothing read, nothing skipped.
          if (result.drafts.length === 0 && result.skipped.length === 0)
            return yield* unreadable("empty file (only white space)")
          return result
        }
      }
      const bytes = yield* fs.readFile(file).pipe(Effect.mapError((e) => unreadable(describeError(e))))
      return yield* readBytes(file, bytes, HTML.test(file), JSONL.test(file), sourcesFor(path.dirname(file)))
    })

  /** An article's bytes, read as a file named `file` is; `sources`: the facts of a sources.json beside it. */
  const readBytes = (
    file: string,
    bytes: Uint8Array,
    isHtml: boolean,
    isJsonl: boolean,
    sources: Effect.Effect<Map<string, SourceFacts> | null>,
  ): Effect.Effect<FileResult, UnreadableInput> =>
    Effect.gen(function* () {
      const unreadable = (reason: string) => new UnreadableInput({ path: file, reason })
      const base = path.basename(file)
      if (bytes.length > MAX_BYTES)
        return yield* unreadable(
          `too large (${Math.round(bytes.length / 2 ** 20)} MB; the limit is ${MAX_BYTES / 2 ** 20} MB)`,
        )
      if (bytes.length === 0) return yield* unreadable("empty file")
      const decoded = yield* Effect.try({
        try: () => decodeBytes(bytes, isHtml ? sniffCharset(bytes) : null),
        catch: (e) => unreadable(`cannot decode: ${describeError(e)}`),
      })
      if (decoded._tag === "NotText") {
        // One bad part of a JSONL file (a binary tail) does not lose its good lines.
        if (isJsonl) {
          const result = jsonlByLine(file, bytes)
          if (result.drafts.length > 0) return result
        }
        return yield* unreadable(decoded.reason)
      }
      const result: FileResult = { drafts: [], skipped: [], warnings: [] }
      if (decoded.replaced > 0)
        result.warnings.push({
          path: file,
          message:
            `invalid ${decoded.encoding.toUpperCase()}: ${plural(decoded.replaced, "bad byte sequence")}` +
            ` (the first on line ${decoded.firstBadLine}) read as U+FFFD`,
        })
      // Lines ended by CR alone (old Mac files): read as lines, so that the front matter is.
      const raw = decoded.text.includes("\n") ? decoded.text : decoded.text.replace(/\r/g, "\n")
      if (raw.trim() === "") return yield* unreadable("empty file (only white space)")
      if (isOwnReport(raw)) return yield* unreadable(OWN_REPORT)
      if (isJsonl) {
        for (const [i, line] of raw.split("\n").entries()) readJsonlLine(file, line, i, result)
        return result
      }
      if (isHtml) {
        const page = yield* Effect.try({
          try: () => extractHtml(raw),
          catch: (e) => unreadable(`cannot read the HTML: ${describeError(e)}`),
        })
        if (page.text === "") return yield* unreadable("no article text in the HTML page")
        const given = (yield* sources)?.get(base)
        const facts = { ...page, ...definedFacts(given) }
        result.drafts.push(draftOf(file, facts, page.text, 1, null, result.warnings))
        return result
      }
      const fm = splitFrontMatter(raw)
      switch (fm._tag) {
        case "Fields": {
          if (fm.body.trim() === "") return yield* unreadable("no text after the front matter")
          for (const w of fm.warnings) result.warnings.push({ path: file, message: w })
          result.drafts.push(draftOf(file, fm.fields, fm.body, fm.lines + 1, null, result.warnings))
          return result
        }
        case "Invalid": {
          if (fm.body.trim() === "") return yield* unreadable(`${fm.reason}, and no text follows it`)
          result.warnings.push({ path: file, message: `${fm.reason}; read without its facts` })
          result.drafts.push(draftOf(file, {}, fm.body, fm.lines + 1, null, result.warnings))
          return result
        }
        case "Unclosed":
          result.warnings.push({
            path: file,
            message: "front matter has no closing --- line; the whole file is read as text",
          })
          break
        case "None":
          break
      }
      const given = (yield* sources)?.get(base) ?? {}
      result.drafts.push(draftOf(file, given, raw, 1, null, result.warnings))
      return result
    })

  const given = texts.map((t) => {
    const bytes = typeof t.content === "string" ? new TextEncoder().encode(t.content) : t.content
    const format = t.format ?? (HTML.test(t.name) ? "html" : JSONL.test(t.name) ? "jsonl" : "text")
    return { name: t.name, read: readBytes(t.name, bytes, format === "html", format === "jsonl", noSources) }
  })
  const drafts: Draft[] = []
  const reads = [...[...files.values()].map((file) => ({ name: file, read: readFile(file) })), ...given].sort(
    (a, b) => comparePaths(a.name, b.name),
  )
  for (const { name: file, read } of reads) {
    const r = yield* read.pipe(
      Effect.catchAllDefect((d) =>
        Effect.fail(new UnreadableInput({ path: file, reason: `internal error: ${describeError(d)}` })),
      ),
      Effect.either,
    )
    if (r._tag === "Left") skipped.push({ path: r.left.path, reason: r.left.reason })
    else {
      // Loops, not push(...xs): a JSONL file of 100,000+ lines would overflow the call stack.
      for (const d of r.right.drafts) drafts.push(d)
      for (const s of r.right.skipped) skipped.push(s)
      for (const w of r.right.warnings) warnings.push(w)
    }
  }

  // 3. One copy of each document.
  const unique = dropDuplicates(drafts)
  for (const s of unique.skipped) skipped.push(s)
  const documents = assignIds(unique.kept, warnings)
  return {
    documents,
    skipped: dedupeEntries(skipped, (s) => s.reason),
    warnings: dedupeEntries(warnings, (w) => w.message),
  } satisfies Inputs
})

/** Reads line `i` (0-based) of a JSONL file: a draft, a skip, or nothing for a blank line. */
function readJsonlLine(file: string, line: string, i: number, result: FileResult): void {
  if (line.trim() === "") return
  const where = `${file}:${i + 1}`
  try {
    const problem = jsonlProblem(line)
    if (typeof problem === "string") result.skipped.push({ path: where, reason: problem })
    else {
      const warnings: Warning[] = []
      const draft = draftOf(where, problem.record, problem.text, 1, problem.id, warnings)
      result.drafts.push(draft)
      for (const w of warnings) result.warnings.push(w)
    }
  } catch (e) {
    // A record nested thousands deep overflows the stack of whatever walks it: that line only.
    const reason =
      e instanceof RangeError ? "record is nested too deeply" : `cannot read the record: ${describeError(e)}`
    result.skipped.push({ path: where, reason })
  }
}

/**
 * A JSONL file that is not text as a whole (a binary tail, a stretch of bad bytes), line by line:
 * a line that is not UTF-8 text is skipped with its number, the others are read.
 */
function jsonlByLine(file: string, bytes: Uint8Array): FileResult {
  const result: FileResult = { drafts: [], skipped: [], warnings: [] }
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0
  for (let i = 0; start <= b.length; i++) {
    let end = b.indexOf(10, start)
    if (end === -1) end = b.length
    const line = b.subarray(start, end)
    if (line.includes(0) || !isUtf8(line))
      result.skipped.push({ path: `${file}:${i + 1}`, reason: "line is not UTF-8 text (binary data)" })
    else readJsonlLine(file, line.toString("utf8"), i, result)
    start = end + 1
  }
  return result
}

/** What a report of this tool opens with: its Markdown title and count line, or its JSON. */
const OWN_REPORT = "is a report of reconcile, not an article: not read"
const REPORT_MD = /^# Reconciliation report\r?\n\r?\n\d[\d,]* documents? from /
const REPORT_JSON = /^\{\r?\n {2}"documents": \[/
const isOwnReport = (text: string) => REPORT_MD.test(text) || REPORT_JSON.test(text)

/** A JSONL line's record, or why it is not one. */
function jsonlProblem(
  line: string,
): string | { record: Record<string, unknown>; text: string; id: string | null } {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch (e) {
    return e instanceof RangeError ? "record is nested too deeply" : "line is not JSON"
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return "line is not a JSON object"
  const record = parsed as Record<string, unknown>
  if (!("text" in record)) return "record has no `text` string"
  const rec = Schema.decodeUnknownEither(JsonlRecord)(parsed)
  if (rec._tag === "Left")
    return typeof record.text !== "string" ? "`text` is not a string" : "`id` is not a string or a number"
  if (rec.right.text.trim() === "") return "record's `text` is empty"
  const id = rec.right.id
  if (typeof id !== "number") return { record, text: rec.right.text, id: id ?? null }
  if (Number.isSafeInteger(id)) return { record, text: rec.right.text, id: String(id) }
  // A number JSON.parse cannot hold exactly (beyond 2^53, or a fraction): its digits as written.
  const written = [...line.matchAll(/"id"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*[,}]/g)]
  const digits = written.length === 1 ? written[0]?.[1] : undefined
  if (digits !== undefined) return { record, text: rec.right.text, id: digits }
  return "`id` is a number too large to keep exactly: give it as a string"
}

function draftOf(
  where: string,
  facts: Record<string, unknown>,
  text: string,
  firstLine: number,
  givenId: string | null,
  warnings: Warning[],
): Draft {
  const publishedRaw = facts.published ?? facts.date
  const published = normaliseDate(publishedRaw)
  if (publishedRaw != null && published === null)
    warnings.push({
      path: where,
      message:
        typeof publishedRaw === "string" || typeof publishedRaw === "number"
          ? `published ${JSON.stringify(shorten(String(publishedRaw)))} is not a date; read as undated`
          : `published is ${Array.isArray(publishedRaw) ? "a list" : `a ${typeof publishedRaw}`}, not a date; read as undated`,
    })
  const field = (name: (typeof FACT_FIELDS)[number]): string | null => {
    const v = facts[name]
    if (typeof v === "string") return v.trim() === "" ? null : v.trim()
    if (typeof v === "number" || typeof v === "boolean") return String(v)
    if (v != null) warnings.push({ path: where, message: `${name} is not text; ignored` })
    return null
  }
  return {
    givenId,
    path: where,
    outlet: field("outlet"),
    published,
    story: field("story"),
    url: field("url"),
    title: field("title"),
    text,
    firstLine,
  }
}

/** The facts a sources.json entry gives (its nulls and missing fields give nothing). */
function definedFacts(given: SourceFacts | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (given) for (const [k, v] of Object.entries(given)) if (k !== "file" && v != null && v !== "") out[k] = v
  return out
}

/** A file's bytes, read as a stream up to MAX_BYTES: null when there are more. */
const readBounded = (file: string): Effect.Effect<Uint8Array | null, unknown> =>
  Effect.tryPromise({
    try: async () => {
      const handle = await open(file, "r")
      try {
        const chunks: Buffer[] = []
        let total = 0
        for (;;) {
          const chunk = Buffer.allocUnsafe(1 << 16)
          const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
          if (bytesRead === 0) return Buffer.concat(chunks, total)
          total += bytesRead
          if (total > MAX_BYTES) return null
          chunks.push(chunk.subarray(0, bytesRead))
        }
      } finally {
        await handle.close()
      }
    },
    catch: (e) => e,
  })

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`
const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s)

/** The same entry once (a folder named twice is one skip), in path order. */
function dedupeEntries<T extends { readonly path: string }>(
  xs: ReadonlyArray<T>,
  what: (x: T) => string,
): T[] {
  const seen = new Set<string>()
  return [...xs]
    .sort((a, b) => comparePaths(a.path, b.path))
    .filter((x) => {
      const key = `${x.path}\u0000${what(x)}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/**
 * Gives each document a stable id, independent of input order: the JSONL `id` when given, else
 * the file name without its extension, lengthened by parent folders only where two names collide.
 */
export function assignIds(drafts: ReadonlyArray<Draft>, warnings: Warning[] = []): Document[] {
  const base = (d: Draft, depth: number): string => {
    if (d.givenId !== null) return d.givenId
    const parts = d.path.replace(/\\/g, "/").split("/").filter(Boolean)
    const name = (parts.pop() ?? d.path).replace(/\.[^.]+$/, "")
    return [...parts.slice(Math.max(0, parts.length - depth)), name].join("/")
  }
  const ids = drafts.map((d) => base(d, 0))
  for (let depth = 1; depth < 64; depth++) {
    const counts = new Map<string, number>()
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
    let clash = false
    drafts.forEach((d, i) => {
      if ((counts.get(ids[i]!) ?? 0) > 1 && d.givenId === null) {
        const longer = base(d, depth)
        if (longer !== ids[i]) clash = true
        ids[i] = longer
      }
    })
    if (!clash) break
  }
  // Ids that still collide (the same JSONL id twice, a file name and a JSONL id) get a suffix, in
  // path order.
  // The search for a free suffix resumes where the last one for the same id stopped (every suffix
  // below it is taken, and stays taken), so that 100,000 records without an id are not quadratic.
  const used = new Set<string>()
  const nextSuffix = new Map<string, number>()
  const sorted = drafts.map((d, i) => ({ d, i })).sort((a, b) => comparePaths(a.d.path, b.d.path))
  for (const { i } of sorted) {
    const wanted = ids[i]!
    let id = wanted
    let n = nextSuffix.get(wanted) ?? 2
    if (used.has(id)) {
      for (id = `${wanted}~${n}`; used.has(id); id = `${wanted}~${n}`) n++
      nextSuffix.set(wanted, n + 1)
      // A given id is the user's: renaming it is said (a name made from a path is not).
      const d = drafts[i]!
      if (d.givenId !== null)
        warnings.push({
          path: d.path,
          message: `id ${JSON.stringify(shorten(wanted))} is taken by an earlier document; read as ${JSON.stringify(shorten(id))}`,
        })
    }
    used.add(id)
    ids[i] = id
  }
  return drafts.map(({ givenId: _, ...d }, i) => ({ ...d, id: ids[i] as DocumentId }))
}
