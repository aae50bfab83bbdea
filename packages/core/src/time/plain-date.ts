// mite's `date_at` (and Kimai's date filters) are calendar days, not instants: the day on the user's
// calendar. Converting a Date needs the zone whose calendar is meant; the machine's zone is never used.
import { assertTimeZone, isCalendarDate, pad, wallClockAt } from "./zone.js";

/** A calendar day: month 1-12, day 1-31. */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day as `2026-11-24`. From a `Date`, the day it is in `timeZone`, which is required: mite's
 * `date_at` is the day on the user's own calendar, and the instant `2026-11-24T23:30:00Z` is the 25th in
 * Berlin (pass `"UTC"` when you mean UTC). The machine's own zone is never used. From fields, those fields,
 * checked.
 *
 * @throws TypeError for a `Date` without a zone, or anything else; RangeError for an invalid `Date`, an
 *   unknown zone, or fields that are no calendar day (years 0001-9999).
 *
 * @example
 * toPlainDate(new Date("2026-11-24T23:30:00Z"), "Europe/Berlin"); // "2026-11-25"
 * toPlainDate(new Date("2026-11-24T23:30:00Z"), "UTC"); // "2026-11-24"
 * toPlainDate({ year: 2026, month: 11, day: 24 }); // "2026-11-24"
 */
export function toPlainDate(date: Date, timeZone: string): string;
export function toPlainDate(date: PlainDate): string;
export function toPlainDate(date: Date | PlainDate, timeZone?: string): string {
  let fields: PlainDate;
  if (date instanceof Date) {
    if (timeZone === undefined) {
      throw new TypeError(
        'toPlainDate(date) needs the time zone whose calendar day you mean, e.g. toPlainDate(date, "Europe/Berlin")',
      );
    }
    assertTimeZone(timeZone);
    const ms = date.getTime();
    if (Number.isNaN(ms)) throw new RangeError("toPlainDate got an invalid Date");
    fields = wallClockAt(ms, timeZone);
  } else if (date !== null && typeof date === "object") {
    fields = date;
    if (!isCalendarDate(fields.year, fields.month, fields.day)) {
      throw new RangeError(`${fields.year}-${fields.month}-${fields.day} is no calendar day in the years 0001-9999`);
    }
  } else {
    throw new TypeError(`toPlainDate needs a Date or { year, month, day }, not ${date === null ? "null" : typeof date}`);
  }
  return `${pad(fields.year, 4)}-${pad(fields.month)}-${pad(fields.day)}`;
}

/**
 * Parses `YYYY-MM-DD` into its fields, checking that the day exists (`2026-02-29` does not). Nothing is
 * converted through an instant, so no zone can shift it.
 *
 * @throws TypeError for anything but an existing day written `YYYY-MM-DD` (years 0001-9999).
 *
 * @example
 * parsePlainDate("2026-11-24"); // { year: 2026, month: 11, day: 24 }
 * parsePlainDate("2026-02-29"); // TypeError
 */
export function parsePlainDate(text: string): PlainDate {
  const match = typeof text === "string" ? PLAIN_DATE.exec(text) : null;
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (match === null || !isCalendarDate(year, month, day)) {
    throw new TypeError(
      `Not a calendar day written YYYY-MM-DD: ${typeof text === "string" ? JSON.stringify(text) : typeof text}`,
    );
  }
  return { year, month, day };
}
