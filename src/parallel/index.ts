/**
 * The pipeline on several cores. Extraction's costly part, reading the distinct sentences, runs in
 * worker threads beside the main thread (see `extractInWorkers`); the main thread cuts the
 * documents into sentences and makes the claims from the readings, in document order, so the
 * claims are those of the single-threaded pipeline, and the rest (group, judge, the report) is the
 * same code, `reportFromClaims` in src/pipeline.ts. So the report is the same, byte for byte, with
 * any number of workers; tests/parallel.test.ts holds it to that.
 *
 * A worker runs the extraction modules bundled into one script (bundle.ts) and is ready in about
 * 0.1 s, plus 0.1 s to build the bundle once per process; but it compiles the hot code anew, so
 * workers pay only for large inputs (see `minDocuments`), and smaller ones run on the main thread.
 * The main thread reads beside the workers, so on 2 cores one worker is the default.
 */
import { Effect, Exit } from "effect"
import { claimsOf, extractClaims, type Reading, readSentence, sentencesOf } from "../claims/extract.ts"
import type { Sentence } from "../claims/segment.ts"
import type { Claim } from "../domain/Claim.ts"
import type { Document } from "../domain/Document.ts"
import type { Report } from "../domain/Report.ts"
import type { Inputs } from "../ingest/readInputs.ts"
import { reportFromClaims, type StageTimes } from "../pipeline.ts"
import { workerScript } from "./bundle.ts"
import { chunkDocuments, textChars } from "./chunks.ts"
import { defaultWorkers, spawnWorker } from "./pool.ts"
import { type Progress, silentProgress } from "./progress.ts"

export { defaultWorkers, WorkerFailed } from "./pool.ts"
export { makeProgress, type Progress, progressLine, silentProgress } from "./progress.ts"

export interface ParallelOptions {
  /**
   * Worker threads for extraction, beside the main thread, which extracts too (default: one per
   * core but one, at least 1, at most 7). 0: none, the main thread does it all.
   */
  readonly workers?: number
  /**
   * Use workers only from this many documents... (default 8,000). A worker is ready in 0.1 s,
   * but it compiles the extraction code anew and runs slowly until then (V8 compiles hot code on a
   * background thread, which already keeps the second core busy part of the time when the main
   * thread extracts alone). Measured on 2 cores, extracting 2.7 KB articles, main thread alone
   * against main thread and one worker: 3,000 articles 0.85-0.93 s against 0.97-1.06 s; 5,000
   * 1.30-1.35 s against 1.30-1.32 s; 10,000 2.25-2.85 s against 1.92-2.62 s; 30,000 6.3 s
   * against 4.6 s.
   */
  readonly minDocuments?: number
  /** ...or this many characters of text (default 20M). Below both, the main thread does it all. */
  readonly minChars?: number
  /** Reports the phases and the documents extracted so far. */
  readonly progress?: Progress
  /** Milliseconds per stage are added here, as `reconcileInputs` does. */
  readonly times?: StageTimes
  /** The workers' entry module (tests give one that fails, to see the main thread take over). */
  readonly workerEntry?: URL
  /** Whether the main thread extracts too, beside the workers (default true). */
  readonly mainThreadHelps?: boolean
  /** Filled in with what happened: how many workers, chunks, and why it fell back, if it did. */
  readonly stats?: ParallelStats
}

