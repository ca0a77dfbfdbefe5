#!/usr/bin/env node
// The `reconcile` command. It runs the TypeScript sources directly through tsx, so that a fresh
// `npm ci` is all a user needs: no build step.
import { register } from "tsx/esm/api"

register()
await import("../src/cli/main.ts")
