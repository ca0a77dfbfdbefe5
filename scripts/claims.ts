// Prints the claims read from files, one line each, for debugging extraction: node --import tsx scripts/claims.ts FILE...
import { NodeContext } from "@effect/platform-node"
import { Effect } from "effect"
import { readInputs } from "../src/ingest/readInputs.ts"
import { reconcileInputs } from "../src/pipeline.ts"

const args = process.argv.slice(2)
const inputs = await Effect.runPromise(readInputs(args).pipe(Effect.provide(NodeContext.layer)))
const report = reconcileInputs(inputs)
const groupOf = new Map<string, string>()
for (const g of report.groups) for (const c of g.claims) groupOf.set(c, `${g.id}:${g.verdict}`)
for (const c of report.claims) {
  const what =
    c._tag === "quantity"
      ? `${JSON.stringify(c.value)} ${c.counted}[${c.qualifiers}] act=${c.action} actor=${c.actor?.key ?? "-"} tgt=${c.target?.key ?? "-"}${c.each ? " each" : ""}`
      : c._tag === "event"
        ? `EVENT ${c.actor?.key} ${c.action} ${c.target?.key ?? "-"} ${c.polarity}`
        : `ATTR ${c.attribute}=${c.value}`
  console.log(
    `${groupOf.get(c.id)} ${c.id} | ${what} | place=${c.places.map((p) => p.name).join("+") || "-"}${c.aggregate ? "(agg)" : ""} | ${c.time?.start}..${c.time?.end}${c.time?.text ? "*" : ""} | ${c.claimant.kind}:${c.claimant.key} ${c.flags.join(",")} | "${"mention" in c ? c.mention.text : ""}"`,
  )
}
