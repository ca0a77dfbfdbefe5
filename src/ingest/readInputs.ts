/**
 * Reading the user's inputs: files and folders (recursively) of .txt, .md and .jsonl, with the
 * publication facts from YAML front matter, a `sources.json` beside the file, or the JSONL record.
 * Every input that is not read is named in `skipped`, with the reason; nothing is dropped silently.
 */
import { FileSystem, Path } from "@effect/platform"
import { Effect, Schema } from "effect"
import type { Document, DocumentId, Skipped, Warning } from "../domain/Document.ts"
import { normaliseDate } from "./dates.ts"
import { splitFrontMatter } from "./frontMatter.ts"

export interface Inputs {
  readonly documents: ReadonlyArray<Document>
  readonly skipped: ReadonlyArray<Skipped>
  readonly warnings: ReadonlyArray<Warning>
}

const ARTICLE = /\.(txt|md|markdown|jsonl)$/i

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
  outlet: Schema.optional(Schema.NullOr(Schema.String)),
  published: Schema.optional(Schema.NullOr(Schema.Union(Schema.String, Schema.Number))),
  story: Schema.optional(Schema.NullOr(Schema.String)),
  url: Schema.optional(Schema.NullOr(Schema.String)),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  text: Schema.String,
})

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null)

/** A raw document before ids are assigned. */
type Draft = Omit<Document, "id"> & { readonly givenId: string | null }

export const readInputs = Effect.fn("readInputs")(function* (paths: ReadonlyArray<string>) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const drafts: Draft[] = []
  const skipped: Skipped[] = []
  const warnings: Warning[] = []
  const sourcesCache = new Map<string, Map<string, SourceFacts> | null>()

  const sourcesFor = Effect.fn("sourcesFor")(function* (dir: string) {
    if (sourcesCache.has(dir)) return sourcesCache.get(dir) ?? null
    const file = path.join(dir, "sources.json")
    let facts: Map<string, SourceFacts> | null = null
    if (yield* fs.exists(file).pipe(Effect.orElseSucceed(() => false))) {
      const raw = yield* fs.readFileString(file).pipe(Effect.orElseSucceed(() => ""))
      const decoded = yield* Effect.try(() => JSON.parse(raw)).pipe(
        Effect.flatMap(Schema.decodeUnknown(SourcesFile)),
        Effect.either,
      )
      if (decoded._tag === "Right") facts = new Map(decoded.right.documents.map((d) => [d.file, d]))
      else
        warnings.push({
          path: file,
          message: "sources.json does not parse; its files are read without facts",
        })
    }
    sourcesCache.set(dir, facts)
    return facts
  })

  const readArticle = Effect.fn("readArticle")(function* (file: string) {
    const bytes = yield* fs.readFile(file)
    const decoded = decodeText(bytes)
    if (decoded === "binary") return skipped.push({ path: file, reason: "binary file, not text" })
    if (decoded.replaced) warnings.push({ path: file, message: "invalid UTF-8; bad bytes were replaced" })
    const raw = decoded.text
    if (raw.trim() === "") return skipped.push({ path: file, reason: "empty file" })
    if (/\.jsonl$/i.test(file)) return readJsonl(file, raw)

    let fm: ReturnType<typeof splitFrontMatter> = null
    try {
      fm = splitFrontMatter(raw)
    } catch (e) {
      return skipped.push({ path: file, reason: (e as Error).message })
    }
    const facts = fm ? fm.fields : ((yield* sourcesFor(path.dirname(file)))?.get(path.basename(file)) ?? {})
    const text = fm ? fm.body : raw
    if (text.trim() === "") return skipped.push({ path: file, reason: "no text after the front matter" })
    drafts.push(draftOf(file, facts as Record<string, unknown>, text, (fm?.lines ?? 0) + 1, null))
  })

  const readJsonl = (file: string, raw: string) => {
    raw.split("\n").forEach((line, i) => {
      if (line.trim() === "") return
      const where = `${file}:${i + 1}`
      let parsed: unknown
      try {
        parsed = JSON.parse(line)
      } catch {
        return skipped.push({ path: where, reason: "line is not JSON" })
      }
      const rec = Schema.decodeUnknownEither(JsonlRecord)(parsed)
      if (rec._tag === "Left") return skipped.push({ path: where, reason: "record has no string `text`" })
      if (rec.right.text.trim() === "")
        return skipped.push({ path: where, reason: "record's `text` is empty" })
      const id = rec.right.id === undefined ? null : String(rec.right.id)
      drafts.push(draftOf(where, rec.right, rec.right.text, 1, id))
    })
  }

  const draftOf = (
    where: string,
    facts: Record<string, unknown>,
    text: string,
    firstLine: number,
    givenId: string | null,
  ): Draft => {
    const publishedRaw = facts.published
    const published = normaliseDate(publishedRaw)
    if (publishedRaw != null && published === null)
      warnings.push({
        path: where,
        message: `published "${String(publishedRaw)}" is not a date; read as undated`,
      })
    return {
      givenId,
      path: where,
      outlet: str(facts.outlet),
      published,
      story: str(facts.story),
      url: str(facts.url),
      title: str(facts.title),
      text,
      firstLine,
    }
  }

  const visit = (p: string): Effect.Effect<void> =>
    Effect.gen(function* () {
      const info = yield* fs.stat(p).pipe(Effect.either)
      if (info._tag === "Left") return void skipped.push({ path: p, reason: "no such file or directory" })
      if (info.right.type === "Directory") {
        const entries = (yield* fs.readDirectory(p).pipe(Effect.orElseSucceed(() => [] as string[]))).sort()
        const before = drafts.length + skipped.length
        for (const e of entries) {
          const child = path.join(p, e)
          const st = yield* fs.stat(child).pipe(Effect.either)
          if (st._tag === "Right" && st.right.type === "Directory") yield* visit(child)
          else if (ARTICLE.test(e)) yield* visit(child)
        }
        if (drafts.length + skipped.length === before)
          skipped.push({ path: p, reason: "folder holds no .txt, .md or .jsonl articles" })
        return
      }
      yield* readArticle(p).pipe(
        Effect.catchAll((e) =>
          Effect.sync(() => skipped.push({ path: p, reason: `cannot read: ${e.message}` })),
        ),
      )
    })

  for (const p of paths) yield* visit(p)
  return { documents: assignIds(drafts), skipped, warnings } satisfies Inputs
})

