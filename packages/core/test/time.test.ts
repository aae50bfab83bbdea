import { describe, expect, it } from "vitest";
import {
  amountToCents,
  centsToAmount,
  formatMinutes,
  fromKimaiLocalDateTime,
  hoursToMinutes,
  minutesToHours,
  parseKimaiDateTime,
  parsePlainDate,
  toKimaiLocalDateTime,
  toPlainDate,
} from "../src/index.js";

const iso = (date: Date) => date.toISOString();

describe("toKimaiLocalDateTime", () => {
  it.each([
    [new Date("2026-11-24T08:00:00Z"), "Europe/Berlin", "2026-11-24T09:00:00"],
    [new Date("2026-07-24T07:00:00Z"), "Europe/Berlin", "2026-07-24T09:00:00"],
    ["2026-07-01T12:00:00+02:00", "America/New_York", "2026-07-01T06:00:00"],
    ["2026-07-01T12:00:00+0200", "America/New_York", "2026-07-01T06:00:00"],
    ["2026-07-01T12:00+02", "America/New_York", "2026-07-01T06:00:00"],
    ["2026-11-24T03:30:00Z", "Asia/Kolkata", "2026-11-24T09:00:00"],
    ["2026-11-24T08:00:00.999Z", "Europe/Berlin", "2026-11-24T09:00:00"],
    ["2026-11-23T23:00:00Z", "Europe/Berlin", "2026-11-24T00:00:00"],
    ["2026-11-24T08:00:00Z", "UTC", "2026-11-24T08:00:00"],
  ] as const)("%s in %s is %s", (date, zone, expected) => {
    expect(toKimaiLocalDateTime(date, zone)).toBe(expected);
  });

  it("is well-defined in the hour the clocks go back: both instants show the same wall clock", () => {
    expect(toKimaiLocalDateTime("2026-10-25T00:30:00Z", "Europe/Berlin")).toBe("2026-10-25T02:30:00");
    expect(toKimaiLocalDateTime("2026-10-25T01:30:00Z", "Europe/Berlin")).toBe("2026-10-25T02:30:00");
    expect(toKimaiLocalDateTime("2026-04-04T14:45:00Z", "Australia/Lord_Howe")).toBe("2026-04-05T01:45:00");
    expect(toKimaiLocalDateTime("2026-04-04T15:15:00Z", "Australia/Lord_Howe")).toBe("2026-04-05T01:45:00");
  });

  it("jumps over the skipped hour", () => {
    expect(toKimaiLocalDateTime("2026-03-29T00:59:59Z", "Europe/Berlin")).toBe("2026-03-29T01:59:59");
    expect(toKimaiLocalDateTime("2026-03-29T01:00:00Z", "Europe/Berlin")).toBe("2026-03-29T03:00:00");
  });

  it("refuses strings without a zone and malformed strings with a TypeError", () => {
    for (const text of ["2026-11-24T09:00:00", "2026-11-24", "", "2026-11-24T09:00:00+1", "2026-13-01T00:00:00Z", "yesterday"]) {
      expect(() => toKimaiLocalDateTime(text, "Europe/Berlin"), text).toThrow(TypeError);
    }
    expect(() => toKimaiLocalDateTime(1_700_000_000_000 as unknown as Date, "Europe/Berlin")).toThrow(TypeError);
  });

  it("refuses an invalid Date, an unknown zone and years outside 0001-9999 with a RangeError", () => {
    expect(() => toKimaiLocalDateTime(new Date(Number.NaN), "Europe/Berlin")).toThrow(RangeError);
    expect(() => toKimaiLocalDateTime(new Date(), "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => toKimaiLocalDateTime(new Date(-62_200_000_000_000), "UTC")).toThrow(RangeError);
    expect(() => toKimaiLocalDateTime(new Date(), "")).toThrow(TypeError);
  });
});

describe("parseKimaiDateTime", () => {
  it.each([
    ["2026-11-24T09:00:00+0100", "2026-11-24T08:00:00.000Z"],
    ["2026-11-24T09:00:00+01:00", "2026-11-24T08:00:00.000Z"],
    ["2026-11-24T09:00:00-0500", "2026-11-24T14:00:00.000Z"],
    ["2026-11-24T09:00:00+0530", "2026-11-24T03:30:00.000Z"],
    ["2026-11-24T09:00:00+0000", "2026-11-24T09:00:00.000Z"],
    ["2026-11-24T00:30:00+1030", "2026-11-23T14:00:00.000Z"],
    ["2024-02-29T23:59:59-1200", "2024-03-01T11:59:59.000Z"],
  ])("%s is %s", (text, expected) => {
    expect(iso(parseKimaiDateTime(text))).toBe(expected);
  });

  it.each([
    "2026-11-24T09:00:00",
    "2026-11-24T09:00:00Z",
    "2026-11-24T09:00:00.000+0100",
    "2026-11-24T09:00+0100",
    "2026-11-24 09:00:00+0100",
    "2026-11-24T09:00:00+01",
    "2026-11-24T09:00:00+1900",
    "2026-11-24T09:00:00+0160",
    "2026-02-29T09:00:00+0100",
    "2026-11-31T09:00:00+0100",
    "2026-11-24T24:00:00+0100",
    "2026-11-24T09:60:00+0100",
    "2026-11-24T09:00:60+0100",
    " 2026-11-24T09:00:00+0100",
    "",
  ])("refuses %j with a TypeError", (text) => {
    expect(() => parseKimaiDateTime(text)).toThrow(TypeError);
  });

  it("refuses non-strings with a TypeError", () => {
    expect(() => parseKimaiDateTime(undefined as unknown as string)).toThrow(TypeError);
  });
});

describe("fromKimaiLocalDateTime", () => {
  const from = (local: string, zone: string, disambiguation?: "compatible" | "earlier" | "later" | "reject") =>
    iso(fromKimaiLocalDateTime(local, zone, { disambiguation }));

  it("reads an ordinary wall clock in the zone", () => {
    expect(from("2026-11-24T09:00:00", "Europe/Berlin")).toBe("2026-11-24T08:00:00.000Z");
    expect(from("2026-11-24T09:00", "Asia/Kolkata", "reject")).toBe("2026-11-24T03:30:00.000Z");
    expect(from("2026-07-01T06:00:00", "America/New_York", "reject")).toBe("2026-07-01T10:00:00.000Z");
  });

  it.each([
    // zone, wall clock that happens twice, earlier instant, later instant
    ["Europe/Berlin", "2026-10-25T02:30:00", "2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"],
    ["America/New_York", "2026-11-01T01:30:00", "2026-11-01T05:30:00.000Z", "2026-11-01T06:30:00.000Z"],
    ["Australia/Lord_Howe", "2026-04-05T01:45:00", "2026-04-04T14:45:00.000Z", "2026-04-04T15:15:00.000Z"],
  ])("in %s, %s happens twice", (zone, local, earlier, later) => {
    expect(from(local, zone)).toBe(earlier);
    expect(from(local, zone, "earlier")).toBe(earlier);
    expect(from(local, zone, "later")).toBe(later);
    expect(() => from(local, zone, "reject")).toThrow(/happens twice/);
  });

  it.each([
    // zone, skipped wall clock, "earlier" (as far before the gap), "later" = "compatible" (as far after)
    ["Europe/Berlin", "2026-03-29T02:30:00", "2026-03-29T00:30:00.000Z", "2026-03-29T01:30:00.000Z", "01:30:00", "03:30:00"],
    ["America/New_York", "2026-03-08T02:30:00", "2026-03-08T06:30:00.000Z", "2026-03-08T07:30:00.000Z", "01:30:00", "03:30:00"],
    [
      "Australia/Lord_Howe",
      "2026-10-04T02:15:00",
      "2026-10-03T15:15:00.000Z",
      "2026-10-03T15:45:00.000Z",
      "01:45:00",
      "02:45:00",
    ],
  ])("in %s, %s is skipped", (zone, local, earlier, later, earlierWall, laterWall) => {
    expect(from(local, zone, "earlier")).toBe(earlier);
    expect(from(local, zone, "later")).toBe(later);
    expect(from(local, zone)).toBe(later);
    expect(toKimaiLocalDateTime(earlier, zone).slice(11)).toBe(earlierWall);
    expect(toKimaiLocalDateTime(later, zone).slice(11)).toBe(laterWall);
    expect(() => from(local, zone, "reject")).toThrow(/does not exist/);
  });

  it("refuses malformed input", () => {
    for (const text of [
      "2026-11-24T09:00:00+0100",
      "2026-11-24T09:00:00Z",
      "2026-11-24",
      "2026-02-30T09:00:00",
      "2026-11-24T25:00",
    ]) {
      expect(() => fromKimaiLocalDateTime(text, "Europe/Berlin"), text).toThrow(TypeError);
    }
    expect(() => fromKimaiLocalDateTime("2026-11-24T09:00:00", "Nowhere/Else")).toThrow(RangeError);
    expect(() =>
      fromKimaiLocalDateTime("2026-11-24T09:00:00", "UTC", { disambiguation: "nearest" as unknown as "earlier" }),
    ).toThrow(RangeError);
  });
});

describe("amountToCents / centsToAmount", () => {
  it.each([
    ["12.34", 1234],
    ["12.3", 1230],
    ["12", 1200],
    ["0.01", 1],
    ["-0.01", -1],
    ["+5.00", 500],
    ["12.340", 1234],
    ["-0.00", 0],
    ["90071992547409.91", 9007199254740991],
    [19.99, 1999],
    [0.1, 10],
    [0.07, 7],
    [1.15, 115],
    [-4.35, -435],
    [1e6, 100_000_000],
    [-0, 0],
  ] as const)("%j is %d cents", (amount, cents) => {
    expect(Object.is(amountToCents(amount), cents)).toBe(true);
  });

  it("refuses more than two decimals unless told how to round", () => {
    expect(() => amountToCents(0.1 + 0.2)).toThrow(RangeError);
    expect(() => amountToCents("12.345")).toThrow(/more than two decimals/);
    expect(() => amountToCents(1e-7)).toThrow(RangeError);
    expect(amountToCents(0.1 + 0.2, { roundingMode: "halfExpand" })).toBe(30);
    expect(amountToCents(1.005, { roundingMode: "halfExpand" })).toBe(101);
    expect(amountToCents("0.125", { roundingMode: "halfExpand" })).toBe(13);
    expect(amountToCents("-0.125", { roundingMode: "halfExpand" })).toBe(-13);
    expect(amountToCents("0.125", { roundingMode: "halfEven" })).toBe(12);
    expect(amountToCents("0.135", { roundingMode: "halfEven" })).toBe(14);
    expect(amountToCents("0.1250001", { roundingMode: "halfEven" })).toBe(13);
    expect(amountToCents("0.1249999", { roundingMode: "halfExpand" })).toBe(12);
    expect(amountToCents(1.5e-7, { roundingMode: "halfExpand" })).toBe(0);
    expect(amountToCents("-0.004", { roundingMode: "halfExpand" })).toBe(0);
  });

  it("refuses NaN, Infinity, malformed strings and amounts beyond exact cents", () => {
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21, "90071992547409.92"]) {
      expect(() => amountToCents(amount), String(amount)).toThrow(RangeError);
    }
    for (const text of ["", "12,34", "1e3", ".5", "5.", "1 000", " 12.34", "0x10", "--1"]) {
      expect(() => amountToCents(text), text).toThrow(TypeError);
    }
    expect(() => amountToCents(null as unknown as string)).toThrow(TypeError);
    expect(() => amountToCents("1", { roundingMode: "up" as unknown as "halfEven" })).toThrow(RangeError);
  });

  it("turns cents into the amount that prints as the decimal", () => {
    expect(centsToAmount(1234)).toBe(12.34);
    expect(centsToAmount(-1)).toBe(-0.01);
    expect(Object.is(centsToAmount(-0), 0)).toBe(true);
    expect(String(centsToAmount(1999))).toBe("19.99");
    // mite's revenue can carry a fraction of a cent.
    expect(centsToAmount(1234.5)).toBe(12.345);
    expect(() => centsToAmount(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => centsToAmount(2 ** 60)).toThrow(RangeError);
    expect(() => centsToAmount(Number.NaN)).toThrow(RangeError);
    expect(() => centsToAmount(2 ** 53)).toThrow(RangeError);
    expect(() => centsToAmount("12" as unknown as number)).toThrow(TypeError);
  });
});

describe("minutes and hours", () => {
  it("converts", () => {
    expect(minutesToHours(90)).toBe(1.5);
    expect(minutesToHours(20)).toBe(1 / 3);
    expect(hoursToMinutes(1.5)).toBe(90);
    expect(hoursToMinutes(0.1)).toBe(6);
    expect(hoursToMinutes(1.1)).toBe(66);
    expect(hoursToMinutes(1 / 3)).toBe(20);
    expect(hoursToMinutes(0.5 / 60)).toBe(1);
    expect(hoursToMinutes(-0.5 / 60)).toBe(-1);
    expect(hoursToMinutes(0.4 / 60)).toBe(0);
    expect(Object.is(hoursToMinutes(-0.001), 0)).toBe(true);
  });

  it("refuses what is not finite", () => {
    expect(() => minutesToHours(Number.NaN)).toThrow(RangeError);
    expect(() => hoursToMinutes(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => hoursToMinutes(1e300)).toThrow(RangeError);
  });

  it.each([
    [90, "1:30"],
    [5, "0:05"],
    [0, "0:00"],
    [60, "1:00"],
    [-75, "-1:15"],
    [6000, "100:00"],
  ])("formatMinutes(%d) is %s", (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  it("formatMinutes refuses fractions", () => {
    expect(() => formatMinutes(1.5)).toThrow(RangeError);
    expect(() => formatMinutes(Number.NaN)).toThrow(RangeError);
  });
});

describe("plain dates", () => {
  it("takes the day in the zone given, never the machine's", () => {
    const lateEvening = new Date("2026-11-24T23:30:00Z");
    expect(toPlainDate(lateEvening, "UTC")).toBe("2026-11-24");
    expect(toPlainDate(lateEvening, "Europe/Berlin")).toBe("2026-11-25");
    expect(toPlainDate(lateEvening, "America/New_York")).toBe("2026-11-24");
    expect(toPlainDate(new Date("2026-11-24T00:30:00+01:00"), "Europe/Berlin")).toBe("2026-11-24");
  });

  it("needs the zone for a Date", () => {
    expect(() => (toPlainDate as unknown as (date: Date) => string)(new Date())).toThrow(/needs the time zone/);
    expect(() => toPlainDate(new Date(Number.NaN), "UTC")).toThrow(RangeError);
    expect(() => toPlainDate(new Date(), "Atlantis/Capital")).toThrow(RangeError);
  });

  it("formats and checks calendar fields", () => {
    expect(toPlainDate({ year: 2026, month: 11, day: 24 })).toBe("2026-11-24");
    expect(toPlainDate({ year: 33, month: 1, day: 5 })).toBe("0033-01-05");
    expect(toPlainDate({ year: 2024, month: 2, day: 29 })).toBe("2024-02-29");
    for (const fields of [
      { year: 2026, month: 2, day: 29 },
      { year: 2026, month: 13, day: 1 },
      { year: 2026, month: 4, day: 31 },
      { year: 0, month: 1, day: 1 },
      { year: 2026, month: 1, day: 1.5 },
    ]) {
      expect(() => toPlainDate(fields), JSON.stringify(fields)).toThrow(RangeError);
    }
    expect(() => toPlainDate(null as unknown as Date, "UTC")).toThrow(TypeError);
  });

  it("parses YYYY-MM-DD into fields", () => {
    expect(parsePlainDate("2026-11-24")).toEqual({ year: 2026, month: 11, day: 24 });
    expect(parsePlainDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    for (const text of [
      "2026-02-29",
      "1900-02-29",
      "2026-11-24T00:00:00",
      "2026-1-24",
      "26-11-24",
      "0000-01-01",
      "2026-00-10",
      "",
    ]) {
      expect(() => parsePlainDate(text), text).toThrow(TypeError);
    }
  });
});
