// Properties of the date, time and money helpers (fast-check, 1,000 runs each), concentrated on the DST
// transitions of zones with 1-hour, 30-minute and no shifts. The reference offsets come from Intl's
// `longOffset` names, independently of how the helpers compute them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  amountToCents,
  centsToAmount,
  type Disambiguation,
  formatMinutes,
  fromKimaiLocalDateTime,
  hoursToMinutes,
  minutesToHours,
  parseKimaiDateTime,
  parsePlainDate,
  toKimaiLocalDateTime,
  toPlainDate,
} from "../src/index.js";

const RUNS = 1000;
const ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"] as const;
const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2040, 0, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const offsetNames = new Map<string, Intl.DateTimeFormat>();
/** The zone's offset at `ms` in milliseconds, from Intl's `GMT+10:30` name. */
function referenceOffset(ms: number, zone: string): number {
  let format = offsetNames.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetNames.set(zone, format);
  }
  const name = format.formatToParts(ms).find((part) => part.type === "timeZoneName")?.value ?? "";
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!match) throw new Error(`unexpected offset name ${name}`);
  const [, sign, hours = "0", minutes = "0"] = match;
  return (sign === "-" ? -1 : 1) * (Number(hours) * HOUR + Number(minutes) * 60_000);
}

/** The wall clock at `ms` in `zone` by the reference offset: `2026-11-24T09:00:00`. */
const referenceWall = (ms: number, zone: string) => new Date(ms + referenceOffset(ms, zone)).toISOString().slice(0, 19);

