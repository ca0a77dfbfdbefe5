import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { generateCorpus } from "../bench/generate.ts"
import { extractClaims, readingsFromJson, readingsToJson, readSentence } from "../src/claims/extract.ts"
import type { Document } from "../src/domain/Document.ts"
import type { Inputs } from "../src/ingest/readInputs.ts"
import { chunkDocuments } from "../src/parallel/chunks.ts"
import {
  extractInWorkers,
  type ParallelStats,
  reconcileInputsParallel,
  worthWorkers,
} from "../src/parallel/index.ts"
import { reconcileInputs } from "../src/pipeline.ts"
import { renderJson } from "../src/report/json.ts"
import { renderMarkdown } from "../src/report/markdown.ts"

const corpus = generateCorpus({ n: 200, seed: 7 })
const inputs: Inputs = {
  documents: corpus,
  skipped: [{ path: "b.txt", reason: "empty file" }],
  warnings: [{ path: "a.txt", message: "undated" }],
}
const stats = (): ParallelStats => ({
  workers: -1,
  chunks: -1,
  chunksOnMain: -1,
  chunksInWorkers: -1,
  startupMs: -1,
  fellBack: "unset",
})

describe("parallel extraction", () => {
  const reference = renderJson(reconcileInputs(inputs))

  it("the generated corpus holds claims to compare", () => {
    expect(JSON.parse(reference).claims.length).toBeGreaterThan(500)
  })

  it.effect("gives the same JSON, byte for byte, on the main thread, with 1 worker and with 2", () =>
    Effect.gen(function* () {
      const none = stats()
      const r0 = yield* reconcileInputsParallel(inputs, { workers: 0, stats: none })
      expect(none.workers).toBe(0)
      expect(renderJson(r0)).toBe(reference)
      for (const workers of [1, 2]) {
        // Workers only (the main thread does not help), so that they do it all.
        const s = stats()
        const r = yield* reconcileInputsParallel(inputs, {
          workers,
          minDocuments: 0,
          mainThreadHelps: false,
          stats: s,
        })
        expect(s).toMatchObject({ workers, chunksOnMain: 0, fellBack: null })
        expect(s.chunksInWorkers).toBe(s.chunks)
        expect(s.chunks).toBeGreaterThan(2)
        expect(renderJson(r)).toBe(reference)
        expect(renderMarkdown(r)).toBe(renderMarkdown(reconcileInputs(inputs)))
      }
    }),
  )

  it.effect("gives the same report whatever the order of the inputs", () =>
    Effect.gen(function* () {
      const reversed = { ...inputs, documents: [...corpus].reverse() }
      const s = stats()
      const r = yield* reconcileInputsParallel(reversed, { workers: 1, minDocuments: 0, stats: s })
      expect(renderJson(r)).toBe(reference)
      expect(s.chunksOnMain + s.chunksInWorkers).toBe(s.chunks)
    }),
  )

  it.effect(
    "claims made from the workers' readings are extractClaims', in document order, field for field",
    () =>
      Effect.gen(function* () {
        const docs = [...corpus].sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, 60)
        const s = stats()
        const claims = yield* extractInWorkers(docs, { workers: 2, mainThreadHelps: false, stats: s })
        expect(s).toMatchObject({ fellBack: null, chunksOnMain: 0 })
        expect(claims).toEqual(docs.flatMap(extractClaims))
      }),
  )

  it("the package's workers run the compiled worker (dist), with no compiler at run time", async () => {
    // dist is built by `npm ci` (prepare) and by tests/setup/build.ts before the tests.
    const pool = (await import(
      new URL("../dist/parallel/pool.js", import.meta.url).href
    )) as typeof import("../src/parallel/pool.ts")
    expect(pool.WORKER_ENTRY.href).toBe(new URL("../dist/parallel/worker.js", import.meta.url).href)
    const docs = [...corpus].sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, 3)
    const sentences = docs.map((d) => d.text.split("\n")[0] ?? "")
    const readings = await Effect.runPromise(
      Effect.scoped(Effect.flatMap(pool.spawnWorker(), (w) => w.read(sentences))),
    )
    expect(readings).toEqual(readingsFromJson(readingsToJson(sentences.map(readSentence))))
    expect(readings.length).toBe(3)
  })

  it.effect("when workers cannot start, the main thread does it all, with the same result", () =>
    Effect.gen(function* () {
      const s = stats()
      const docs = [...corpus].sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, 60)
      const claims = yield* extractInWorkers(docs, {
        workers: 2,
        mainThreadHelps: false,
        workerEntry: new URL("./fixtures/no-such-worker.mjs", import.meta.url),
        stats: s,
      })
      expect(claims).toEqual(docs.flatMap(extractClaims))
      expect(s).toMatchObject({ workers: 0, chunksInWorkers: 0 })
      expect(s.chunksOnMain).toBe(s.chunks)
      expect(s.fellBack).toMatch(/worker/)
    }),
  )

  it.effect("when a worker dies mid-run, its chunks go back in the queue and the result is the same", () =>
    Effect.gen(function* () {
      // Ready at once, then dies on its first chunk.
      const dying = new URL(
        `data:text/javascript,${encodeURIComponent(
          'import { parentPort } from "node:worker_threads"; parentPort.on("message", () => process.exit(3)); parentPort.postMessage({ ready: true })',
        )}`,
      )
      const docs = [...corpus].sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, 60)
      for (const workers of [1, 2]) {
        const s = stats()
        const claims = yield* extractInWorkers(docs, {
          workers,
          workerEntry: dying,
          stats: s,
          mainThreadHelps: false,
        })
        expect(claims).toEqual(docs.flatMap(extractClaims))
        expect(s.fellBack).toMatch(/exited with code 3/)
        expect(s.chunksOnMain).toBe(s.chunks)
      }
    }),
  )

  it.effect("handles no documents, and documents with nothing to read, with a worker", () =>
    Effect.gen(function* () {
      expect(yield* extractInWorkers([], { workers: 1 })).toEqual([])
      const plain = corpus
        .slice(0, 3)
        .map((d, i) => ({ ...d, id: `plain-${i}` as Document["id"], text: "No figure here.\n" }))
      const s = stats()
      const mixed = [...plain, ...[...corpus].sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, 5)]
      const claims = yield* extractInWorkers(mixed, { workers: 1, stats: s })
      expect(claims).toEqual(mixed.flatMap(extractClaims))
      expect(yield* extractInWorkers(plain, { workers: 1 })).toEqual([])
    }),
  )

  it("uses workers only for large inputs", () => {
    expect(worthWorkers(corpus, { workers: 2 })).toBe(false)
    expect(worthWorkers(corpus, { workers: 2, minDocuments: 200 })).toBe(true)
    expect(worthWorkers(corpus, { workers: 0, minDocuments: 200 })).toBe(false)
    const big: Document[] = [{ ...corpus[0]!, text: "x".repeat(40_100_000) }]
    expect(worthWorkers(big, { workers: 2 })).toBe(true)
    expect(worthWorkers([{ ...corpus[0]!, text: "x".repeat(39_900_000) }], { workers: 2 })).toBe(false)
  })

  it("chunks are contiguous, cover every document once, and are several per worker", () => {
    const chunks = chunkDocuments(corpus, 2)
    expect(chunks.flat()).toEqual(corpus)
    expect(chunks.length).toBeGreaterThanOrEqual(8)
    expect(chunkDocuments([], 2)).toEqual([])
  })
})
