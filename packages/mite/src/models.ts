// Short names for the spec's component schemas, so users need not write components["schemas"][...].
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** mite's error body, `{"error": "..."}` (XML errors are decoded to the same shape). */
export type MiteError = Schemas["Error"];
export type Account = Schemas["Account"];
export type User = Schemas["User"];
/** A customer. Money (`hourly_rate`) is in cents. */
export type Customer = Schemas["Customer"];
export type CustomerAttributes = Schemas["CustomerAttributes"];
export type HourlyRatePerService = Schemas["HourlyRatePerService"];
export type ActiveHourlyRate = Schemas["ActiveHourlyRate"];
