import type { Document, DocumentId } from "../../src/domain/Document.ts"
import type { Inputs } from "../../src/ingest/readInputs.ts"

/** A document for tests: an outlet, a date, and text. */
export const doc = (
  id: string,
  outlet: string | null,
  published: string | null,
  text: string,
  story: string | null = null,
): Document => ({
  id: id as DocumentId,
  path: `${id}.md`,
  outlet,
  published,
  story,
  url: null,
  title: null,
  text,
  firstLine: 1,
})

export const inputsOf = (...documents: Document[]): Inputs => ({ documents, skipped: [], warnings: [] })
