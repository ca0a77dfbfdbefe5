import { FileSystem, Path } from "@effect/platform"
import { Effect } from "effect"

/**
 * Writes FILE through a temporary file beside it and a rename, so that a run that fails leaves
 * an earlier FILE as it was, and a reader never sees half a report.
 */
export const writeAtomically = Effect.fn("writeAtomically")(function* (file: string, text: string) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const dir = path.dirname(path.resolve(file))
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`)
  yield* fs.makeDirectory(dir, { recursive: true })
  yield* fs.writeFileString(tmp, text).pipe(
    Effect.zipRight(fs.rename(tmp, file)),
    Effect.tapError(() => fs.remove(tmp).pipe(Effect.ignore)),
  )
})
