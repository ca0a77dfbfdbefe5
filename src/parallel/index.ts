/**
 * The pipeline on several cores. Extraction's costly part, reading the distinct sentences, runs in
 * worker threads beside the main thread (see `extractInWorkers`); the main thread cuts the
 * documents into sentences and makes the claims from the readings, in document order, so the
 * claims are those of the single-threaded pipeline, and the rest (group, judge, the report) is the
 * same code, `reportFromClaims` in src/pipeline.ts. So the report is the same, byte for byte, with
 * any number of workers; tests/parallel.test.ts holds it to that.
 *
 * A worker loads the compiled extraction modules (dist/parallel/worker.js), but it compiles the
 * hot code anew, so workers pay only for large inputs (see `minDocuments`), and smaller ones run on the main thread.
 * The main thread reads beside the workers, so on 2 cores one worker is the default.
 */
import { Effect, Exit } from "effect"
import {
  claimsOf,
  extractClaims,
  forgetReadings,
  type Reading,
  readSentence,
  sentencesOf,
} from "../claims/extract.ts"
import type { Sentence } from "../claims/segment.ts"
import type { Claim } from "../domain/Claim.ts"
import type { Document } from "../domain/Document.ts"
import type { Report } from "../domain/Report.ts"
import type { Inputs } from "../ingest/readInputs.ts"
import { byId, reportFromClaims, type StageTimes } from "../pipeline.ts"
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
   * Use workers only from this many documents... (default 15,000): a worker compiles the
   * extraction code anew and runs slowly until then, and a second core is partly busy with the
   * main thread's garbage collection and compilation, so below this a worker costs more than it
   * gives (the measurements are in docs/performance.md).
   */
  readonly minDocuments?: number
  /** ...or this many characters of text (default 40M). Below both, the main thread does it all. */
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

/** Whether an input is large enough for workers to pay for their start-up. */
export const worthWorkers = (
  documents: ReadonlyArray<Document>,
  options: Pick<ParallelOptions, "workers" | "minDocuments" | "minChars"> = {},
): boolean =>
  (options.workers ?? defaultWorkers()) >= 1 &&
  (documents.length >= (options.minDocuments ?? 15_000) ||
    textChars(documents) >= (options.minChars ?? 40_000_000))

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

/** The main thread's batches of documents between two looks at its event loop: 64-256K characters. */
const MAIN_BATCH = { minChars: 1 << 16, maxChars: 1 << 18 }

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
    for (const chunk of chunkDocuments(documents, 1, MAIN_BATCH)) {
      for (const c of extractChunk(chunk)) claims.push(c)
      progress.advance(chunk.length)
      yield* yieldToEventLoop
    }
    forgetReadings()
    return claims as ReadonlyArray<Claim>
  })

/**
 * The claims of id-sorted documents, extracted with worker threads; the same claims, in the same
 * order, as `extractClaims` gives document by document.
 *
 * (1) The main thread cuts the documents into sentences, while the workers start. The distinct
 * sentences, each once however many documents repeat it, go in chunks into one queue as they are
 * found. (2) The workers read them (`readSentence`, most of the work). (3) The main thread makes
 * each document's claims from the readings, in document order, as soon as the chunks the document
 * needs are read; when no document is ready, it reads a chunk itself, or waits. So the main
 * thread does what only it can do while the workers read, and all finish together.
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
    // Workers still taking chunks: when none is, the main thread reads what is left.
    let feeding = wanted
    let ready = 0
    let onMain = 0
    let inWorkers = 0
    const started = performance.now()
    let startupMs = -1

    // Each document's sentences, and the last chunk it needs read (-1: none).
    const sentences = new Array<ReadonlyArray<Sentence>>(documents.length)
    const needs = new Int32Array(documents.length)
    const chunks: string[][] = []
    const done: boolean[] = []
    const readings = new Map<string, Reading>()
    let next = 0
    const returned: number[] = []
    let cutDone = false
    const take = (): number | undefined => returned.pop() ?? (next < chunks.length ? next++ : undefined)

    // The main thread waits (for a chunk read, or a worker's failure) without spinning.
    let wake: (() => void) | null = null
    const nudge = () => wake?.()
    const waitForNews = Effect.async<void>((resume) => {
      wake = () => {
        wake = null
        resume(Effect.void)
      }
      return Effect.sync(() => {
        wake = null
      })
    })
    const giveBack = (i: number) => {
      returned.push(i)
      nudge()
    }
    const chunkRead = (i: number, rs: ReadonlyArray<Reading>) => {
      const texts = chunks[i]!
      if (rs.length !== texts.length) throw new Error(`parallel extraction: chunk ${i} has no readings`)
      for (let k = 0; k < texts.length; k++) readings.set(texts[k]!, rs[k]!)
      done[i] = true
      nudge()
    }
    const readOnMain = (i: number) => {
      chunkRead(i, chunks[i]!.map(readSentence))
      onMain++
    }

    const claims: Claim[] = []
    const read = (text: string): Reading => readings.get(text)!
    let nextDoc = 0
    let doneUpTo = 0
    /** Makes the claims of the documents whose chunks are all read, in order; how many. */
    const assembleReady = (): number => {
      while (doneUpTo < chunks.length && done[doneUpTo]) doneUpTo++
      const from = nextDoc
      while (nextDoc < documents.length && needs[nextDoc]! < doneUpTo) {
        for (const c of claimsOf(documents[nextDoc]!, sentences[nextDoc]!, read)) claims.push(c)
        nextDoc++
      }
      progress.advance(nextDoc - from)
      return nextDoc - from
    }

    const mainThread = Effect.gen(function* () {
      // 1. Sentences, a few hundred documents at a time, letting the workers' messages through.
      const distinct = new Set<string>()
      let chunk: string[] = []
      let size = 0
      let cutUpTo = 0
      for (const batch of chunkDocuments(documents, 1, MAIN_BATCH)) {
        for (const d of batch) {
          const ss = sentencesOf(d)
          sentences[cutUpTo] = ss
          for (const s of ss) {
            if (distinct.has(s.text)) continue
            distinct.add(s.text)
            chunk.push(s.text)
            size += s.text.length
            if (size >= CHUNK_CHARS) {
              chunks.push(chunk)
              chunk = []
              size = 0
            }
          }
          needs[cutUpTo++] = chunk.length > 0 ? chunks.length : chunks.length - 1
        }
        yield* yieldToEventLoop
      }
      if (chunk.length > 0) chunks.push(chunk)
      cutDone = true
      // 2 and 3. Claims of the documents that are ready; else a chunk to read; else wait.
      while (nextDoc < documents.length) {
        if (assembleReady() > 0) {
          yield* yieldToEventLoop
          continue
        }
        const i = helps || feeding === 0 ? take() : undefined
        if (i !== undefined) {
          readOnMain(i)
          yield* yieldToEventLoop
        } else yield* waitForNews
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
            const rs = yield* worker
              .read(chunks[j]!)
              .pipe(
                Effect.onExit((exit) =>
                  Exit.isSuccess(exit) ? Effect.void : Effect.sync(() => giveBack(j)),
                ),
              )
            chunkRead(j, rs)
            inWorkers++
          }
        })
        yield* Effect.all([feed, feed], { concurrency: 2, discard: true })
      }),
    ).pipe(
      Effect.catchTag("WorkerFailed", (e) =>
        Effect.sync(() => {
          failures.push(e.reason)
        }),
      ),
      Effect.ensuring(
        Effect.sync(() => {
          feeding--
          nudge()
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
    if (nextDoc !== documents.length) throw new Error("parallel extraction: documents left without claims")
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
