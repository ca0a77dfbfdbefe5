/**
 * The README's examples run: the library example (its output checked), and the testing example,
 * a user's own vitest + fast-check test, whose tests are registered here and run with these.
 * Both import the package by name; here the names point at the sources. tests/package.test.ts
 * type-checks and runs them against the packed, installed package.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it, vi } from "vitest"
import { readmeExample } from "./helpers/readme.ts"

const ROOT = join(import.meta.dirname, "..")
const DIR = join(import.meta.dirname, ".readme")
mkdirSync(DIR, { recursive: true })

const fromSources = (code: string) =>
  code
    .replaceAll('"newsroom-reconcile/testing"', JSON.stringify(join(ROOT, "src", "testing", "index.ts")))
    .replaceAll('"newsroom-reconcile"', JSON.stringify(join(ROOT, "src", "index.ts")))

describe("the README's library example", () => {
  it("runs, and prints what its comments say", async () => {
    const file = join(DIR, "library.ts")
    writeFileSync(file, fromSources(readmeExample("library")))
    const printed: unknown[][] = []
    const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args))
    try {
      await import(file)
    } finally {
      log.mockRestore()
    }
    expect(printed[0]).toEqual(["# Reconciliation report"])
    expect(printed[1]).toEqual([[expect.stringMatching(/^conflict: /)]])
    expect(printed[2]).toEqual([2])
  })
})

// The testing example's own describe/it, registered in this file.
const testing = join(DIR, "testing.ts")
writeFileSync(testing, fromSources(readmeExample("testing")))
await import(testing)