export interface ParallelStats {
  /** Workers that did work (a worker that failed to start is not counted). */
  workers: number
  chunks: number
  /** Chunks extracted on the main thread (while the workers started, or when they failed). */
  chunksOnMain: number
  chunksInWorkers: number
  /** Milliseconds until the first worker was ready to work. */
  startupMs: number
  /** Why a worker failed (the first WorkerFailed's reason), or null. */
  fellBack: string | null
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Whether an input is large enough for workers to pay for their start-up. */
export const worthWorkers = (
  documents: ReadonlyArray<Document>,
  options: Pick<ParallelOptions, "workers" | "minDocuments" | "minChars"> = {},
): boolean =>
  (options.workers ?? defaultWorkers()) >= 1 &&
  (documents.length >= (options.minDocuments ?? 8000) ||
    textChars(documents) >= (options.minChars ?? 20_000_000))

/**
 * `reconcileInputs`, with extraction on worker threads when the input is large. The same report,
 * byte for byte. Never fails for want of workers: if they cannot be used, the main thread extracts.
 */
export const reconcileInputsParallel = (
  inputs: Inputs,
  options: ParallelOptions = {},
): Effect.Effect<Report> =>
  Effect.gen(function* () {
    const progress = options.progress ?? silentProgress
    const documents = [...inputs.documents].sort(byId)
    const t0 = performance.now()
    progress.phase("extracting", documents.length)
    let claims: ReadonlyArray<Claim>
    if (worthWorkers(documents, options)) {
      claims = yield* extractInWorkers(documents, options)
    } else {
      if (options.stats)
        Object.assign(options.stats, {
          workers: 0,
          chunks: 0,
          chunksOnMain: 0,
          chunksInWorkers: 0,
          startupMs: 0,
          fellBack: null,
        })
      claims = yield* extractOnMainThread(documents, progress)
    }
    if (options.times) options.times.extract += performance.now() - t0
    progress.phase("grouping and judging")
    return reportFromClaims(documents, claims, inputs, options.times)
  })

/** Characters of distinct sentences per chunk to read: some 300 sentences, 20-50 ms of reading. */
const CHUNK_CHARS = 1 << 15

/** Lets the event loop run (worker messages, signals) before going on: a macrotask, not a microtask. */
const yieldToEventLoop = Effect.async<void>((resume) => {
  const t = setImmediate(() => resume(Effect.void))
  return Effect.sync(() => clearImmediate(t))
})

const extractChunk = (chunk: ReadonlyArray<Document>): Claim[] => {
  const claims: Claim[] = []
  for (const d of chunk) for (const c of extractClaims(d)) claims.push(c)
  return claims
}

/** The claims of id-sorted documents, extracted on the main thread, yielding between chunks. */
const extractOnMainThread = (documents: ReadonlyArray<Document>, progress: Progress) =>
  Effect.gen(function* () {
    const claims: Claim[] = []
    for (const chunk of chunkDocuments(documents, 1, { minChars: 1 << 16, maxChars: 1 << 18 })) {
      for (const c of extractChunk(chunk)) claims.push(c)
      progress.advance(chunk.length)
      yield* yieldToEventLoop
    }
    return claims as ReadonlyArray<Claim>
  })

/**
 * The claims of id-sorted documents, extracted with worker threads; the same claims, in the same
 * order, as `extractClaims` gives document by document.
 *
 * Extraction has three steps here. (1) The main thread cuts the documents into sentences, while
 * the workers start. (2) The distinct sentences, each once however many documents repeat it, are
 * read (`readSentence`, nearly all the work) in chunks taken from one queue by the workers and by
 * the main thread. (3) The main thread makes each document's claims from the readings.
 *
 * A worker that cannot start or crashes is dropped and its chunks go back in the queue; the main
 * thread reads what is left. Fails only when extraction itself throws (a defect, as it is on
 * one thread).
 */
export const extractInWorkers = (
  documents: ReadonlyArray<Document>,
  options: Pick<ParallelOptions, "workers" | "progress" | "stats" | "mainThreadHelps" | "workerEntry"> = {},
): Effect.Effect<ReadonlyArray<Claim>> =>
  Effect.gen(function* () {
    const wanted = Math.max(1, options.workers ?? defaultWorkers())
    const helps = options.mainThreadHelps !== false
    const progress = options.progress ?? silentProgress
    const failures: string[] = []
    let alive = wanted
    let ready = 0
    let onMain = 0
    let inWorkers = 0
    const started = performance.now()
    let startupMs = -1
    // The workers' script, built before the main thread gets busy (see bundle.ts); not needed
    // when the caller names the workers' entry module.
    if (options.workerEntry === undefined) yield* Effect.promise(workerScript)

    // Filled in by step 1: each document's sentences, and chunks of distinct sentences to read,
    // queued as they fill up, so that the workers start reading (and warming up) while the main
    // thread is still cutting sentences.
    const sentences = new Array<ReadonlyArray<Sentence>>(documents.length)
    const chunks: string[][] = []
    const results: Array<ReadonlyArray<Reading> | undefined> = []
    let next = 0
    const returned: number[] = []
    let cutDone = false
    const take = (): number | undefined => returned.pop() ?? (next < chunks.length ? next++ : undefined)
    const giveBack = (i: number) => returned.push(i)

    // Progress counts documents: each chunk read advances it by its share of the text to read.
    let toRead = 0
    let readChars = 0
    let reported = 0
    const report = () => {
      if (!cutDone || toRead === 0) return
      const upTo = Math.floor((documents.length * readChars) / toRead)
      progress.advance(upTo - reported)
      reported = upTo
    }
    const chunkDone = (i: number) => {
      for (const t of chunks[i]!) readChars += t.length
      report()
    }
    const readOnMain = (i: number) => {
      results[i] = chunks[i]!.map(readSentence)
      onMain++
      chunkDone(i)
    }

    const mainThread = Effect.gen(function* () {
      // 1. Sentences, a few hundred documents at a time, letting the workers' messages through.
      const distinct = new Set<string>()
      let chunk: string[] = []
      let size = 0
      let at = 0
      for (const batch of chunkDocuments(documents, 1, { minChars: 1 << 16, maxChars: 1 << 18 })) {
        for (const d of batch) {
          const ss = sentencesOf(d)
          sentences[at++] = ss
          for (const s of ss) {
            if (distinct.has(s.text)) continue
            distinct.add(s.text)
            chunk.push(s.text)
            size += s.text.length
            toRead += s.text.length
            if (size >= CHUNK_CHARS) {
              chunks.push(chunk)
              chunk = []
              size = 0
            }
          }
        }
        yield* yieldToEventLoop
      }
      if (chunk.length > 0) chunks.push(chunk)
      cutDone = true
      report()
      // 2. The main thread reads from the same queue as the workers.
      if (!helps) return
      while (alive > 0) {
        yield* yieldToEventLoop
        const i = take()
        if (i === undefined) return
        readOnMain(i)
      }
    })

    const workerLoop = Effect.scoped(
      Effect.gen(function* () {
        const worker = yield* spawnWorker(options.workerEntry)
        if (ready++ === 0) startupMs = performance.now() - started
        // Two requests in flight, so that the worker has the next chunk at hand when it finishes
        // one, even while the main thread is busy and cannot answer at once.
        const feed = Effect.gen(function* () {
          for (;;) {
            const i = take()
            if (i === undefined) {
              if (cutDone) return
              // More chunks are coming: wait for the main thread's next pause.
              yield* yieldToEventLoop
              continue
            }
            // A chunk not done (the worker failed, or the other feed's failure interrupted this
            // one) goes back in the queue.
            const j = i
            results[j] = yield* worker
              .read(chunks[j]!)
              .pipe(
                Effect.onExit((exit) =>
                  Exit.isSuccess(exit) ? Effect.void : Effect.sync(() => giveBack(j)),
                ),
              )
            inWorkers++
            chunkDone(j)
          }
        })
        yield* Effect.all([feed, feed], { concurrency: 2, discard: true })
      }),
    ).pipe(
      Effect.catchTag("WorkerFailed", (e) =>
        Effect.sync(() => {
          alive--
          failures.push(e.reason)
        }),
      ),
    )

    yield* Effect.all(
      [
        mainThread,
        Effect.forEach(Array.from({ length: wanted }), () => workerLoop, {
          concurrency: "unbounded",
          discard: true,
        }),
      ],
      { concurrency: "unbounded", discard: true },
    )
    // Whatever the workers left (all of them failed): on the main thread.
    for (let i = take(); i !== undefined; i = take()) {
      readOnMain(i)
      yield* yieldToEventLoop
    }

    // 3. The claims, document by document, from the readings.
    const readings = new Map<string, Reading>()
    for (let i = 0; i < chunks.length; i++) {
      const texts = chunks[i]!
      const rs = results[i]
      if (rs === undefined || rs.length !== texts.length)
        throw new Error(`parallel extraction: chunk ${i} has no readings`)
      for (let k = 0; k < texts.length; k++) readings.set(texts[k]!, rs[k]!)
    }
    const read = (text: string): Reading => readings.get(text)!
    const claims: Claim[] = []
    for (let i = 0; i < documents.length; i++)
      for (const c of claimsOf(documents[i]!, sentences[i]!, read)) claims.push(c)
    progress.advance(documents.length - reported)
    if (options.stats)
      Object.assign(options.stats, {
        workers: wanted - failures.length,
        chunks: chunks.length,
        chunksOnMain: onMain,
        chunksInWorkers: inWorkers,
        startupMs,
        fellBack: failures.length > 0 ? failures[0]! : null,
      })
    return claims as ReadonlyArray<Claim>
  })
