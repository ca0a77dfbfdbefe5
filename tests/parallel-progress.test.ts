import { describe, expect, it } from "vitest"
import { makeProgress, type ProgressStream } from "../src/parallel/progress.ts"

const sink = (isTTY: boolean) => {
  const writes: string[] = []
  const stream: ProgressStream = { isTTY, columns: 100, write: (t: string) => writes.push(t) }
  return { stream, writes }
}

/** A clock the test moves by hand. */
const clock = () => {
  let t = 0
  return {
    now: () => t,
    tick: (ms: number) => {
      t += ms
    },
  }
}

const run = (isTTY: boolean, total: number, env: Record<string, string | undefined> = {}) => {
  const { stream, writes } = sink(isTTY)
  const c = clock()
  const p = makeProgress({ stream, now: c.now, env })
  p.phase("extracting claims", total)
  for (let i = 0; i < total; i += 100) {
    c.tick(150)
    p.advance(Math.min(100, total - i))
  }
  c.tick(2000)
  p.phase("grouping claims")
  p.done()
  return writes
}

describe("progress line", () => {
  it("writes nothing when stderr is not a terminal, however long the run", () => {
    expect(run(false, 10_000)).toEqual([])
  })

  it("writes nothing on a dumb terminal or in CI", () => {
    expect(run(true, 10_000, { TERM: "dumb" })).toEqual([])
    expect(run(true, 10_000, { CI: "true" })).toEqual([])
  })

  it("on a terminal, draws a long run in place and erases itself at the end", () => {
    const writes = run(true, 1000)
    expect(writes.length).toBeGreaterThan(3)
    expect(writes.every((w) => w.startsWith("\r\x1b[2K"))).toBe(true)
    expect(writes.some((w) => w.includes("500/1,000 50%"))).toBe(true)
    expect(writes.some((w) => w.includes("grouping claims"))).toBe(true)
    expect(writes.at(-1)).toBe("\r\x1b[2K")
    expect(writes.join("")).not.toContain("\n")
  })

  it("stays quiet on a short run, and shows a small one once it has taken a second", () => {
    const { stream, writes } = sink(true)
    const c = clock()
    const p = makeProgress({ stream, now: c.now, env: {} })
    p.phase("extracting claims", 20)
    c.tick(300)
    p.advance(10)
    expect(writes).toEqual([])
    c.tick(900)
    p.advance(5)
    expect(writes).toHaveLength(1)
    expect(writes[0]).toContain("15/20 75%")
    p.done()
    p.done()
    expect(writes).toHaveLength(2)
  })

  it("redraws at most once per interval", () => {
    const { stream, writes } = sink(true)
    const c = clock()
    const p = makeProgress({ stream, now: c.now, env: {} })
    p.phase("extracting claims", 100_000)
    for (let i = 0; i < 1000; i++) {
      c.tick(1)
      p.advance(10)
    }
    // 1000 ms at one redraw per 100 ms, plus the first draw.
    expect(writes.length).toBeLessThanOrEqual(11)
    p.done()
  })
})
