/**
 * Lines up claims about the same thing across documents. A first version: claims are blocked by
 * kind, what is counted and the day; everything in a block is one group.
 */
import type { Claim } from "../domain/Claim.ts"

export function blockKey(c: Claim): string {
  switch (c._tag) {
    case "quantity":
      return `q|${c.counted}|${c.action ?? "-"}|${c.time?.start ?? "-"}`
    case "event":
      return `e|${c.action}|${c.actor?.key ?? "-"}|${c.time?.start ?? "-"}`
    case "attribute":
      return `a|${c.attribute}|${c.time?.start ?? "-"}`
  }
}

export function groupClaims(claims: ReadonlyArray<Claim>): Claim[][] {
  const blocks = new Map<string, Claim[]>()
  for (const c of claims) {
    const k = blockKey(c)
    const b = blocks.get(k)
    if (b) b.push(c)
    else blocks.set(k, [c])
  }
  return [...blocks.values()]
}
