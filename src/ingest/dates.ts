/**
 * Normalises a `published` value to ISO 8601: `YYYY-MM-DD`, or a date-time in UTC.
 * Returns null when it is not a date.
 */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoOf(value, true)
  if (typeof value !== "string" && typeof value !== "number") return null
  const s = String(value).trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const d = new Date(`${s}T00:00:00Z`)
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? null : s
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(s)) {
    const d = new Date(s.replace(" ", "T"))
    return Number.isNaN(d.getTime()) ? null : isoOf(d, false)
  }
  return null
}

function isoOf(d: Date, dateOnly: boolean): string {
  const iso = d.toISOString()
  if (dateOnly && iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10)
  return iso.replace(".000Z", "Z")
}
