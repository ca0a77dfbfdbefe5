/** The verdict and flags of one group of claims. */
import type { Claim } from "../domain/Claim.ts"
import type { Group, GroupFlag, GroupId, Verdict } from "../domain/Group.ts"
import { meets, toInterval } from "../domain/Value.ts"

export function judge(id: string, claims: ReadonlyArray<Claim>): Group {
  const outlets = [...new Set(claims.map((c) => c.outlet ?? `(${c.document})`))].sort()
  let verdict: Verdict = outlets.length < 2 ? "single-source" : "corroborated"
  let reason = outlets.length < 2 ? "only one outlet reports it" : `${outlets.length} outlets agree`
  for (const a of claims)
    for (const b of claims)
      if (
        a._tag === "quantity" &&
        b._tag === "quantity" &&
        !meets(toInterval(a.value), toInterval(b.value))
      ) {
        verdict = "conflict"
        reason = `${a.mention.text} and ${b.mention.text} do not meet`
      }
  const flags: GroupFlag[] = []
  return {
    id: id as GroupId,
    claims: claims.map((c) => c.id),
    verdict,
    flags,
    subject: claims[0]?._tag === "quantity" ? claims[0].counted : (claims[0]?._tag ?? ""),
    outlets,
    reason,
  }
}
