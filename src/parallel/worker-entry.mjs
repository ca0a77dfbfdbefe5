// A worker thread's entry point when the code runs from its TypeScript sources (tests, under
// vitest): the package runs dist/parallel/worker.js instead (see pool.ts). Workers do not inherit the main thread's tsx hooks, and Node 20
// ignores `--import tsx` in a Worker's execArgv for the entry module, so the worker registers tsx
// itself (resolved from this file, not from the working directory) and then loads the TypeScript.
//
// Extraction does not import `effect` at run time (src/claims uses src/domain/interval.ts, not
// Value.ts, and only types from the other domain modules), so the worker loads no Schema library:
// keep it that way, or load `effect` here first, without the hooks (through tsx's hooks its ~600
// modules take about 3x as long to load).
const { register } = await import("tsx/esm/api")
register()
await import("./worker.ts")
