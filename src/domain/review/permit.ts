/** The Jalali year of a date, in ASCII digits (permit numbers are read aloud and typed). */
function jalaliYear(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", { year: "numeric", timeZone: "Asia/Tehran" }).formatToParts(date);
  return parts.find((p) => p.type === "year")!.value;
}

/** KR-1405-000123: the agency's prefix, the Jalali year of issue, the application's number. */
export function permitNumber(applicationId: number, issuedAt: Date): string {
  return `KR-${jalaliYear(issuedAt)}-${String(applicationId).padStart(6, "0")}`;
}

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
