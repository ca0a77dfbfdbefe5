/**
 * `-o FILE` never destroys what it does not own (issue 20, items 1, 10 and 12): a device or a FIFO
 * is written to, a symbolic link keeps pointing at its (replaced) target, a socket is refused;
 * SIGHUP during the write removes the temporary file, and a later run removes the temporaries of
 * runs that were killed, never those of a run still going.
 */
import { execFileSync, spawn } from "node:child_process"
import {
  createReadStream,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeContext } from "@effect/platform-node"
import { Effect, Exit } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { generateDocuments, writeJsonl } from "../bench/generate.ts"
import { removeStaleTemporaries, writeAtomically } from "../src/cli/output.ts"
import { lines, reconcile, STACK } from "./helpers/run.ts"

let dir: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "reconcile-targets-"))
  await reconcile(["--version"]) // builds the bundle once
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const write = (file: string, text: string) =>
  Effect.runPromiseExit(writeAtomically(file, text).pipe(Effect.provide(NodeContext.layer)))

describe("writeAtomically on special targets", () => {
  it("writes to a character device directly: it stays a device", async () => {
    const dev = join(dir, "null")
    execFileSync("mknod", [dev, "c", "1", "3"])
    expect(statSync(dev).isCharacterDevice()).toBe(true)
    const exit = await write(dev, "REPORT\n")
    expect(Exit.isSuccess(exit)).toBe(true)
    expect(lstatSync(dev).isCharacterDevice()).toBe(true)
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([])
  })

  it("writes to a FIFO: its reader gets the whole report, and it stays a FIFO", async () => {
    const fifo = join(dir, "pipe")
    execFileSync("mkfifo", [fifo])
    const got = new Promise<string>((resolve, reject) => {
      let text = ""
      createReadStream(fifo, { encoding: "utf8" })
        .on("data", (d) => {
          text += d
        })
        .on("end", () => resolve(text))
        .on("error", reject)
    })
    const exit = await write(fifo, "REPORT\n".repeat(10_000))
    expect(Exit.isSuccess(exit)).toBe(true)
    expect(await got).toBe("REPORT\n".repeat(10_000))
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  it("replaces a symbolic link's target, and the link stays (also a link to a link, and a dangling one)", async () => {
    const target = join(dir, "real-report.md")
    writeFileSync(target, "EARLIER\n", { mode: 0o640 })
    const link = join(dir, "report-link.md")
    const link2 = join(dir, "report-link2.md")
    symlinkSync("real-report.md", link)
    symlinkSync(link, link2)
    expect(Exit.isSuccess(await write(link2, "NEW\n"))).toBe(true)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(lstatSync(link2).isSymbolicLink()).toBe(true)
    expect(readlinkSync(link)).toBe("real-report.md")
    expect(readFileSync(target, "utf8")).toBe("NEW\n")
    expect(statSync(target).mode & 0o777).toBe(0o640)
    const dangling = join(dir, "dangling.md")
    symlinkSync("not-yet.md", dangling)
    expect(Exit.isSuccess(await write(dangling, "FIRST\n"))).toBe(true)
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, "not-yet.md"), "utf8")).toBe("FIRST\n")
  })

  it("refuses a socket in one line, and leaves it as it was", async () => {
    const sock = join(dir, "s.sock")
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(sock, resolve))
    try {
      const exit = await write(sock, "REPORT\n")
      expect(Exit.isFailure(exit)).toBe(true)
      expect(JSON.stringify(exit)).toContain("is a socket")
      expect(lstatSync(sock).isSocket()).toBe(true)
    } finally {
      server.close()
    }
  })
})

describe("the command's -o on special targets", { timeout: 120_000 }, () => {
  it("-o a device: exit 0, nothing on stderr, still a device", async () => {
    const dev = join(dir, "null2")
    execFileSync("mknod", [dev, "c", "1", "3"])
    const r = await reconcile(["seeds", "-o", dev])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(lstatSync(dev).isCharacterDevice()).toBe(true)
  })

  it("-o '' says no output path was given, in one line, exit 2", async () => {
    const r = await reconcile(["seeds", "-o", ""])
    expect(r.code).toBe(2)
    expect(lines(r.stderr)).toEqual(["reconcile: cannot write '': no output path given; nothing was written"])
  })

  it("a socket: one line, exit 2, no stack trace", async () => {
    const sock = join(dir, "t.sock")
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(sock, resolve))
    try {
      const r = await reconcile(["seeds", "-o", sock])
      expect(r.code).toBe(2)
      expect(lines(r.stderr)).toHaveLength(1)
      expect(r.stderr).toContain("is a socket")
      expect(r.stderr).not.toMatch(STACK)
    } finally {
      server.close()
    }
  })
})

describe("temporary files", { timeout: 180_000 }, () => {
  it("removes those beside FILE whose run has ended, never those of a running process", async () => {
    const out = mkdtempSync(join(dir, "stale-"))
    const sleeper = spawn("sleep", ["60"])
    try {
      const live = `.report.md.${sleeper.pid}.abc.tmp`
      const dead = ".report.md.4194399.abc.tmp"
      const other = ".other.md.4194399.abc.tmp"
      for (const n of [live, dead, other]) writeFileSync(join(out, n), "half a report")
      removeStaleTemporaries(out, "report.md")
      expect(readdirSync(out).sort()).toEqual([other, live].sort())
      // And the command does it before it writes.
      writeFileSync(join(out, dead), "half a report")
      const r = await reconcile(["seeds", "-o", join(out, "report.md")])
      expect(r.code).toBe(0)
      expect(readdirSync(out).sort()).toEqual([other, live, "report.md"].sort())
    } finally {
      sleeper.kill()
    }
  })

  it("SIGHUP while the report is written removes the temporary file (exit 129), like SIGTERM", async () => {
    const out = mkdtempSync(join(dir, "hup-"))
    const corpus = join(out, "corpus.jsonl")
    await writeJsonl(generateDocuments({ n: 4000, seed: 3 }), corpus)
    const file = join(out, "report.md")
    writeFileSync(file, "EARLIER\n")
    let seen = false
    const r = await reconcile(["--workers", "0", corpus, "-o", file], {
      started: (child) => {
        const poll = setInterval(() => {
          if (readdirSync(out).some((n) => n.endsWith(".tmp"))) {
            seen = true
            clearInterval(poll)
            child.kill("SIGHUP")
          }
        }, 2)
        child.on("close", () => clearInterval(poll))
      },
    })
    expect(seen).toBe(true)
    expect(r.code).toBe(129)
    expect(readdirSync(out).sort()).toEqual(["corpus.jsonl", "report.md"])
    expect(readFileSync(file, "utf8")).toBe("EARLIER\n")
  })
})
