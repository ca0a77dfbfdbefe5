/**
 * The pipeline on several cores. Extraction, the per-document and embarrassingly parallel stage,
 * runs in worker threads, on contiguous chunks of the id-sorted documents; the chunks' claims are
 * concatenated in chunk order, which is the order the single-threaded pipeline produces, and the
 * rest (group, judge, the report) is the same code, `reportFromClaims` in src/pipeline.ts. So the report is the same, byte for byte,
 * with any number of workers; tests/parallel.test.ts holds it to that.
 *
 * A worker runs the extraction modules bundled into one script (bundle.ts) and is ready in about
 * 0.1 s, plus 0.1 s to build the bundle once per process; but it compiles the hot code anew, so
 * workers pay only for large inputs (see `minDocuments`), and smaller ones run on the main thread. The main thread extracts beside the workers, so on 2 cores one worker is
 * the default.
 */
import { Effect, Exit } from "effect"
import { extractClaims } from "../claims/extract.ts"
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
   * Use workers only from this many documents... (default 20,000). A worker is ready in 0.1 s,
   * but it compiles the extraction code anew (V8 compiles hot code on a background thread, which
   * already keeps the second core a third busy when the main thread extracts alone) and runs
   * slowly until then; and it reads anew the sentences the main thread has read (each thread
   * remembers its own, see extract.ts). Measured on 2 cores, extracting 2.7 KB articles, main
   * thread alone against main thread and one worker: 10,000 articles 2.6 s against 2.8-2.9 s;
   * 30,000 6.4 s against 5.7 s.
   */
  readonly minDocuments?: number
  /** ...or this many characters of text (default 50M). Below both, the main thread does it all. */
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
  (documents.length >= (options.minDocuments ?? 20_000) ||
    textChars(documents) >= (options.minChars ?? 50_000_000))

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
 * The claims of id-sorted documents, extracted by worker threads, chunk by chunk; the claims come
 * back in the order of the documents, whoever extracted them.
 *
 * The main thread and the workers take chunks from one queue. The main thread is working while
 * the workers start, so start-up is not dead time. A
 * worker that cannot start or crashes is dropped and its chunks go back in the queue; the main
 * thread finishes what is left. Fails only when extraction itself throws (a defect, as it is on
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
    const chunks = chunkDocuments(documents, wanted + (helps ? 1 : 0))
    const size = Math.min(wanted, chunks.length)
    const results = new Array<ReadonlyArray<Claim> | undefined>(chunks.length)
    const queue = chunks.map((_, i) => i).reverse()
    const take = () => queue.pop()
    const failures: string[] = []
    let ready = 0
    let alive = size
    let onMain = 0
    let inWorkers = 0
    const started = performance.now()
    let startupMs = -1
    // The workers' script, built before the main thread gets busy (see bundle.ts); not needed
    // when the caller names the workers' entry module.
    if (options.workerEntry === undefined) yield* Effect.promise(workerScript)

    const onMainThread = (i: number) => {
      results[i] = extractChunk(chunks[i]!)
      onMain++
      progress.advance(chunks[i]!.length)
    }

    // The main thread takes chunks from the same queue, from the start (the workers take a
    // moment to start) to the end, letting the event loop run between chunks.
    const meanwhile = Effect.gen(function* () {
      if (!helps) return
      while (alive > 0) {
        yield* yieldToEventLoop
        const i = take()
        if (i === undefined) return
        onMainThread(i)
      }
    })

    const workerLoop = Effect.scoped(
      Effect.gen(function* () {
        const worker = yield* spawnWorker(options.workerEntry)
        if (ready++ === 0) startupMs = performance.now() - started
        // Two requests in flight, so that the worker has the next chunk at hand when it finishes
        // one, even while the main thread is busy and cannot answer at once.
        const feed = Effect.gen(function* () {
          for (let i = take(); i !== undefined; i = take()) {
            const chunk = chunks[i]!
            // A chunk not done (the worker failed, or the other feed's failure interrupted this
            // one) goes back in the queue.
            const claims = yield* worker
              .extract(chunk)
              .pipe(
                Effect.onExit((exit) =>
                  Exit.isSuccess(exit) ? Effect.void : Effect.sync(() => queue.push(i)),
                ),
              )
            results[i] = claims
            inWorkers++
            progress.advance(chunk.length)
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
        meanwhile,
        Effect.forEach(Array.from({ length: size }), () => workerLoop, {
          concurrency: "unbounded",
          discard: true,
        }),
      ],
      {
        concurrency: "unbounded",
        discard: true,
      },
    )
    // Whatever the workers left (all of them failed): on the main thread.
    for (let i = take(); i !== undefined; i = take()) {
      onMainThread(i)
      yield* yieldToEventLoop
    }
    if (options.stats)
      Object.assign(options.stats, {
        workers: size - failures.length,
        chunks: chunks.length,
        chunksOnMain: onMain,
        chunksInWorkers: inWorkers,
        startupMs,
        fellBack: failures.length > 0 ? failures[0]! : null,
      })
    return concatInOrder(results)
  })

/** One array of all the chunks' claims, in chunk order; each chunk's array is let go as it is copied. */
function concatInOrder(results: Array<ReadonlyArray<Claim> | undefined>): Claim[] {
  const out: Claim[] = []
  for (let i = 0; i < results.length; i++) {
    const r = results[i]
    if (r === undefined) throw new Error(`parallel extraction: chunk ${i} has no result`)
    for (const c of r) out.push(c)
    results[i] = undefined
  }
  return out
}
