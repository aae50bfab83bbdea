// Kimai reads date-times without a zone (`2026-11-24T09:00:00`, meant in the user's time zone) and writes
// them with an offset without a colon (`2026-11-24T09:00:00+0100`).
import {
  assertTimeZone,
  formatWallClock,
  isCalendarDate,
  MAX_INSTANT,
  MIN_INSTANT,
  offsetAt,
  utcMilliseconds,
  type WallClock,
  wallClockAt,
} from "./zone.js";

/**
 * What {@link fromKimaiLocalDateTime} does with a wall-clock time that happens twice (the hour the clocks
 * go back) or never (the hour they skip forward):
 * - `"compatible"` (default, as `Temporal` and `Date`): the earlier of two; for a skipped time, the time as
 *   far after the gap as it was into it (02:30 in a 02:00-03:00 gap becomes 03:30);
 * - `"earlier"`: the earlier of two; for a skipped time, as far before the gap (02:30 becomes 01:30);
 * - `"later"`: the later of two; for a skipped time, as `"compatible"`;
 * - `"reject"`: a RangeError for both.
 */
export type Disambiguation = "compatible" | "earlier" | "later" | "reject";

/** Options of {@link fromKimaiLocalDateTime}. */
export interface FromKimaiLocalDateTimeOptions {
  /** See {@link Disambiguation}; default `"compatible"`. */
  readonly disambiguation?: Disambiguation | undefined;
}

