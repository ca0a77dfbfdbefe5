/**
 * The messages between the main thread and an extraction worker. The main thread cuts the
 * documents into sentences and sends the distinct ones not yet read; the worker reads them
 * (`readSentence`, the costly part of extraction) and sends the readings back as JSON text, which
 * is smaller than the claims (a reading holds no provenance, and a sentence repeated across
 * documents is read and sent once) and which the main thread parses faster than it deserializes
 * the same objects. The main thread then makes every document's claims from the readings.
 */
import type { ReadingsJson } from "../claims/extract.ts"

/** Read these sentences, and answer with their readings, in this order. */
export interface ReadRequest {
  readonly id: number
  readonly texts: ReadonlyArray<string>
}

export type ReadResponse =
  | { readonly id: number; readonly ok: true; readonly readings: ReadingsJson }
  | { readonly id: number; readonly ok: false; readonly error: string }

/** The first message a worker sends, once its modules are loaded. */
export interface Ready {
  readonly ready: true
}
