/** The messages between the main thread and an extraction worker. Structured clone both ways. */
import type { Claim } from "../domain/Claim.ts"
import type { Document } from "../domain/Document.ts"

/** Extract the claims of these documents, in this order. */
export interface ExtractRequest {
  readonly id: number
  readonly documents: ReadonlyArray<Document>
}

export type ExtractResponse =
  | { readonly id: number; readonly ok: true; readonly claims: ReadonlyArray<Claim> }
  | { readonly id: number; readonly ok: false; readonly error: string }

/** The first message a worker sends, once its modules are loaded. */
export interface Ready {
  readonly ready: true
}