/** Decodes bytes as UTF-8, replacing bad sequences; "binary" for content that is not text. */
export function decodeText(bytes: Uint8Array): { text: string; replaced: boolean } | "binary" {
  const sample = bytes.subarray(0, 8192)
  if (sample.includes(0)) return "binary"
  try {
    return { text: stripBom(new TextDecoder("utf-8", { fatal: true }).decode(bytes)), replaced: false }
  } catch {
    const text = stripBom(new TextDecoder("utf-8").decode(bytes))
    const bad = (text.match(/\uFFFD/g) ?? []).length
    if (bad > Math.max(16, text.length * 0.1)) return "binary"
    return { text, replaced: true }
  }
}

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s)

/**
 * Gives each document a stable id, independent of input order: the JSONL `id` when given, else
 * the file name without its extension, lengthened by parent folders only where two names collide.
 */
export function assignIds(drafts: ReadonlyArray<Draft>): Document[] {
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
        ids[i] = base(d, depth)
        clash = true
      }
    })
    if (!clash) break
  }
  // Given ids that still collide (the same JSONL id twice) get a suffix from their path.
  const seen = new Map<string, number>()
  const sorted = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.path < b.d.path ? -1 : a.d.path > b.d.path ? 1 : 0))
  for (const { i } of sorted) {
    const n = seen.get(ids[i]!) ?? 0
    seen.set(ids[i]!, n + 1)
    if (n > 0) ids[i] = `${ids[i]}~${n + 1}`
  }
  return drafts.map(({ givenId: _, ...d }, i) => ({ ...d, id: ids[i] as DocumentId }))
}
