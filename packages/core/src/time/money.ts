// mite counts money in cents (`hourly_rate: 4500` is 45.00) and time in minutes.

/**
 * How {@link amountToCents} rounds an amount with more than two decimals (names as in
 * `Intl.NumberFormat`'s `roundingMode`):
 * - `"halfExpand"`: halves away from zero, commercial rounding (`0.125` -> 13, `-0.125` -> -13);
 * - `"halfEven"`: halves to the even cent, banker's rounding (`0.125` -> 12, `0.135` -> 14).
 */
export type CentsRoundingMode = "halfExpand" | "halfEven";

/** Options of {@link amountToCents}. */
export interface AmountToCentsOptions {
  /** Rounds amounts with more than two decimals instead of refusing them (the default). */
  readonly roundingMode?: CentsRoundingMode | undefined;
}

/**
 * Cents to an amount: `1234` -> `12.34` (the number closest to it, which prints as `12.34`). Fractions of a
 * cent are kept: mite's `revenue` is rate x minutes / 60 and can be `1234.5` (12.345); round for display.
 *
 * @throws RangeError unless `cents` is finite and at most `Number.MAX_SAFE_INTEGER` in size.
 *
 * @example
 * centsToAmount(4550); // 45.5
 * centsToAmount(-1); // -0.01
 * // Fractional cents (mite's revenue has them): round the cents, not the amount. `toFixed` rounds the binary
 * // fraction, so centsToAmount(100.5).toFixed(2) is "1.00".
 * centsToAmount(Math.round(100.5)).toFixed(2); // "1.01"
 */
export function centsToAmount(cents: number): number {
  if (typeof cents !== "number") throw new TypeError(`cents must be a number, not ${typeof cents}`);
  if (!Number.isFinite(cents) || Math.abs(cents) > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`cents must be a finite number of safe size, not ${cents}`);
  }
  return cents / 100 + 0; // + 0 turns -0 into 0
}

/**
 * An amount to whole cents, exactly: `"12.34"` -> 1234, `19.99` -> 1999 (where `19.99 * 100` is
 * 1998.9999999999998). A number is taken as the decimal it prints as (`String(amount)`), so `0.1 + 0.2`
 * (`0.30000000000000004`) has more than two decimals: refused, unless `roundingMode` says how to round
 * (then 30). Trailing zeros are fine (`"12.340"`). Exact for amounts up to 9,999,999,999,999.99 as numbers
 * and up to `Number.MAX_SAFE_INTEGER` cents as strings.
 *
 * @param amount a finite number, or a decimal string `[+-]digits[.digits]` (no exponent, no grouping).
 * @throws TypeError for a malformed string; RangeError for NaN, Infinity, more than two decimals without
 *   `roundingMode`, or more cents than `Number.MAX_SAFE_INTEGER`.
 *
 * @example
 * amountToCents("12.34"); // 1234
 * amountToCents(0.1 + 0.2); // RangeError: more than two decimals
 * amountToCents(0.1 + 0.2, { roundingMode: "halfExpand" }); // 30
 * amountToCents(1.005, { roundingMode: "halfExpand" }); // 101 (Math.round(1.005 * 100) is 100)
 */
