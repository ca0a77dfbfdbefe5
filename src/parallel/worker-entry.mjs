// A worker thread's entry point. Workers do not inherit the main thread's tsx hooks, and Node 20
// ignores `--import tsx` in a Worker's execArgv for the entry module, so the worker registers tsx
// itself (resolved from this file, not from the working directory) and then loads the TypeScript.
//
// `effect` is loaded first, without the hooks: src/claims reaches it at run time through
// src/domain/Value.ts, and through tsx's hooks its ~600 modules take about 3x as long to load
// (measured: two workers ready in 3.1 s instead of 0.9 s on 2 cores). Once extraction no longer
// imports effect at run time, drop this line: the workers will then be ready in ~0.3 s.
await import("effect")
const { register } = await import("tsx/esm/api")
register()
await import("./worker.ts")
