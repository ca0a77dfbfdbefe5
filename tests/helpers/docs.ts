import type { Document } from "../../src/domain/Document.ts"
import type { Inputs } from "../../src/ingest/readInputs.ts"
import { makeDocument } from "../../src/testing/index.ts"

/** A document for tests: an outlet, a date, and text (newsroom-reconcile/testing's makeDocument). */
export const doc = makeDocument

export const inputsOf = (...documents: Document[]): Inputs => ({ documents, skipped: [], warnings: [] })
