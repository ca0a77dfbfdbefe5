/**
 * Extraction workers (node:worker_threads) as Effect resources: each worker is scoped (terminated
 * when the scope closes, also on interruption and failure) and each request is an `Effect.async`
 * that settles on the worker's answer, its crash or its exit. src/parallel/index.ts schedules.
 */
import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"
import { Effect, Schema, type Scope } from "effect"
import { type Reading, readingsFromJson } from "../claims/extract.ts"
import type { ReadRequest, ReadResponse } from "./protocol.ts"

/** A worker that did not start, crashed, or failed on a chunk. */
export class WorkerFailed extends Schema.TaggedError<WorkerFailed>()("WorkerFailed", {
  reason: Schema.String,
}) {}

/**
 * The worker's entry module: the compiled dist/parallel/worker.js, named from a module one folder
 * below dist/ (this one, or the command's bundle, dist/cli/main.js). Run from the TypeScript
 * sources (the tests, under vitest), there is no compiled worker, and worker-entry.mjs loads
 * worker.ts through tsx, a development dependency.
 */
export const WORKER_ENTRY = import.meta.url.endsWith(".ts")
  ? new URL("./worker-entry.mjs", import.meta.url)
  : new URL("../parallel/worker.js", import.meta.url)

/**
 * One worker per core but one, for the main thread, which extracts too; at least 1, at most 7
 * (extraction is CPU-bound: more threads than cores only add start-up).
 */
export const defaultWorkers = (): number => Math.max(1, Math.min(7, availableParallelism() - 1))

export interface ExtractWorker {
  /** The readings of these sentences (`readSentence`), in order. */
  readonly read: (texts: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<Reading>, WorkerFailed>
}

/**
 * The flags a worker gets: the parent's profiling and memory flags, so that `node --cpu-prof`
 * profiles the workers too, but not its `--import tsx` (the entry registers tsx itself, after
 * loading effect without the hooks).
 */
export function workerExecArgv(parent: ReadonlyArray<string> = process.execArgv): string[] {
  const keep = /^--(cpu-prof|heap-prof|max-old-space-size|stack-size|enable-source-maps)/
  const takesValue =
    /^--(cpu-prof-dir|cpu-prof-name|cpu-prof-interval|heap-prof-dir|heap-prof-name|heap-prof-interval|max-old-space-size|stack-size)$/
  const out: string[] = []
  for (let i = 0; i < parent.length; i++) {
    const a = parent[i]!
    if (!keep.test(a)) continue
    out.push(a)
    if (takesValue.test(a) && parent[i + 1] !== undefined) out.push(parent[++i]!)
  }
  return out
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e))

/**
 * Starts a worker and waits until its modules are loaded; terminates it when the scope closes.
 * Without an `entry`, the worker runs WORKER_ENTRY.
 */
export const spawnWorker = (entry?: URL): Effect.Effect<ExtractWorker, WorkerFailed, Scope.Scope> =>
  Effect.map(startWorker(entry ?? WORKER_ENTRY), extractorOf)

/** A worker from a module's URL. */
const startWorker = (code: URL): Effect.Effect<Worker, WorkerFailed, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.async<Worker, WorkerFailed>((resume) => {
      let worker: Worker
      try {
        worker = new Worker(code, { execArgv: workerExecArgv() })
      } catch (e) {
        return resume(Effect.fail(new WorkerFailed({ reason: `cannot start a worker: ${describe(e)}` })))
      }
      const cleanup = () => {
        worker.off("message", onMessage)
        worker.off("error", onError)
        worker.off("exit", onExit)
      }
      const onMessage = (m: unknown) => {
        if (typeof m === "object" && m !== null && "ready" in m) {
          cleanup()
          resume(Effect.succeed(worker))
        }
      }
      const onError = (e: unknown) => {
        cleanup()
        void worker.terminate()
        resume(Effect.fail(new WorkerFailed({ reason: `worker did not start: ${describe(e)}` })))
      }
      const onExit = (code: number) => {
        cleanup()
        resume(Effect.fail(new WorkerFailed({ reason: `worker exited with code ${code} while starting` })))
      }
      worker.on("message", onMessage)
      worker.on("error", onError)
      worker.on("exit", onExit)
      return Effect.sync(() => {
        cleanup()
        void worker.terminate()
      })
    }),
    (worker) => Effect.promise(() => worker.terminate()),
  )

function extractorOf(worker: Worker): ExtractWorker {
  let next = 0
  return {
    read: (texts) =>
      Effect.async<ReadonlyArray<Reading>, WorkerFailed>((resume) => {
        const id = next++
        const cleanup = () => {
          worker.off("message", onMessage)
          worker.off("error", onError)
          worker.off("exit", onExit)
        }
        const onMessage = (m: ReadResponse) => {
          if (m.id !== id) return
          cleanup()
          resume(
            m.ok
              ? Effect.succeed(readingsFromJson(m.readings))
              : Effect.fail(new WorkerFailed({ reason: m.error })),
          )
        }
        const onError = (e: unknown) => {
          cleanup()
          resume(Effect.fail(new WorkerFailed({ reason: `worker crashed: ${describe(e)}` })))
        }
        const onExit = (code: number) => {
          cleanup()
          resume(Effect.fail(new WorkerFailed({ reason: `worker exited with code ${code}` })))
        }
        worker.on("message", onMessage)
        worker.on("error", onError)
        worker.on("exit", onExit)
        worker.postMessage({ id, texts } satisfies ReadRequest)
        return Effect.sync(cleanup)
      }),
  }
}
