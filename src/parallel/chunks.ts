/**
 * Splitting documents into contiguous chunks of about the same size in characters of text: the
 * batches the main thread extracts (or cuts into sentences) between two looks at its event loop,
 * so that progress, signals and the workers' messages get through.
 */
import type { Document } from "../domain/Document.ts"

export interface ChunkOptions {
  /** Aim for this many chunks per worker, for balance and progress (default 16). */
  readonly perWorker?: number
  /** Bounds on a chunk's text, in characters (defaults 32K and 512K: a few hundred ms of work). */
  readonly minChars?: number
  readonly maxChars?: number
}

export function chunkDocuments(
  documents: ReadonlyArray<Document>,
  workers: number,
  options: ChunkOptions = {},
): Array<ReadonlyArray<Document>> {
  const total = textChars(documents)
  const target = Math.min(
    options.maxChars ?? 1 << 19,
    Math.max(
      options.minChars ?? 1 << 15,
      Math.ceil(total / (Math.max(1, workers) * (options.perWorker ?? 16))),
    ),
  )
  const chunks: Array<ReadonlyArray<Document>> = []
  let from = 0
  let size = 0
  for (let i = 0; i < documents.length; i++) {
    size += documents[i]!.text.length
    if (size >= target) {
      chunks.push(documents.slice(from, i + 1))
      from = i + 1
      size = 0
    }
  }
  if (from < documents.length) chunks.push(documents.slice(from))
  return chunks
}

export const textChars = (documents: ReadonlyArray<Document>): number => {
  let n = 0
  for (const d of documents) n += d.text.length
  return n
}
