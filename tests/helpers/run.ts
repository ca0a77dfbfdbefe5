/** The real command, spawned: `node bin/reconcile.js ...`, with its stdout, stderr and status. */
import { type ChildProcess, spawn } from "node:child_process"
import { join } from "node:path"

export const BIN = join(import.meta.dirname, "..", "..", "bin", "reconcile.js")
export const ROOT = join(import.meta.dirname, "..", "..")

export interface Run {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the command; `started` is given the child (to signal it); killed after `timeout` ms. */
export function reconcile(
  args: ReadonlyArray<string>,
  options: { stdin?: string; timeout?: number; started?: (child: ChildProcess) => void } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
    })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (d) => {
      stdout += d
    })
    child.stderr.setEncoding("utf8").on("data", (d) => {
      stderr += d
    })
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeout ?? 120_000)
    child.on("error", reject)
    child.on("close", (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
    child.stdin.on("error", () => {})
    child.stdin.end(options.stdin ?? "")
    options.started?.(child)
  })
}

export const lines = (s: string) => s.split("\n").filter((l) => l !== "")
/** A stack trace's frames look like "    at f (file:1:2)". */
export const STACK = /^\s+at /m