/** `+0100` for an offset in milliseconds. */
function offsetText(offset: number, colon = false): string {
  const minutes = Math.abs(offset) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${offset < 0 ? "-" : "+"}${hh}${colon ? ":" : ""}${mm}`;
}

/** Every offset change of `zone` between FROM and TO, found day by day and narrowed to the second. */
function transitions(zone: string): number[] {
  const found: number[] = [];
  for (let day = FROM; day < TO; day += DAY) {
    if (referenceOffset(day, zone) === referenceOffset(day + DAY, zone)) continue;
    let low = day;
    let high = day + DAY;
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (referenceOffset(middle, zone) === referenceOffset(low, zone)) low = middle;
      else high = middle;
    }
    found.push(high);
  }
  return found;
}

const TRANSITIONS = new Map(ZONES.map((zone) => [zone, transitions(zone)] as const));

/** Whole-second instants: anywhere in 2000-2040, or within 3 hours of one of the zone's transitions. */
const instantIn = (zone: (typeof ZONES)[number]) => {
  const near = TRANSITIONS.get(zone) ?? [];
  const anywhere = fc.integer({ min: FROM / 1000, max: TO / 1000 }).map((s) => s * 1000);
  if (near.length === 0) return anywhere;
  const nearTransition = fc
    .tuple(fc.constantFrom(...near), fc.integer({ min: -3 * 3600, max: 3 * 3600 }))
    .map(([transition, seconds]) => transition + seconds * 1000);
  return fc.oneof({ arbitrary: nearTransition, weight: 3 }, { arbitrary: anywhere, weight: 1 });
};

const zoneAndInstant = fc.constantFrom(...ZONES).chain((zone) => instantIn(zone).map((ms) => ({ zone, ms })));

/** Wall clocks: those of the instants above, shifted by up to 90 minutes so that they land in gaps and folds. */
const zoneAndWall = zoneAndInstant.chain(({ zone, ms }) =>
  fc.integer({ min: -90, max: 90 }).map((minutes) => ({ zone, wall: shiftWall(referenceWall(ms, zone), minutes) })),
);

/** Moves a wall clock by whole minutes, as a calendar would (no zone involved). */
function shiftWall(wall: string, minutes: number): string {
  return new Date(Date.parse(`${wall}Z`) + minutes * 60_000).toISOString().slice(0, 19);
}

describe("Kimai date-times across DST transitions", () => {
  it("found the transitions to test (Lord Howe shifts by 30 minutes, Kolkata not at all)", () => {
    expect(TRANSITIONS.get("Europe/Berlin")?.length).toBe(80);
    expect(TRANSITIONS.get("Asia/Kolkata")).toEqual([]);
    const lordHowe = TRANSITIONS.get("Australia/Lord_Howe") ?? [];
    expect(lordHowe.length).toBeGreaterThan(70);
    for (const transition of lordHowe) {
      expect(
        Math.abs(referenceOffset(transition, "Australia/Lord_Howe") - referenceOffset(transition - 1000, "Australia/Lord_Howe")),
      ).toBe(HOUR / 2);
    }
  });

  it("toKimaiLocalDateTime shows the wall clock of the zone at that instant", () => {
    fc.assert(
      fc.property(zoneAndInstant, ({ zone, ms }) => {
        expect(toKimaiLocalDateTime(new Date(ms), zone)).toBe(referenceWall(ms, zone));
      }),
      { numRuns: RUNS },
    );
  });

  it("instant -> Kimai local -> instant: the instant is one of the readings, and every reading shows the same wall clock", () => {
    let folds = 0;
    fc.assert(
      fc.property(zoneAndInstant, ({ zone, ms }) => {
        const local = toKimaiLocalDateTime(new Date(ms), zone);
        const earlier = fromKimaiLocalDateTime(local, zone, { disambiguation: "earlier" }).getTime();
        const later = fromKimaiLocalDateTime(local, zone, { disambiguation: "later" }).getTime();
        expect([earlier, later]).toContain(ms);
        expect(toKimaiLocalDateTime(new Date(earlier), zone)).toBe(local);
        expect(toKimaiLocalDateTime(new Date(later), zone)).toBe(local);
        if (earlier === later) {
          expect(fromKimaiLocalDateTime(local, zone, { disambiguation: "reject" }).getTime()).toBe(ms);
        } else {
          // A fold: the two readings are as far apart as the clocks went back.
          folds += 1;
          expect(later - earlier).toBe(referenceOffset(earlier, zone) - referenceOffset(later, zone));
          expect(() => fromKimaiLocalDateTime(local, zone, { disambiguation: "reject" })).toThrow(RangeError);
        }
      }),
      { numRuns: RUNS },
    );
    expect(folds).toBeGreaterThan(0);
  });

  it("Kimai local -> instant -> Kimai local: the same wall clock, unless it was skipped or happens twice", () => {
    const disambiguations: Disambiguation[] = ["compatible", "earlier", "later"];
    const seen = { ordinary: 0, twice: 0, skipped: 0 };
    fc.assert(
      fc.property(zoneAndWall, ({ zone, wall }) => {
        const [compatible, earlier, later] = disambiguations.map((disambiguation) =>
          fromKimaiLocalDateTime(wall, zone, { disambiguation }).getTime(),
        ) as [number, number, number];
        let rejected = false;
        try {
          expect(fromKimaiLocalDateTime(wall, zone, { disambiguation: "reject" }).getTime()).toBe(compatible);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          rejected = true;
        }
        if (!rejected) {
          seen.ordinary += 1;
          expect(earlier).toBe(compatible);
          expect(later).toBe(compatible);
          expect(toKimaiLocalDateTime(new Date(compatible), zone)).toBe(wall);
          return;
        }
        expect(later).toBeGreaterThan(earlier);
        const shownEarlier = toKimaiLocalDateTime(new Date(earlier), zone);
        const shownLater = toKimaiLocalDateTime(new Date(later), zone);
        if (shownEarlier === wall) {
          // Happens twice: both readings show it; "compatible" takes the earlier one.
          seen.twice += 1;
          expect(shownLater).toBe(wall);
          expect(compatible).toBe(earlier);
          expect(later - earlier).toBe(referenceOffset(earlier, zone) - referenceOffset(later, zone));
        } else {
          // Skipped: the readings show the wall clock moved back and forward by the size of the gap.
          seen.skipped += 1;
          const gap = referenceOffset(later, zone) - referenceOffset(earlier, zone);
          expect(gap).toBeGreaterThan(0);
          expect(later - earlier).toBe(gap);
          expect(compatible).toBe(later);
          expect(shownEarlier).toBe(shiftWall(wall, -gap / 60_000));
          expect(shownLater).toBe(shiftWall(wall, gap / 60_000));
        }
      }),
      { numRuns: RUNS },
    );
    // The generator reaches all three cases (else the property proves little).
    expect(seen.ordinary).toBeGreaterThan(0);
    expect(seen.twice).toBeGreaterThan(0);
    expect(seen.skipped).toBeGreaterThan(0);
  });

  it("parseKimaiDateTime reads what Kimai writes for any instant in any of the zones", () => {
    fc.assert(
      fc.property(zoneAndInstant, fc.boolean(), ({ zone, ms }, colon) => {
        const written = `${referenceWall(ms, zone)}${offsetText(referenceOffset(ms, zone), colon)}`;
        expect(parseKimaiDateTime(written).getTime()).toBe(ms);
      }),
      { numRuns: RUNS },
    );
  });

  it("parseKimaiDateTime reads any offset up to 18 hours, with and without a colon", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FROM / 1000, max: TO / 1000 }),
        fc.integer({ min: -18 * 60, max: 18 * 60 }),
        fc.boolean(),
        (seconds, offsetMinutes, colon) => {
          const ms = seconds * 1000;
          const offset = offsetMinutes * 60_000;
          const written = `${new Date(ms + offset).toISOString().slice(0, 19)}${offsetText(offset, colon)}`;
          expect(parseKimaiDateTime(written).getTime()).toBe(ms);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("money and durations", () => {
  it("cents -> amount -> cents is exact for amounts up to 9,999,999,999,999.99", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), (cents) => {
        expect(amountToCents(centsToAmount(cents))).toBe(cents);
      }),
      { numRuns: RUNS },
    );
  });

  it("a decimal string is read exactly, for every safe number of cents", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        const magnitude = String(Math.abs(cents)).padStart(3, "0");
        const text = `${cents < 0 ? "-" : ""}${magnitude.slice(0, -2)}.${magnitude.slice(-2)}`;
        expect(amountToCents(text)).toBe(cents + 0);
      }),
      { numRuns: RUNS },
    );
  });

  it("rounds extra decimals like BigInt arithmetic does, and refuses them without a rounding mode", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom("halfExpand" as const, "halfEven" as const),
        (scaled, extra, roundingMode) => {
          // `scaled` is the amount times 10^(2 + extra).
          const unit = 10n ** BigInt(extra);
          const magnitude = scaled < 0n ? -scaled : scaled;
          const digits = magnitude.toString().padStart(3 + extra, "0");
          const text = `${scaled < 0n ? "-" : ""}${digits.slice(0, -(2 + extra))}.${digits.slice(-(2 + extra))}`;
          let cents = magnitude / unit;
          const remainder = magnitude % unit;
          if (2n * remainder > unit || (2n * remainder === unit && (roundingMode === "halfExpand" || cents % 2n === 1n)))
            cents += 1n;
          if (cents > BigInt(Number.MAX_SAFE_INTEGER)) {
            expect(() => amountToCents(text, { roundingMode })).toThrow(RangeError);
            return;
          }
          expect(amountToCents(text, { roundingMode })).toBe(Number(scaled < 0n ? -cents : cents) + 0);
          if (remainder === 0n) expect(amountToCents(text)).toBe(Number(scaled < 0n ? -cents : cents) + 0);
          else expect(() => amountToCents(text)).toThrow(RangeError);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("rounded numbers: never more than half a cent off the number's own decimal", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (amount) => {
        const cents = amountToCents(amount, { roundingMode: "halfExpand" });
        expect(Math.abs(cents - amount * 100)).toBeLessThanOrEqual(0.5 + Math.abs(amount) * 100 * Number.EPSILON);
      }),
      { numRuns: RUNS },
    );
  });

  it("minutes -> hours -> minutes is exact for every whole minute up to 2^50", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), (minutes) => {
        expect(hoursToMinutes(minutesToHours(minutes))).toBe(minutes + 0);
      }),
      { numRuns: RUNS },
    );
  });

  it("formatMinutes writes h:mm that reads back to the same minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), (minutes) => {
        const match = /^(-?)(\d+):([0-5]\d)$/.exec(formatMinutes(minutes));
        expect(match).not.toBeNull();
        const [, sign, hours, rest] = match ?? [];
        expect((sign ? -1 : 1) * (Number(hours) * 60 + Number(rest))).toBe(minutes + 0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("plain dates", () => {
  it("fields -> text -> fields for every day of the years 0001-9999", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }),
        (date) => {
          const fields = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
          const text = toPlainDate(fields);
          expect(text).toBe(date.toISOString().slice(0, 10));
          expect(parsePlainDate(text)).toEqual(fields);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("a Date's day is its day in the zone given, whatever the machine's zone", () => {
    fc.assert(
      fc.property(zoneAndInstant, ({ zone, ms }) => {
        expect(toPlainDate(new Date(ms), zone)).toBe(referenceWall(ms, zone).slice(0, 10));
        expect(toPlainDate(new Date(ms), "UTC")).toBe(new Date(ms).toISOString().slice(0, 10));
      }),
      { numRuns: RUNS },
    );
  });
});
