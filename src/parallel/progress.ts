/**
 * A progress line on stderr for long runs. Only on a terminal: when stderr is piped or redirected
 * (CI, `2> log`), or the terminal is dumb, it writes nothing at all. Never on stdout, so it is never
 * in the report. It shows up only once the run is long: many documents, or a second gone by. The
 * line is redrawn in place at most ten times a second and erased when the run ends.
 */
import { Effect, type Scope } from "effect"

/** The part of a stream the bar uses (process.stderr is one). */
export interface ProgressStream {
  readonly isTTY?: boolean
  readonly columns?: number
  write(text: string): unknown
}

export interface Progress {
  /** A new phase ("extracting"), with the number of items it counts to, if it counts. */
  phase(name: string, total?: number): void
  /** `n` more items of the current phase are done. */
  advance(n: number): void
  /** Erases the line, if one was drawn. Idempotent. */
  done(): void
}

export interface ProgressOptions {
  readonly stream?: ProgressStream
  /** Show at once when a phase counts at least this many items (default 500). */
  readonly minItems?: number
  /** Otherwise show once the run has taken this long, in ms (default 1000). */
  readonly delayMs?: number
  /** Redraw at most this often, in ms (default 100). */
  readonly intervalMs?: number
  /** What the items are, in the rate ("docs/s"). */
  readonly unit?: string
  readonly now?: () => number
  readonly env?: Readonly<Record<string, string | undefined>>
}

/** A progress that shows nothing: for tests, libraries and short runs. */
export const silentProgress: Progress = { phase: () => {}, advance: () => {}, done: () => {} }

/** Whether a bar may be drawn on this stream at all. */
export const progressAllowed = (
  stream: ProgressStream,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean => stream.isTTY === true && env.TERM !== "dumb" && env.CI === undefined

export function makeProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr
  if (!progressAllowed(stream, options.env)) return silentProgress
  const now = options.now ?? (() => performance.now())
  const minItems = options.minItems ?? 500
  const delayMs = options.delayMs ?? 1000
  const intervalMs = options.intervalMs ?? 100
  const unit = options.unit ?? "docs"
  const started = now()
  let phaseStarted = started
  let name = ""
  let total: number | undefined
  let count = 0
  let drawn = false
  let lastDraw = Number.NEGATIVE_INFINITY
  let finished = false

  const visible = (t: number) => drawn || (total !== undefined && total >= minItems) || t - started >= delayMs

  const draw = (force: boolean) => {
    if (finished) return
    const t = now()
    if (!visible(t) || (!force && t - lastDraw < intervalMs)) return
    lastDraw = t
    drawn = true
    const width = Math.max(40, Math.min(stream.columns || 80, 120) - 1)
    stream.write(`\r\x1b[2K${line(t).slice(0, width)}`)
  }

  const line = (t: number): string => {
    const head = `reconcile: ${name}`
    if (total === undefined || total === 0) return `${head}...`
    const frac = Math.min(1, count / total)
    const secs = (t - phaseStarted) / 1000
    const rate = secs > 0 ? count / secs : 0
    const eta = rate > 0 && count < total ? ` eta ${Math.ceil((total - count) / rate)}s` : ""
    const barWidth = 20
    const filled = Math.round(frac * barWidth)
    const bar = `[${"=".repeat(filled)}${" ".repeat(barWidth - filled)}]`
    return `${head} ${bar} ${fmt(count)}/${fmt(total)} ${Math.floor(frac * 100)}%${rate > 0 ? ` ${fmt(Math.round(rate))} ${unit}/s` : ""}${eta}`
  }

  return {
    phase(phaseName, phaseTotal) {
      name = phaseName
      total = phaseTotal
      count = 0
      phaseStarted = now()
      draw(true)
    },
    advance(n) {
      count += n
      draw(total !== undefined && count >= total)
    },
    done() {
      if (finished) return
      finished = true
      if (drawn) stream.write("\r\x1b[2K")
    },
  }
}

const fmt = (n: number) => n.toLocaleString("en-US")

/** A progress line for the life of a scope: erased when the scope closes, however it closes. */
export const progressLine = (options: ProgressOptions = {}): Effect.Effect<Progress, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.sync(() => makeProgress(options)),
    (p) => Effect.sync(() => p.done()),
  )