export function amountToCents(amount: number | string, options: AmountToCentsOptions = {}): number {
  const { roundingMode } = options;
  if (roundingMode !== undefined && roundingMode !== "halfExpand" && roundingMode !== "halfEven") {
    throw new RangeError(`roundingMode must be "halfExpand" or "halfEven", not ${JSON.stringify(roundingMode)}`);
  }
  const decimal = decimalOf(amount);
  // Move the decimal point two places right: cents, and the digits beyond them.
  const digits = decimal.integer + decimal.fraction;
  const point = decimal.integer.length + decimal.exponent + 2;
  const padded = point > digits.length ? digits.padEnd(point, "0") : digits;
  const whole = point <= 0 ? "0" : padded.slice(0, point);
  const rest = point <= 0 ? "0".repeat(-point) + digits : padded.slice(point);
  let cents = BigInt(whole);
  if (/[1-9]/.test(rest)) {
    if (roundingMode === undefined) {
      throw new RangeError(`${String(amount)} has more than two decimals; pass a roundingMode to round it`);
    }
    const first = Number(rest[0]);
    const tie = first === 5 && !/[1-9]/.test(rest.slice(1));
    if (first > 5 || (first === 5 && !tie) || (tie && (roundingMode === "halfExpand" || cents % 2n === 1n))) cents += 1n;
  }
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${String(amount)} is more cents than can be exact`);
  const result = Number(cents);
  return decimal.negative && result !== 0 ? -result : result;
}

interface Decimal {
  readonly negative: boolean;
  /** Digits before the point, at least one. */
  readonly integer: string;
  /** Digits after the point, maybe none. */
  readonly fraction: string;
  /** Power of ten the digits are scaled by. */
  readonly exponent: number;
}

const NUMBER_TEXT = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;
const AMOUNT_TEXT = /^([+-])?(\d+)(?:\.(\d+))?$/;

function decimalOf(amount: number | string): Decimal {
  if (typeof amount === "number") {
    if (!Number.isFinite(amount)) throw new RangeError(`The amount must be a finite number, not ${amount}`);
    const match = NUMBER_TEXT.exec(String(amount));
    if (match === null) throw new RangeError(`Unexpected number form ${String(amount)}`);
    const [, sign, integer = "0", fraction = "", exponent = "0"] = match;
    return { negative: sign === "-", integer, fraction, exponent: Number(exponent) };
  }
  if (typeof amount !== "string") throw new TypeError(`The amount must be a number or a string, not ${typeof amount}`);
  const match = AMOUNT_TEXT.exec(amount);
  if (match === null) throw new TypeError(`Not a decimal amount (such as "12.34"): ${JSON.stringify(amount)}`);
  const [, sign, integer = "0", fraction = ""] = match;
  return { negative: sign === "-", integer, fraction, exponent: 0 };
}

/**
 * Minutes to hours: `90` -> `1.5`, `20` -> `0.3333333333333333` (not rounded; round when you display it).
 *
 * @throws RangeError unless `minutes` is finite.
 *
 * @example
 * minutesToHours(90); // 1.5
 */
export function minutesToHours(minutes: number): number {
  if (typeof minutes !== "number" || !Number.isFinite(minutes))
    throw new RangeError(`minutes must be a finite number, not ${minutes}`);
  return minutes / 60 + 0;
}

/**
 * Hours to whole minutes, as mite stores them: `1.5` -> 90. Rounded to the nearest minute, halves away
 * from zero (`0.5 / 60` hours -> 1); the product `hours * 60` is rounded as computed, so `1.1` (66.00000000000001
 * minutes) gives 66. `hoursToMinutes(minutesToHours(m)) === m` for every whole `m` up to 2^50.
 *
 * @throws RangeError unless `hours` is finite and the minutes a safe integer.
 *
 * @example
 * hoursToMinutes(1.5); // 90
 * hoursToMinutes(0.1); // 6
 */
export function hoursToMinutes(hours: number): number {
  if (typeof hours !== "number" || !Number.isFinite(hours)) throw new RangeError(`hours must be a finite number, not ${hours}`);
  const exact = hours * 60;
  const minutes = Math.sign(exact) * Math.round(Math.abs(exact)) + 0;
  if (!Number.isSafeInteger(minutes)) throw new RangeError(`${hours} hours is more minutes than can be exact`);
  return minutes;
}

/**
 * Whole minutes as `h:mm`, the way mite shows durations: `90` -> `"1:30"`, `5` -> `"0:05"`,
 * `-75` -> `"-1:15"`, `6000` -> `"100:00"`.
 *
 * @throws RangeError unless `minutes` is a safe integer.
 *
 * @example
 * formatMinutes(90); // "1:30"
 */
export function formatMinutes(minutes: number): string {
  if (typeof minutes !== "number" || !Number.isSafeInteger(minutes)) {
    throw new RangeError(`minutes must be a whole number, not ${minutes}`);
  }
  const magnitude = Math.abs(minutes);
  return `${minutes < 0 ? "-" : ""}${Math.floor(magnitude / 60)}:${String(magnitude % 60).padStart(2, "0")}`;
}
