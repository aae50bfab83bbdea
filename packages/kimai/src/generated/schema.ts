// This file is generated from specs/kimai/openapi.yaml by tools/generate. Do not edit it:
// change the spec and run `pnpm generate`. CI regenerates it and fails when it differs.
export interface paths {
    "/api/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Test the connection
         * @description Answers `pong` when the API is reachable and the credentials are valid. Use it to check a configuration.
         */
        get: operations["ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the Kimai release
         * @description Returns the release of the instance. Clients use `versionId` to decide which routes exist
         *     (for example bearer tokens need >= 21400, comments >= 25700).
         */
        get: operations["getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description Returns all customers the user may see, unpaginated. Filter by visibility and a search term; `full=1`
         *     adds the address fields (needs the `details_customer` permission).
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Creates a customer and returns it. Answers 200 (not 201) with the new entity.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * Fetch a customer
         * @description Returns one customer with all details.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /**
         * Delete a customer
         * @description **Destructive** (Kimai >= 2.25): deletes the customer with ALL its projects, activities and timesheets.
         *     Prefer `PATCH` with `{"visible": false}`.
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /**
         * Update a customer
         * @description Changes the fields that are sent and returns the customer. To retire a customer, send
         *     `{"visible": false}` rather than deleting it.
         */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/api/customers/{id}/meta": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set a custom field of a customer
         * @description Sets the value of a custom field (meta field) configured for customers. Unknown field names are rejected.
         */
        patch: operations["setCustomerMeta"];
        trace?: never;
    };
    "/api/customers/{id}/rates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * List the rates of a customer
         * @description Returns the customer's hourly and fixed rates (needs edit permission on the customer).
         */
        get: operations["listCustomerRates"];
        put?: never;
        /**
         * Add a rate to a customer
         * @description Adds a rate, for everyone or for one user, and returns it.
         */
        post: operations["addCustomerRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/rates/{rateId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of the rate.
                 * @example 7
                 */
                rateId: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a rate of a customer
         * @description Removes one rate from the customer.
         */
        delete: operations["deleteCustomerRate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * List the comments of a customer
         * @description Returns the customer's comments, pinned ones first (Kimai >= 2.57).
         */
        get: operations["listCustomerComments"];
        put?: never;
        /**
         * Comment on a customer
         * @description Adds a comment (Markdown) and returns it (Kimai >= 2.57).
         */
        post: operations["addCustomerComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of the comment.
                 * @example 12
                 */
                commentId: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment of a customer
         * @description Removes one comment (Kimai >= 2.57).
         */
        delete: operations["deleteCustomerComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/comments/{commentId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of the comment.
                 * @example 12
                 */
                commentId: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Pin or unpin a comment
         * @description Toggles the `pinned` flag of the comment and returns it (Kimai >= 2.57). Sends no body.
         */
        patch: operations["toggleCustomerCommentPin"];
        trace?: never;
    };
    "/api/customers/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a default team for a customer (removed)
         * @deprecated
         * @description Added in Kimai 2.58 and removed in 2.65: the route still exists but always answers 410 Gone.
         *     Create the team with `POST /api/teams` and grant it the customer instead.
         */
        post: operations["createCustomerTeam"];
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
        /** @description Answer of the ping route. */
        Ping: {
            /** @constant */
            message: "pong";
        };
        /**
         * Form error tree
         * @description Symfony form errors: `errors` lists the messages of this node, `children` holds one node per form field
         *     (an empty object when the field is valid). Nested fields nest the same shape.
         */
        FormErrors: {
            /** @description Messages that belong to this node (on the root node: form-level errors such as extra fields). */
            errors?: string[];
            /** @description One entry per form field, keyed by field name. */
            children?: {
                [key: string]: components["schemas"]["FormErrors"];
            };
        };
        /**
         * Kimai error
         * @description Every Kimai error body. `code` repeats the HTTP status (as a string when a service-level validation exception
         *     escapes, and missing entirely on the deprecated `X-AUTH-*` failure). Validation failures (400) carry `errors`.
         */
        Error: {
            /**
             * @description The HTTP status code.
             * @example 404
             */
            code?: number | string;
            /**
             * @description A short, translated message.
             * @example Not Found
             */
            message: string;
            errors?: components["schemas"]["FormErrors"];
        };
        /** @description Release information of the Kimai instance. */
        Version: {
            /**
             * @description Kimai release, e.g. `2.65.0`.
             * @example 2.65.0
             */
            version: string;
            /**
             * @description The release as an integer, built like `PHP_VERSION_ID` (`2.65.0` is `26500`).
             * @example 26500
             */
            versionId: number;
            /** @description A full copyright notice. */
            copyright: string;
        };
        /** @description The value of one custom field (meta field) of a customer. */
        CustomerMeta: {
            /** @description Name of the configured custom field. */
            name: string;
            /** @description Its value. */
            value: string;
        };
        /** @description A team, as listed in a customer's `teams`. */
        Team: {
            id: number;
            name: string;
            color: string | null;
            "color-safe": string;
        };
        /**
         * @description A customer as listed by `GET /api/customers`. With `full=1` the address fields (`vatId`, `addressLine1`-`3`,
         *     `postCode`, `city`) are added; they are absent otherwise.
         */
        CustomerCollection: {
            id: number;
            name: string;
            /** @description Hidden customers (`false`) cannot get new timesheets. */
            visible: boolean;
            billable: boolean;
            /** @description Assigned color in HTML hex format (`#dd1d00`), or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            /** @description Customer number. */
            number: string | null;
            comment: string | null;
            /** @description ISO 4217 currency code. */
            currency: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            country: string;
            /** @description Locale used for documents such as invoices (`de`, `en`, `pt_BR`). */
            language: string;
            company: string | null;
            homepage: string | null;
            /** @description IANA time zone. */
            timezone: string;
            fax: string | null;
            mobile: string | null;
            phone: string | null;
            metaFields: components["schemas"]["CustomerMeta"][];
            /** @description Teams with access to the customer; empty means everyone has access. */
            teams: components["schemas"]["Team"][];
            /** @description Money budget (0 = none). */
            budget: number;
            /** @description Time budget in seconds (0 = none). */
            timeBudget: number;
            /**
             * @description null for a budget over the whole lifetime, `month` for a monthly budget.
             * @enum {string|null}
             */
            budgetType: "month" | null;
            /** @description Only with `full=1` or on the entity. */
            vatId?: string | null;
            addressLine1?: string | null;
            addressLine2?: string | null;
            addressLine3?: string | null;
            postCode?: string | null;
            city?: string | null;
        };
        /**
         * @description Fields of the customer form. `PATCH` accepts any subset; fields not sent keep their value.
         *     Unknown fields are rejected with "This form should not contain extra fields."
         */
        CustomerEditForm: {
            name?: string;
            number?: string;
            comment?: string;
            company?: string;
            vatId?: string;
            contact?: string;
            addressLine1?: string;
            addressLine2?: string;
            addressLine3?: string;
            postCode?: string;
            city?: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            country?: string;
            /** @description A locale Kimai is translated to (`de`, `en`, `pt_BR`, ...). */
            language?: string;
            /** @description ISO 4217 currency code. */
            currency?: string;
            phone?: string;
            fax?: string;
            mobile?: string;
            email?: string;
            homepage?: string;
            /** @description IANA time zone, e.g. `Europe/Berlin`. */
            timezone?: string;
            invoiceText?: string;
            invoiceEmail?: string;
            /** @description ID of the invoice template used for this customer. */
            invoiceTemplate?: number | null;
            buyerReference?: string;
            /** @description HTML hex color; auto-calculated from the name when empty. */
            color?: string;
            /** @description Money budget; numeric strings such as `"999"` are accepted. */
            budget?: number | string;
            /**
             * @description Time budget as a duration in any format Kimai parses (`"01:30"`, `"1.5"`, `"10,25"` = 10.25 hours,
             *     `"2h30m"`) or as seconds.
             */
            timeBudget?: number | string;
            /**
             * @description Send `month` for a monthly budget; null for a lifetime budget.
             * @enum {string|null}
             */
            budgetType?: "month" | null;
            visible?: boolean;
            billable?: boolean;
            /** @description IDs of the teams that may access the customer. */
            teams?: number[];
        };
        /**
         * @description The customer form as `POST` needs it: the fields without a default are required (their constraints
         *     are those of `CustomerEditForm`).
         */
        CustomerCreateForm: components["schemas"]["CustomerEditForm"] & {
            name: string;
            country: string;
            language: string;
            currency: string;
            timezone: string;
        };
        /** @description A single customer with all its details (contact, address, invoicing). */
        CustomerEntity: components["schemas"]["CustomerCollection"] & {
            /** @description Contact person. */
            contact: string | null;
            email: string | null;
            invoiceEmail: string | null;
            /** @description Buyer reference for e-invoices (XRechnung, ZUGFeRD). */
            buyerReference: string | null;
            /** @description Deprecated unstructured address; prefer `addressLine1`-`3`, `postCode`, `city`. */
            address: string | null;
        };
        /** @description Sets one configured custom field. Unknown names are rejected. */
        MetaFieldForm: {
            /** @description Name of a custom field configured for customers. */
            name: string;
            value: string;
        };
        /** @description A user as embedded in other resources (rates, comments). */
        User: {
            id: number;
            username: string;
            email: string;
            enabled: boolean;
            /**
             * @deprecated
             * @description Whether the user has a deprecated API password (see `X-AUTH-TOKEN`).
             */
            apiToken: boolean;
            systemAccount: boolean;
            /** @description The assigned color in HTML hex format, or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            avatar: string | null;
            /** @description Shown in the UI instead of the username. */
            alias: string | null;
            accountNumber: string | null;
            initials: string | null;
            /** @description Job position or department. */
            title: string | null;
            /** @description Locale used to translate the UI. */
            language: string;
            /** @description Locale used to format numbers, money and dates. */
            locale: string;
            timezone: string;
        };
        /** @description An hourly or fixed rate of a customer, optionally for one user only. */
        CustomerRate: {
            id: number;
            /** @description Rate charged to the customer. */
            rate: number;
            /** @description Internal cost rate; null when not set. */
            internalRate: number | null;
            /** @description A fixed rate per timesheet instead of an hourly rate. */
            isFixed: boolean;
            /** @description The user this rate is limited to, or null for everyone. */
            user: components["schemas"]["User"] | null;
        };
        /** @description A new rate for a customer. */
        CustomerRateForm: {
            /** @description User ID the rate is limited to; omit or null for everyone. */
            user?: number | null;
            rate: number;
            internalRate?: number | null;
            /** @default false */
            isFixed?: boolean;
        };
        /**
         * Kimai date-time
         * @description A local date and time with its UTC offset, as Kimai serializes it: `YYYY-MM-DDTHH:mm:ss±hhmm`.
         *     The offset has **no colon**, so this is not RFC 3339 `date-time`; parse it with a pattern-aware parser.
         * @example 2019-02-01T12:00:00+0100
         */
        KimaiDateTime: string;
        /** @description A comment on a customer (Kimai >= 2.57). */
        Comment: {
            id: number;
            /** @description Markdown text. */
            message: string;
            /** @description Author, or null when the user was deleted. */
            createdBy: components["schemas"]["User"] | null;
            /** @description Creation time, or null for comments migrated without one. */
            createdAt: components["schemas"]["KimaiDateTime"] | null;
            /** @description Pinned comments are listed first. */
            pinned: boolean;
        };
        /** @description A new comment. */
        CommentForm: {
            /** @description Markdown text. */
            message: string;
            /** @default false */
            pinned?: boolean;
        };
    };
    responses: {
        /** @description No credentials, or an unknown API token. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The user lacks the permission for this action, or (deprecated `X-AUTH-*` headers only) the username and
         *     API password do not match; that variant has no `code`.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request could not be read (for example a malformed JSON body). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The form did not validate. `errors.children` has one node per field; fields with problems list them in
         *     `errors`, and form-level problems (such as unknown fields) are in the root `errors.errors`.
         */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No entity with this ID (or it is not visible to the user). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description ID of the customer.
         * @example 1
         */
        CustomerId: number;
        /**
         * @description ID of the comment.
         * @example 12
         */
        CommentId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is reachable and the request was authenticated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ping"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Release information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Version"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /**
                 * @description Visibility filter: 1 = visible only, 2 = hidden only, 3 = both.
                 * @example 3
                 */
                visible?: 1 | 2 | 3;
                /**
                 * @description Sort direction.
                 * @example DESC
                 */
                order?: "ASC" | "DESC";
                /**
                 * @description Field to sort by.
                 * @example id
                 */
                orderBy?: "id" | "name";
                /**
                 * @description Free-text search in name, number, company and other text fields.
                 * @example acme
                 */
                term?: string;
                /**
                 * @description 1 adds the address fields (`vatId`, `addressLine1`-`3`, `postCode`, `city`) to every customer.
                 * @example 1
                 */
                full?: 0 | 1;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customers, sorted as requested. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCollection"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreateForm"];
            };
        };
        responses: {
            /** @description The new customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEntity"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
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
                    "application/json": components["schemas"]["CustomerEntity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerEditForm"];
            };
        };
        responses: {
            /** @description The updated customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEntity"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setCustomerMeta: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetaFieldForm"];
            };
        };
        responses: {
            /** @description The customer with the new value in `metaFields`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEntity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listCustomerRates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerRate"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addCustomerRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerRateForm"];
            };
        };
        responses: {
            /** @description The new rate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerRate"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteCustomerRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of the rate.
                 * @example 7
                 */
                rateId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listCustomerComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addCustomerComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentForm"];
            };
        };
        responses: {
            /** @description The new comment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteCustomerComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of the comment.
                 * @example 12
                 */
                commentId: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    toggleCustomerCommentPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of the comment.
                 * @example 12
                 */
                commentId: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment with its new `pinned` value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createCustomerTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: components["responses"]["Unauthorized"];
            /** @description The endpoint was removed. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
