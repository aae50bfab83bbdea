// This file is generated from specs/kimai/openapi.yaml by tools/generate. Do not edit it:
// change the spec and run `pnpm generate`. CI regenerates it and fails when it differs.
/** Every operation of the spec: `METHOD /path/template` (as the client is called) -> operationId. */
export const operations = {
  "GET /api/ping": "ping",
  "GET /api/version": "getVersion",
  "GET /api/customers": "listCustomers",
  "POST /api/customers": "createCustomer",
  "GET /api/customers/{id}": "getCustomer",
  "DELETE /api/customers/{id}": "deleteCustomer",
  "PATCH /api/customers/{id}": "updateCustomer",
  "PATCH /api/customers/{id}/meta": "setCustomerMeta",
  "GET /api/customers/{id}/rates": "listCustomerRates",
  "POST /api/customers/{id}/rates": "addCustomerRate",
  "DELETE /api/customers/{id}/rates/{rateId}": "deleteCustomerRate",
  "GET /api/customers/{id}/comments": "listCustomerComments",
  "POST /api/customers/{id}/comments": "addCustomerComment",
  "DELETE /api/customers/{id}/comments/{commentId}": "deleteCustomerComment",
  "PATCH /api/customers/{id}/comments/{commentId}/pin": "toggleCustomerCommentPin",
  "POST /api/customers/{id}/team": "createCustomerTeam",
} as const;

/** The operationId of every operation in the spec. */
export type OperationId = (typeof operations)[keyof typeof operations];

/** Operations whose success responses have no body: `METHOD /path/template`. */
export const operationsWithoutBody = [
  "DELETE /api/customers/{id}",
  "DELETE /api/customers/{id}/rates/{rateId}",
  "DELETE /api/customers/{id}/comments/{commentId}",
] as const;
