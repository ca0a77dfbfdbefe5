import type { Report } from "../domain/Report.ts"

/** The JSON report: one object, two-space indented, ending with a newline. */
export const renderJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`
