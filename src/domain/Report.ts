import { Schema } from "effect"
import { Claim } from "./Claim.ts"
import { Skipped, Warning } from "./Document.ts"
import { Group } from "./Group.ts"

export const ReportDocument = Schema.Struct({
  id: Schema.String,
  path: Schema.String,
  outlet: Schema.NullOr(Schema.String),
  published: Schema.NullOr(Schema.String),
  story: Schema.NullOr(Schema.String),
  title: Schema.NullOr(Schema.String),
  url: Schema.NullOr(Schema.String),
  claims: Schema.Number,
})
export type ReportDocument = typeof ReportDocument.Type

/** The JSON report: a contract other tools read (see DESIGN.md and the README). */
export const Report = Schema.Struct({
  documents: Schema.Array(ReportDocument),
  claims: Schema.Array(Claim),
  groups: Schema.Array(Group),
  skipped: Schema.Array(Skipped),
  warnings: Schema.Array(Warning),
})
export type Report = typeof Report.Type
