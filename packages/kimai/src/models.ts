// Short names for the spec's component schemas, so users need not write components["schemas"][...].
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** A date-time as Kimai sends it: `2019-02-01T12:00:00+0100` (offset without colon). */
export type KimaiDateTime = Schemas["KimaiDateTime"];
/** Every Kimai error body: `{code, message}`, plus the form error tree on validation failures. */
export type KimaiError = Schemas["Error"];
export type Version = Schemas["Version"];
export type User = Schemas["User"];
export type Team = Schemas["Team"];
export type CustomerMeta = Schemas["CustomerMeta"];
/** A customer as listed by `GET /api/customers`. */
export type CustomerCollection = Schemas["CustomerCollection"];
/** A customer with every detail, as `GET /api/customers/{id}` returns it. */
export type CustomerEntity = Schemas["CustomerEntity"];
/** Body of `PATCH /api/customers/{id}`: any subset of the fields. */
export type CustomerEditForm = Schemas["CustomerEditForm"];
/** Body of `POST /api/customers`. */
export type CustomerCreateForm = Schemas["CustomerCreateForm"];
export type MetaFieldForm = Schemas["MetaFieldForm"];
export type CustomerRate = Schemas["CustomerRate"];
export type CustomerRateForm = Schemas["CustomerRateForm"];
export type Comment = Schemas["Comment"];
export type CommentForm = Schemas["CommentForm"];
