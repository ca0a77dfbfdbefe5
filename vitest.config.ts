import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // dist/, as `npm ci` builds it, up to date with src/ (the command's and the package's tests run it).
    globalSetup: ["tests/setup/build.ts"],
    testTimeout: 60_000,
    pool: "forks",
  },
})
