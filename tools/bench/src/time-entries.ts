import { encodeRailsXml } from "@punchclock/core/xml";
import { timeEntries } from "./fixtures.mjs";

export { timeEntries };

export const entries = timeEntries(10_000);
export const xml = encodeRailsXml(entries);
export const json = JSON.stringify(entries);
