/**
 * An extraction worker: sentences in, their readings out, in order. It runs `readSentence`, the
 * same pure function the single-threaded pipeline runs, so the claims made of its readings are the
 * same, field by field. Compiled to dist/parallel/worker.js; run from the sources (tests), loaded
 * through worker-entry.mjs, which registers tsx first.
 */
import { parentPort } from "node:worker_threads"
import { readingsToJson, readSentence } from "../claims/extract.ts"
import type { ReadRequest, ReadResponse, Ready } from "./protocol.ts"

const port = parentPort
if (port === null) throw new Error("src/parallel/worker.ts must run in a worker thread")

port.on("message", (req: ReadRequest) => {
  let res: ReadResponse
  try {
    res = { id: req.id, ok: true, readings: readingsToJson(req.texts.map(readSentence)) }
  } catch (e) {
    res = { id: req.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }
  }
  port.postMessage(res)
})

port.postMessage({ ready: true } satisfies Ready)