const OFFSET_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;
const KIMAI_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):?(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 86_400_000;

/**
 * The wall-clock time Kimai expects for an instant: `2026-11-24T09:00:00`, without a zone, as a clock in
 * `timeZone` (the Kimai user's zone) shows it. Always well-defined, also in the hour the clocks go back
 * (both instants of `02:30` give `02:30`). Milliseconds are dropped.
 *
 * @param date a `Date`, or an ISO 8601 string with `Z` or an offset (`2026-11-24T08:00:00Z`,
 *   `2026-11-24T09:00:00+01:00`, `...+0100`); a string without one is a TypeError, because it names no instant.
 * @param timeZone an IANA zone name (`Europe/Berlin`); an unknown one is a RangeError.
 * @throws TypeError for a malformed string; RangeError for an invalid `Date` or an unknown zone.
 *
 * @example
 * toKimaiLocalDateTime(new Date("2026-11-24T08:00:00Z"), "Europe/Berlin"); // "2026-11-24T09:00:00"
 * toKimaiLocalDateTime("2026-07-01T12:00:00+02:00", "America/New_York"); // "2026-07-01T06:00:00"
 */
export function toKimaiLocalDateTime(date: Date | string, timeZone: string): string {
  assertTimeZone(timeZone);
  let ms: number;
  if (typeof date === "string") ms = parseOffsetDateTime(date);
  else if (date instanceof Date) ms = date.getTime();
  else throw new TypeError(`toKimaiLocalDateTime needs a Date or an ISO 8601 string, not ${typeof date}`);
  if (Number.isNaN(ms)) throw new RangeError("toKimaiLocalDateTime got an invalid Date");
  return formatWallClock(wallClockAt(ms, timeZone));
}

/**
 * Parses a date-time as Kimai writes it, `2026-11-24T09:00:00+0100` (the offset with or without a colon),
 * into the instant it names. Anything else (no offset, `Z`, fractions, impossible dates or times) is a
 * TypeError, so a format change in the API does not go unnoticed.
 *
 * @example
 * parseKimaiDateTime("2026-11-24T09:00:00+0100").toISOString(); // "2026-11-24T08:00:00.000Z"
 * parseKimaiDateTime("2026-11-24T09:00:00+01:00").toISOString(); // "2026-11-24T08:00:00.000Z"
 */
export function parseKimaiDateTime(text: string): Date {
  const match = typeof text === "string" ? KIMAI_DATE_TIME.exec(text) : null;
  if (match === null) throw notA("Kimai date-time (2026-11-24T09:00:00+0100)", text);
  const [, year, month, day, hour, minute, second, sign, offsetHours, offsetMinutes] = match;
  const ms = instantOf(
    wallClockOf(year, month, day, hour, minute, second, text),
    offsetMs(sign, offsetHours, offsetMinutes, text),
    text,
  );
  return new Date(ms);
}

/**
 * The instant a zone-less Kimai date-time (`2026-11-24T09:00:00`, seconds optional) names in `timeZone`.
 * A wall-clock time can name two instants (when the clocks go back) or none (when they skip forward);
 * `disambiguation` decides, see {@link Disambiguation}.
 *
 * @throws TypeError for a malformed string; RangeError for an unknown zone or, with `"reject"`, an
 *   ambiguous or skipped time.
 *
 * @example
 * fromKimaiLocalDateTime("2026-11-24T09:00:00", "Europe/Berlin").toISOString(); // "2026-11-24T08:00:00.000Z"
 * fromKimaiLocalDateTime("2026-10-25T02:30:00", "Europe/Berlin", { disambiguation: "later" }).toISOString(); // "2026-10-25T01:30:00.000Z"
 * fromKimaiLocalDateTime("2026-03-29T02:30:00", "Europe/Berlin", { disambiguation: "reject" }); // RangeError: skipped
 */
export function fromKimaiLocalDateTime(local: string, timeZone: string, options: FromKimaiLocalDateTimeOptions = {}): Date {
  assertTimeZone(timeZone);
  const disambiguation = options.disambiguation ?? "compatible";
  if (!["compatible", "earlier", "later", "reject"].includes(disambiguation)) {
    throw new RangeError(
      `disambiguation must be "compatible", "earlier", "later" or "reject", not ${JSON.stringify(disambiguation)}`,
    );
  }
  const match = typeof local === "string" ? LOCAL_DATE_TIME.exec(local) : null;
  if (match === null) throw notA("local date-time without a zone (2026-11-24T09:00:00)", local);
  const [, year, month, day, hour, minute, second] = match;
  const wall = utcMilliseconds(wallClockOf(year, month, day, hour, minute, second ?? "00", local));
  if (wall < MIN_INSTANT || wall > MAX_INSTANT) throw new RangeError(`${local} is outside the years 0001 to 9999`);
  // The offsets a day before and after hold on either side of any transition near this time.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [...new Set([wall - before, wall - after])]
    .filter((instant) => utcMilliseconds(wallClockAt(instant, timeZone)) === wall)
    .sort((a, b) => a - b);
  const [earlier, later] = candidates;
  if (earlier !== undefined && later === undefined) return new Date(earlier);
  if (earlier !== undefined && later !== undefined) {
    if (disambiguation === "reject") {
      throw new RangeError(`${local} happens twice in ${timeZone} (the clocks go back); pick "earlier" or "later"`);
    }
    return new Date(disambiguation === "later" ? later : earlier);
  }
  if (disambiguation === "reject") throw new RangeError(`${local} does not exist in ${timeZone} (the clocks skip it)`);
  // Skipped: read with the offset before the gap it lands after it, read with the offset after, before it.
  return new Date(disambiguation === "earlier" ? wall - after : wall - before);
}

/** An ISO 8601 date-time with `Z` or an offset, to epoch milliseconds. */
function parseOffsetDateTime(text: string): number {
  const match = OFFSET_DATE_TIME.exec(text);
  if (match === null) {
    throw notA(
      "date-time with a zone (2026-11-24T08:00:00Z or 2026-11-24T09:00:00+01:00); without one it names no instant",
      text,
    );
  }
  const [, year, month, day, hour, minute, second, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  const offset = zulu ? 0 : offsetMs(sign, offsetHours, offsetMinutes ?? "00", text);
  const ms = instantOf(wallClockOf(year, month, day, hour, minute, second ?? "00", text), offset, text);
  return ms + Math.floor(Number(`0.${fraction ?? "0"}`) * 1000);
}

function wallClockOf(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  text: string,
): WallClock {
  const wall = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
  };
  if (!isCalendarDate(wall.year, wall.month, wall.day) || wall.hour > 23 || wall.minute > 59 || wall.second > 59) {
    throw notA("valid date and time", text);
  }
  return wall;
}

function offsetMs(sign: string | undefined, hours: string | undefined, minutes: string | undefined, text: string): number {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 18 || m > 59 || h * 60 + m > 18 * 60) throw notA("valid UTC offset (at most 18 hours)", text);
  return (sign === "-" ? -1 : 1) * (h * 60 + m) * 60_000;
}

function instantOf(wall: WallClock, offset: number, text: string): number {
  const ms = utcMilliseconds(wall) - offset;
  if (ms < MIN_INSTANT || ms > MAX_INSTANT) throw new RangeError(`${text} is outside the years 0001 to 9999`);
  return ms;
}

function notA(what: string, value: unknown): TypeError {
  return new TypeError(`Not a ${what}: ${typeof value === "string" ? JSON.stringify(value) : typeof value}`);
}
