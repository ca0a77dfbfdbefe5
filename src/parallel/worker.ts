/**
 * An extraction worker: documents in, their claims out, in order. It runs `extractClaims`, the
 * same pure function the single-threaded pipeline runs, so the claims are the same, field by field.
 * Bundled into one script by bundle.ts; without the bundle, loaded through worker-entry.mjs, which
 * registers tsx first.
 */
import { parentPort } from "node:worker_threads"
import { extractClaims } from "../claims/extract.ts"
import type { Claim } from "../domain/Claim.ts"
import { claimsToJson, type ExtractRequest, type ExtractResponse, type Ready } from "./protocol.ts"

const port = parentPort
if (port === null) throw new Error("src/parallel/worker.ts must run in a worker thread")

port.on("message", (req: ExtractRequest) => {
  let res: ExtractResponse
  try {
    const claims: Claim[] = []
    for (const d of req.documents) for (const c of extractClaims(d)) claims.push(c)
    res = { id: req.id, ok: true, claims: claimsToJson(claims) }
  } catch (e) {
    res = { id: req.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }
  }
  port.postMessage(res)
})

port.postMessage({ ready: true } satisfies Ready)
