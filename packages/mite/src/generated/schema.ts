// This file is generated from specs/mite/openapi.yaml by tools/generate. Do not edit it:
// change the spec and run `pnpm generate`. CI regenerates it and fails when it differs.
export interface paths {
    "/account.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        /**
         * Fetch the account
         * @description Returns the account the credentials belong to. Cheap; a good connection check.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/myself.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        /**
         * Fetch the authenticated user
         * @description Returns the user the credentials belong to, in the same shape as a user record.
         */
        get: operations["getMyself"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        /**
         * List active customers
         * @description Returns the active (not archived) customers, sorted by name. Without `limit` every match is returned;
         *     with it, use `page` to walk the list until a page is shorter than `limit`.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Creates a customer. Only `name` is required; the answer is the new record and its URL in `Location`.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 643
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        /**
         * Fetch a customer
         * @description Returns one customer, active or archived.
         */
        get: operations["getCustomer"];
        /**
         * Update a customer (PUT alias)
         * @deprecated
         * @description Kept by mite for backward compatibility; behaves exactly like `PATCH`. Use `PATCH`.
         */
        put: operations["replaceCustomer"];
        post?: never;
        /**
         * Delete a customer
         * @description Deletes a customer without projects. A customer with projects is refused with 422; archive it instead.
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /**
         * Update a customer
         * @description Changes the attributes that are sent. Changed rates apply to new time entries only, unless
         *     `update_hourly_rate_on_time_entries` is true.
         */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/customers/archived.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        /**
         * List archived customers
         * @description Returns the archived customers, sorted by name. Takes the same filters and paging as the active list.
         */
        get: operations["listArchivedCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The mite account. */
        Account: {
            id: number;
            /** @description The subdomain. */
            name: string;
            /** @description Display name of the account. */
            title: string;
            /** @description ISO 4217 code of the currency all money amounts are in. */
            currency: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        AccountEnvelope: {
            account: components["schemas"]["Account"];
        };
        /**
         * Rails XML document
         * @description Rails-style XML (`to_xml`): dasherized element names, `type` attributes on non-strings, `nil="true"` for
         *     null. It decodes to exactly the value of the JSON body, which `contentSchema` (next to the reference to this
         *     schema) describes.
         */
        RailsXml: string;
        /**
         * @description An error in JSON. In XML the same message is `<errors><error>message</error></errors>` (`XmlErrors`);
         *     the punchclock client decodes that to this shape (several `<error>` elements joined with a newline).
         */
        Error: {
            /** @example This customer cannot be deleted: There are associated projects. Please archive instead. */
            error: string;
        };
        /**
         * @description The XML form of an error, `<errors><error>message</error></errors>` (one `<error>` per message), as the
         *     Rails XML codec decodes it. The punchclock client turns it into the JSON shape, `{"error": "..."}`.
         */
        XmlErrors: {
            errors: {
                error: string | string[];
            };
        };
        /** @description A user of the account. */
        User: {
            id: number;
            name: string;
            email: string;
            note: string;
            archived: boolean;
            /** @enum {string} */
            role: "owner" | "admin" | "coworker" | "time_tracker";
            /**
             * @description Interface language.
             * @example de
             */
            language: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        UserEnvelope: {
            user: components["schemas"]["User"];
        };
        /**
         * @description Which rate applies: `hourly_rate` (one rate for everything), `hourly_rates_per_service`
         *     (a rate per service), or null (the rate of the service).
         * @enum {string|null}
         */
        ActiveHourlyRate: "hourly_rate" | "hourly_rates_per_service" | null;
        /** @description A customer-specific hourly rate for one service. */
        HourlyRatePerService: {
            service_id: number;
            /** @description In cents. */
            hourly_rate: number;
        };
        /** @description A customer. */
        Customer: {
            id: number;
            name: string;
            note: string;
            archived: boolean;
            /** @description In cents; used when `active_hourly_rate` is `hourly_rate`. */
            hourly_rate: number | null;
            active_hourly_rate: components["schemas"]["ActiveHourlyRate"];
            /** @description Used when `active_hourly_rate` is `hourly_rates_per_service`. */
            hourly_rates_per_service: components["schemas"]["HourlyRatePerService"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CustomerEnvelope: {
            customer: components["schemas"]["Customer"];
        };
        /** @description Writable attributes of a customer. */
        CustomerAttributes: {
            name?: string;
            /** @default  */
            note?: string;
            /** @default false */
            archived?: boolean;
            /** @description In cents. */
            hourly_rate?: number | null;
            active_hourly_rate?: components["schemas"]["ActiveHourlyRate"];
            hourly_rates_per_service?: components["schemas"]["HourlyRatePerService"][];
            /**
             * @description Updates only: apply changed rates to the existing time entries too. By default a new rate only
             *     applies to time entries created from now on.
             */
            update_hourly_rate_on_time_entries?: boolean;
        };
        /** @description Body of a create request; only `name` is required. */
        CustomerCreateRequest: {
            customer: components["schemas"]["CustomerAttributes"] & {
                name: string;
            };
        };
        /** @description Body of an update request; send only the attributes to change. */
        CustomerUpdateRequest: {
            customer: components["schemas"]["CustomerAttributes"];
        };
    };
    responses: {
        /** @description Missing or wrong credentials, or API access is not enabled for the user. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        /** @description The user's role does not allow this (time trackers cannot edit customers, for example). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        /** @description Validation failed; the message names the attributes. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        /** @description No record with this ID, or not visible to the user. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        /** @description Updated. mite answers with an empty body in both formats. */
        Updated: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The customer still has projects and cannot be deleted; archive it instead. */
        CustomerHasProjects: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
    };
    parameters: {
        /**
         * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
         *     this in from its `format` option; you write paths without the suffix.
         * @example json
         */
        Format: "json" | "xml";
        /**
         * @description Only records whose name contains this text (case-insensitive).
         * @example inc
         */
        Name: string;
        /**
         * @description Page size. Without it mite returns every matching record.
         * @example 100
         */
        Limit: number;
        /**
         * @description 1-based page number; only meaningful together with `limit`.
         * @example 2
         */
        Page: number;
        /**
         * @description ID of the customer.
         * @example 643
         */
        CustomerId: number;
    };
    requestBodies: {
        /** @description The attributes to change, wrapped in `customer`. */
        CustomerUpdate: {
            content: {
                "application/json": components["schemas"]["CustomerUpdateRequest"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getMyself: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authenticated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /**
                 * @description Only records whose name contains this text (case-insensitive).
                 * @example inc
                 */
                name?: components["parameters"]["Name"];
                /**
                 * @description Page size. Without it mite returns every matching record.
                 * @example 100
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description 1-based page number; only meaningful together with `limit`.
                 * @example 2
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path: {
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customers, each wrapped in `customer`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreateRequest"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /**
                     * @description URL of the new customer, in the format of the request.
                     * @example https://demo.mite.de/customers/544.json
                     */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 643
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 643
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CustomerUpdate"];
        responses: {
            200: components["responses"]["Updated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 643
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the body is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["CustomerHasProjects"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 643
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CustomerUpdate"];
        responses: {
            200: components["responses"]["Updated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listArchivedCustomers: {
        parameters: {
            query?: {
                /**
                 * @description Only records whose name contains this text (case-insensitive).
                 * @example inc
                 */
                name?: components["parameters"]["Name"];
                /**
                 * @description Page size. Without it mite returns every matching record.
                 * @example 100
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description 1-based page number; only meaningful together with `limit`.
                 * @example 2
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path: {
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived customers, each wrapped in `customer`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
}
