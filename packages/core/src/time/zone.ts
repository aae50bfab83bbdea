// Wall-clock arithmetic in IANA time zones with Intl.DateTimeFormat only (no time zone database of our own).

/** Calendar date and wall-clock time, as numbers (month 1-12). */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The earliest and latest instants whose wall-clock year is 0001-9999 in every zone (offsets stay within a day). */
export const MIN_INSTANT = /* @__PURE__ */ utcMilliseconds({ year: 1, month: 1, day: 2, hour: 0, minute: 0, second: 0 });
export const MAX_INSTANT = /* @__PURE__ */ utcMilliseconds({ year: 9999, month: 12, day: 30, hour: 23, minute: 59, second: 59 });

const FORMATTER_CACHE_SIZE = 64;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter for `timeZone`; a zone Intl does not know is a RangeError. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  if (typeof timeZone !== "string" || timeZone === "") {
    throw new TypeError(`timeZone must be an IANA time zone name such as "Europe/Berlin", not ${JSON.stringify(timeZone)}`);
  }
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
    } catch (error) {
      throw new RangeError(`Unknown time zone ${JSON.stringify(timeZone)}`, { cause: error });
    }
    if (formatters.size >= FORMATTER_CACHE_SIZE) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Checks a zone name, so callers fail early even when they format nothing. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The wall clock in `timeZone` at the instant `ms` (milliseconds are dropped: the second that holds it). */
export function wallClockAt(ms: number, timeZone: string): WallClock {
  if (!(ms >= MIN_INSTANT && ms <= MAX_INSTANT)) {
    throw new RangeError("Only instants in the years 0001 to 9999 can be converted");
  }
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== "literal") fields[part.type] = Number.parseInt(part.value, 10);
  }
  return {
    year: fields.year ?? Number.NaN,
    month: fields.month ?? Number.NaN,
    day: fields.day ?? Number.NaN,
    hour: fields.hour ?? Number.NaN,
    minute: fields.minute ?? Number.NaN,
    second: fields.second ?? Number.NaN,
  };
}

/** The wall clock read as if it were UTC, in milliseconds (years 0-99 are not moved to 1900-1999). */
export function utcMilliseconds(wall: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

/** The zone's offset from UTC at the instant `ms`, in milliseconds (whole seconds; east is positive). */
export function offsetAt(ms: number, timeZone: string): number {
  const seconds = Math.floor(ms / 1000) * 1000;
  return utcMilliseconds(wallClockAt(seconds, timeZone)) - seconds;
}

/** Whether the fields name a real calendar day (Gregorian, year 0001-9999). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `5` -> `"05"`, `7` -> `"0007"` for width 4. */
export function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** `2026-11-24T09:00:00`: the wall clock without a zone. */
export function formatWallClock(wall: WallClock): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}
