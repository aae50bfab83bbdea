// This file is generated from specs/mite/openapi.yaml by tools/generate. Do not edit it:
// change the spec and run `pnpm generate`. CI regenerates it and fails when it differs.
/** Every operation of the spec: `METHOD /path/template` (as the client is called) -> operationId. */
export const operations = {
  "GET /account": "getAccount",
  "GET /myself": "getMyself",
  "GET /customers": "listCustomers",
  "POST /customers": "createCustomer",
  "GET /customers/{id}": "getCustomer",
  "PUT /customers/{id}": "replaceCustomer",
  "DELETE /customers/{id}": "deleteCustomer",
  "PATCH /customers/{id}": "updateCustomer",
  "GET /customers/archived": "listArchivedCustomers",
} as const;

/** The operationId of every operation in the spec. */
export type OperationId = (typeof operations)[keyof typeof operations];

/** Operations whose success responses have no body: `METHOD /path/template`. */
export const operationsWithoutBody = [
  "PUT /customers/{id}",
  "DELETE /customers/{id}",
  "PATCH /customers/{id}",
] as const;
