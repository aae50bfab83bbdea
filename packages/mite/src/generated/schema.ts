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
    "/projects.{format}": {
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
         * List active projects
         * @description Returns the active (not archived) projects, sorted by name. Time trackers only see the projects they
         *     were granted access to. Without `limit` every match is returned; with it, use `page` to walk the list
         *     until a page is shorter than `limit`.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Creates a project. Only `name` is required; the answer is the new record and its URL in `Location`.
         *     Time trackers cannot create projects.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 643
                 */
                id: components["parameters"]["ProjectId"];
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
         * Fetch a project
         * @description Returns one project, active or archived. Time trackers can only read the projects they were granted access to.
         */
        get: operations["getProject"];
        /**
         * Update a project (PUT alias)
         * @deprecated
         * @description Kept by mite for backward compatibility; behaves exactly like `PATCH`. Use `PATCH`.
         */
        put: operations["replaceProject"];
        post?: never;
        /**
         * Delete a project
         * @description Deletes a project without time entries. A project with time entries is refused with 422; archive it instead.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Changes the attributes that are sent. Changed rates apply to new time entries only, unless
         *     `update_hourly_rate_on_time_entries` is true. Time trackers cannot edit projects.
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/projects/archived.{format}": {
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
         * List archived projects
         * @description Returns the archived projects, sorted by name. Takes the same filters and paging as the active list.
         */
        get: operations["listArchivedProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services.{format}": {
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
         * List active services
         * @description Returns the active (not archived) services, sorted by name. Without `limit` every match is returned;
         *     with it, use `page` to walk the list until a page is shorter than `limit`.
         */
        get: operations["listServices"];
        put?: never;
        /**
         * Create a service
         * @description Creates a service. Only `name` is required; `billable` defaults to true. The answer is the new record
         *     and its URL in `Location`. Time trackers cannot create services.
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the service.
                 * @example 38672
                 */
                id: components["parameters"]["ServiceId"];
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
         * Fetch a service
         * @description Returns one service, active or archived.
         */
        get: operations["getService"];
        /**
         * Update a service (PUT alias)
         * @deprecated
         * @description Kept by mite for backward compatibility; behaves exactly like `PATCH`. Use `PATCH`.
         */
        put: operations["replaceService"];
        post?: never;
        /**
         * Delete a service
         * @description Deletes a service without time entries. A service with time entries is refused with 422; archive it instead.
         */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        /**
         * Update a service
         * @description Changes the attributes that are sent. Changed rates apply to new time entries only, unless
         *     `update_hourly_rate_on_time_entries` is true. Time trackers cannot edit services.
         */
        patch: operations["updateService"];
        trace?: never;
    };
    "/services/archived.{format}": {
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
         * List archived services
         * @description Returns the archived services, sorted by name. Takes the same filters and paging as the active list.
         */
        get: operations["listArchivedServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users.{format}": {
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
         * List active users
         * @description Returns the active (not archived) users, sorted by name. Time trackers may not list users (403).
         *     Without `limit` every match is returned; with it, use `page` to walk the list until a page is shorter
         *     than `limit`.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example 2453
                 */
                id: components["parameters"]["UserId"];
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
         * Fetch a user
         * @description Returns one user, active or archived, in the shape of `/myself`. Users are read-only over the API: they
         *     cannot be created, changed or deleted. Time trackers may not read other users (403).
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/archived.{format}": {
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
         * List archived users
         * @description Returns the archived users, sorted by name. Takes the same filters and paging as the active list.
         */
        get: operations["listArchivedUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time_entries.{format}": {
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
         * List time entries, or their totals grouped
         * @description Returns the time entries of all users, newest first (`sort=date`, `direction=desc`); time trackers only
         *     see their own. The filters combine with AND; an ID filter with several IDs matches any of them. Without
         *     `limit` every match is returned; with it, use `page` to walk the list until a page is shorter than
         *     `limit`.
         *
         *     With `group_by` the answer is not entries but their totals per group (`time_entry_group`): one or more
         *     of `customer`, `project`, `service`, `user`, `day`, `week`, `month`, `year`, comma-separated; their order
         *     is the order of the groups. The filters apply before grouping. Each group carries its minutes, revenue,
         *     the grouped values and `time_entries_params`, the filters that list its entries. The punchclock client
         *     offers this as `groupedTimeEntries({ groupBy: [...] })`, typed after the groups requested; its plain
         *     `GET /time_entries` is the entries list.
         */
        get: operations["listTimeEntries"];
        put?: never;
        /**
         * Create a time entry
         * @description Creates a time entry. Every attribute is optional: by default it is today's, of the authenticated user,
         *     with 0 minutes, no project and no service. Only admins and the account owner can create entries for
         *     other users or locked ones. The answer is the new record and its URL in `Location`.
         */
        post: operations["createTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time_entries/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the time entry.
                 * @example 36159117
                 */
                id: components["parameters"]["TimeEntryId"];
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
         * Fetch a time entry
         * @description Returns one time entry, of any user of the account; time trackers can only fetch their own.
         */
        get: operations["getTimeEntry"];
        /**
         * Update a time entry (PUT alias)
         * @deprecated
         * @description Kept by mite for backward compatibility; behaves exactly like `PATCH`. Use `PATCH`.
         */
        put: operations["replaceTimeEntry"];
        post?: never;
        /**
         * Delete a time entry
         * @description Deletes a time entry. Only admins and the account owner can delete entries of other users. A locked
         *     entry is refused (422) unless an admin or the owner sends `force: true` in the (otherwise unneeded) body.
         */
        delete: operations["deleteTimeEntry"];
        options?: never;
        head?: never;
        /**
         * Update a time entry
         * @description Changes the attributes that are sent. Only admins and the account owner can change entries of other
         *     users. A locked entry is refused (422) unless an admin or the owner sends `force: true`, for example to
         *     unlock it.
         */
        patch: operations["updateTimeEntry"];
        trace?: never;
    };
    "/time_entries/bookmarks.{format}": {
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
         * List bookmarks
         * @description Returns the bookmarks (saved time-entries queries of the web interface) the user can see, sorted by
         *     name: their own and, except for time trackers, the team bookmarks. Bookmarks are read-only over the API.
         */
        get: operations["listBookmarks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time_entries/bookmarks/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the bookmark.
                 * @example 79133
                 */
                id: components["parameters"]["BookmarkId"];
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
         * Fetch a bookmark
         * @description Returns one bookmark; its `query` holds the time-entries filters it stands for.
         */
        get: operations["getBookmark"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time_entries/bookmarks/{id}/follow.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the bookmark.
                 * @example 79133
                 */
                id: components["parameters"]["BookmarkId"];
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
         * Follow a bookmark to its time entries
         * @description Redirects to the time-entries list the bookmark stands for: `Location` is `/time_entries.{format}` with
         *     the bookmark's `query`. The punchclock client does not follow this redirect by itself: its
         *     `followBookmark(id)` reads `Location` and requests that list (entries, or groups when the query has
         *     `group_by`) through the typed client.
         */
        get: operations["followBookmark"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/daily.{format}": {
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
         * List today's time entries
         * @description Returns the authenticated user's time entries of today (in the account's time zone).
         */
        get: operations["listDailyTimeEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/daily/{year}/{month}/{day}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Year of the day, four digits.
                 * @example 2015
                 */
                year: number;
                /**
                 * @description Month of the day, 1 to 12 (mite's own links do not zero-pad).
                 * @example 10
                 */
                month: number;
                /**
                 * @description Day of the month, 1 to 31.
                 * @example 16
                 */
                day: number;
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
         * List a day's time entries
         * @description Returns the authenticated user's time entries of one day, like `GET /daily` does for today.
         */
        get: operations["listDailyTimeEntriesOfDate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracker.{format}": {
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
         * Fetch the tracker
         * @description Returns the authenticated user's tracker: the entry it runs on, or an empty `tracker` when it does not
         *     run. Every user has one tracker, and only their own.
         */
        get: operations["getTracker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracker/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the time entry.
                 * @example 36159117
                 */
                id: components["parameters"]["TimeEntryId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Start the tracker (PUT alias)
         * @deprecated
         * @description Kept by mite for backward compatibility (older mite versions documented PUT); behaves exactly like `PATCH`.
         */
        put: operations["startTrackerWithPut"];
        post?: never;
        /**
         * Stop the tracker
         * @description Stops the authenticated user's tracker on this time entry; the answer has the entry's minutes now.
         */
        delete: operations["stopTracker"];
        options?: never;
        head?: never;
        /**
         * Start the tracker on a time entry
         * @description Starts the authenticated user's tracker on one of their time entries. If it already runs there, nothing
         *     changes and the answer is its state. If it runs on another entry, it is stopped there first: the answer
         *     then also has `stopped_time_entry`. `minutes` counts on from the minutes the entry already had.
         */
        patch: operations["startTracker"];
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
         *     null. punchclock's decoder (`decodeRailsXml` in `@punchclock/core/xml`) reads it as exactly the value of the
         *     JSON body, which `contentSchema` (next to the reference to this schema) describes. Rails' own
         *     `Hash.from_xml` reads some documents differently: a list as `{"customers": [...]}` instead of an array of
         *     wrapped records, an empty element such as the idle `<tracker></tracker>` as null instead of `{}`, and an
         *     `<error on="name">` as its text alone.
         */
        RailsXml: string;
        /**
         * @description An error. mite's JSON is `{"error": "message"}`: one string, also for validation errors, without the
         *     attribute a message is about. Its XML is `<errors><error>message</error>...</errors>` (`XmlErrors`), where
         *     an `<error>` may name the attribute it refers to: `<error on="name">can't be blank</error>`.
         *
         *     The punchclock client decodes both to this shape. `error` is the message (several XML messages joined with
         *     a newline). `errors` is there only when mite named an attribute, which only its XML does: it lists every
         *     message with its attribute. So an error without attributes is the same value in both formats, and the XML
         *     one keeps what JSON cannot say.
         */
        Error: {
            /** @example This customer cannot be deleted: There are associated projects. Please archive instead. */
            error: string;
            /**
             * @description Each message with the attribute it refers to (`on`, as mite names it, e.g. `name`), when mite named at
             *     least one. Absent for JSON responses and for XML errors that name no attribute.
             */
            errors?: {
                /** @example can't be blank */
                message: string;
                /**
                 * @description The attribute the message refers to; absent for a message about the whole record.
                 * @example name
                 */
                on?: string;
            }[];
        };
        /**
         * @description One `<error>` of an XML error document, as punchclock's decoder reads it: the message, or
         *     `{"on": "name", "message": "can't be blank"}` for `<error on="name">can't be blank</error>`.
         */
        XmlError: string | {
            /** @description The attribute the message refers to. */
            on: string;
            message: string;
        };
        /**
         * @description The XML form of an error, `<errors><error>message</error></errors>` (one `<error>` per message, which may
         *     name its attribute: `<error on="name">`), as punchclock's decoder reads it. The punchclock client turns it
         *     into the JSON shape, `Error`.
         */
        XmlErrors: {
            errors: {
                error: components["schemas"]["XmlError"] | components["schemas"]["XmlError"][];
            };
        };
        /** @description A user of the account. */
        User: {
            id: number;
            name: string;
            email: string;
            /** @description Free text; `""` when empty, which is what mite sends. null is accepted too (a note never stored). */
            note: string | null;
            archived: boolean;
            /**
             * @description `owner`, `admin`, `coworker` or `time_tracker`. Not a closed enum: mite has changed its roles before
             *     (the administrator was added in 2009), so expect others.
             * @example admin
             * @example time_tracker
             */
            role: string;
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
        /** @description The hourly rate of a customer or project for one service. */
        HourlyRatePerService: {
            service_id: number;
            /** @description In cents. */
            hourly_rate: number;
        };
        /**
         * @description A customer. The rates (`hourly_rate`, `active_hourly_rate`, `hourly_rates_per_service`) are not required:
         *     mite shows no money to time trackers ("They'll never see revenues", mite's announcement of its roles,
         *     2009), and time trackers can read customers, so their responses may lack them.
         */
        Customer: {
            id: number;
            name: string;
            /** @description Free text; `""` when empty, which is what mite sends. null is accepted too (a note never stored). */
            note: string | null;
            archived: boolean;
            /** @description In cents; used when `active_hourly_rate` is `hourly_rate`. */
            hourly_rate?: number | null;
            active_hourly_rate?: components["schemas"]["ActiveHourlyRate"];
            /** @description Used when `active_hourly_rate` is `hourly_rates_per_service`. */
            hourly_rates_per_service?: components["schemas"]["HourlyRatePerService"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CustomerEnvelope: {
            customer: components["schemas"]["Customer"];
        };
        /**
         * @description The attributes of a customer that can be written, when creating and when updating. An update can also
         *     ask to apply changed rates to the existing time entries (`CustomerUpdateRequest`).
         */
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
        };
        /** @description Body of a create request; only `name` is required. */
        CustomerCreateRequest: {
            customer: components["schemas"]["CustomerAttributes"] & {
                name: string;
            };
        };
        /** @description Body of an update request; send only the attributes to change. */
        CustomerUpdateRequest: {
            customer: components["schemas"]["CustomerAttributes"] & {
                /**
                 * @description Apply changed rates to the existing time entries of the customer too. By default a new rate
                 *     only applies to time entries created from now on. Updates only: mite's create takes no such
                 *     attribute.
                 */
                update_hourly_rate_on_time_entries?: boolean;
            };
        };
        /**
         * @description One ID, or a list of IDs: records of any of them. On the wire a list is comma-separated (the parameter's
         *     `style: form, explode: false`): the punchclock client sends `[3, 4]` as `project_id=3,4`. A single ID may be
         *     a number or a list of one.
         */
        IdFilter: number | number[];
        /**
         * @description What `budget` counts: `minutes` (the default), `cents`, or a budget that renews every month,
         *     `minutes_per_month` or `cents_per_month`. Not an enum: mite has added kinds before (the monthly ones, 2014).
         * @example minutes
         * @example cents_per_month
         */
        BudgetType: string;
        /**
         * @description A project, optionally of a customer. The rates and the budget (`hourly_rate`, `active_hourly_rate`,
         *     `hourly_rates_per_service`, `budget`, `budget_type`) are not required: mite shows no money to time
         *     trackers ("They'll never see revenues", mite's announcement of its roles, 2009), and time trackers can
         *     read the projects they were granted, so their responses may lack them.
         */
        Project: {
            id: number;
            name: string;
            /** @description Free text; `""` when empty, which is what mite sends. null is accepted too (a note never stored). */
            note: string | null;
            /** @description The customer; null for a project without one. */
            customer_id: number | null;
            /** @description Name of the customer (read-only); null for a project without one. */
            customer_name: string | null;
            /** @description In minutes or in cents, as `budget_type` says; 0 (mite's default) or null means no budget. */
            budget?: number | null;
            budget_type?: components["schemas"]["BudgetType"];
            /** @description In cents; used when `active_hourly_rate` is `hourly_rate`. */
            hourly_rate?: number | null;
            archived: boolean;
            active_hourly_rate?: components["schemas"]["ActiveHourlyRate"];
            /** @description Used when `active_hourly_rate` is `hourly_rates_per_service`. */
            hourly_rates_per_service?: components["schemas"]["HourlyRatePerService"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ProjectEnvelope: {
            project: components["schemas"]["Project"];
        };
        /**
         * @description The attributes of a project that can be written, when creating and when updating. An update can also
         *     ask to apply changed rates to the existing time entries (`ProjectUpdateRequest`).
         */
        ProjectAttributes: {
            name?: string;
            /** @default  */
            note?: string;
            /** @description The customer; null for none. */
            customer_id?: number | null;
            /**
             * @description In minutes or cents, as `budget_type` says; 0 for no budget.
             * @default 0
             */
            budget?: number;
            budget_type?: components["schemas"]["BudgetType"];
            /** @default false */
            archived?: boolean;
            /** @description In cents. */
            hourly_rate?: number | null;
            active_hourly_rate?: components["schemas"]["ActiveHourlyRate"];
            hourly_rates_per_service?: components["schemas"]["HourlyRatePerService"][];
        };
        /** @description Body of a create request; only `name` is required. */
        ProjectCreateRequest: {
            project: components["schemas"]["ProjectAttributes"] & {
                name: string;
            };
        };
        /** @description Body of an update request; send only the attributes to change. */
        ProjectUpdateRequest: {
            project: components["schemas"]["ProjectAttributes"] & {
                /**
                 * @description Apply changed rates to the existing time entries of the project too. By default a new rate only applies
                 *     to time entries created from now on. Updates only: mite's create takes no such attribute.
                 */
                update_hourly_rate_on_time_entries?: boolean;
            };
        };
        /**
         * @description A service (a kind of work, such as "Coding"), with its default hourly rate. `hourly_rate` is not required:
         *     mite shows no money to time trackers ("They'll never see revenues", mite's announcement of its roles,
         *     2009), and time trackers can read services, so their responses may lack it.
         */
        Service: {
            id: number;
            name: string;
            /** @description Free text; `""` when empty, which is what mite sends. null is accepted too (a note never stored). */
            note: string | null;
            /** @description In cents; null when the service has no rate of its own. */
            hourly_rate?: number | null;
            archived: boolean;
            /** @description Whether time spent on this service is billable. */
            billable: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ServiceEnvelope: {
            service: components["schemas"]["Service"];
        };
        /**
         * @description The attributes of a service that can be written, when creating and when updating. An update can also
         *     ask to apply a changed rate to the existing time entries (`ServiceUpdateRequest`).
         */
        ServiceAttributes: {
            name?: string;
            /** @default  */
            note?: string;
            /** @description In cents; null for none. */
            hourly_rate?: number | null;
            /** @default true */
            billable?: boolean;
            /** @default false */
            archived?: boolean;
        };
        /** @description Body of a create request; only `name` is required. */
        ServiceCreateRequest: {
            service: components["schemas"]["ServiceAttributes"] & {
                name: string;
            };
        };
        /** @description Body of an update request; send only the attributes to change. */
        ServiceUpdateRequest: {
            service: components["schemas"]["ServiceAttributes"] & {
                /**
                 * @description Apply a changed rate to the existing time entries of the service too. By default a new rate
                 *     only applies to time entries created from now on. Updates only: mite's create takes no such
                 *     attribute.
                 */
                update_hourly_rate_on_time_entries?: boolean;
            };
        };
        /**
         * @description The users filter of the time entries: an ID or a list of IDs (`IdFilter`, comma-separated on the wire), or
         *     `current` for the authenticated user.
         */
        TimeEntryUserFilter: components["schemas"]["IdFilter"] | "current";
        /**
         * @description A day (`YYYY-MM-DD`) or a period relative to today, in the account's time zone: `today`, `yesterday`,
         *     `this_week`, `last_week`, `this_month`, `last_month`, `this_year`, `last_year`.
         */
        TimeEntryDateFilter: ("today" | "yesterday" | "this_week" | "last_week" | "this_month" | "last_month" | "this_year" | "last_year") | string;
        /**
         * @description What to group time entries by.
         * @enum {string}
         */
        TimeEntryGrouping: "customer" | "project" | "service" | "user" | "day" | "week" | "month" | "year";
        /**
         * @description The running tracker of an entry: when it was started and the minutes so far (including the minutes the
         *     entry had before). Only entries a tracker runs on have it (`tracking=true` lists them).
         */
        TimeEntryTracking: {
            /** Format: date-time */
            since: string;
            minutes: number;
        };
        /**
         * @description A time entry: minutes of work on a day, optionally for a project and a service. The names of the user,
         *     project, customer and service are copies for display; the IDs are authoritative. `revenue` and
         *     `hourly_rate` are not required: time trackers "never see revenues" (mite's announcement of its roles,
         *     2009), so their entries may lack them.
         */
        TimeEntry: {
            id: number;
            /**
             * Format: date
             * @description The day the time was spent (a plain date, no time zone).
             */
            date_at: string;
            /** @description The duration in minutes. While the tracker runs, `tracking.minutes` is the live value. */
            minutes: number;
            /** @description Free text; `""` when empty, which is what mite sends. null is accepted too (a note never stored). */
            note: string | null;
            /** @description Whether the time is billable; follows the service. */
            billable: boolean;
            /** @description Locked entries can only be changed or deleted by admins and the owner, with `force`. */
            locked: boolean;
            /**
             * @description In cents: the applicable hourly rate × minutes / 60; null when no rate applies. A computed value that
             *     mite types `float` in XML, so it can have a fractional part (`1234.5`).
             */
            revenue?: number | null;
            /** @description The hourly rate that applies, in cents; 0 (or null) when none does. */
            hourly_rate?: number | null;
            user_id: number;
            /** @description Name of the user; null when mite has no user to name (like the other copied names). */
            user_name: string | null;
            /** @description null for an entry without a project. */
            project_id: number | null;
            project_name: string | null;
            /** @description The customer of the project; null without a project or when the project has no customer. */
            customer_id: number | null;
            customer_name: string | null;
            /** @description null for an entry without a service. */
            service_id: number | null;
            service_name: string | null;
            /** @description Present while a tracker runs on this entry (its user's); absent, or null, otherwise. */
            tracking?: components["schemas"]["TimeEntryTracking"] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        TimeEntryEnvelope: {
            time_entry: components["schemas"]["TimeEntry"];
        };
        /**
         * @description The total of the time entries that share the grouped values (`group_by`). Which of the optional keys a
         *     group has follows from `group_by`: `customer` adds `customer_id` and `customer_name`, `project` adds
         *     `project_id` and `project_name`, `service` adds `service_id` and `service_name`, `user` adds `user_id` and
         *     `user_name`, `day` adds `day`, `week` adds `week` and `year`, `month` adds `month` and `year`, `year` adds
         *     `year`. Entries without a project (or service, or customer) form a group whose ID and name are null.
         *     The punchclock client's `groupedTimeEntries()` types each group with exactly the keys of its `group_by`.
         */
        TimeEntryGroup: {
            /** @description Sum of the minutes of the group's entries. */
            minutes: number;
            /**
             * @description Sum of the revenue of the group's entries, in cents (fractional, like an entry's); null when none of
             *     them has a rate. Not required: time trackers "never see revenues" (mite's announcement of its roles,
             *     2009), so their groups may lack it.
             */
            revenue?: number | null;
            /**
             * @description The filters that list this group's entries (`GET /time_entries` takes them as they are). mite sends
             *     every value as a string (`{"user_id": "1"}`), also in XML.
             */
            time_entries_params: {
                user_id?: string;
                customer_id?: string;
                project_id?: string;
                service_id?: string;
                at?: string;
                from?: string;
                to?: string;
            } & {
                [key: string]: string;
            };
            customer_id?: number | null;
            customer_name?: string | null;
            project_id?: number | null;
            project_name?: string | null;
            service_id?: number | null;
            service_name?: string | null;
            user_id?: number | null;
            user_name?: string | null;
            /**
             * Format: date
             * @description Grouped by `day`.
             */
            day?: string;
            /** @description Grouped by `week`, with `year`. mite does not document the format; observed clients read a week number. */
            week?: number | string;
            /** @description Grouped by `month`, with `year`. mite does not document the format; observed clients read a month number. */
            month?: number | string;
            /** @description Grouped by `year`, `month` or `week`. mite does not document the format; observed clients read the year. */
            year?: number | string;
            /**
             * Format: date
             * @description First day with an entry of the group (sent by some mite versions).
             */
            from?: string;
            /**
             * Format: date
             * @description Last day with an entry of the group (sent by some mite versions).
             */
            to?: string;
        };
        TimeEntryGroupEnvelope: {
            time_entry_group: components["schemas"]["TimeEntryGroup"];
        };
        /**
         * @description The attributes of a time entry that can be written, all optional, also when creating. An update of a
         *     locked entry also needs `force` (`TimeEntryUpdateRequest`).
         */
        TimeEntryAttributes: {
            /**
             * Format: date
             * @description The day (default today).
             */
            date_at?: string;
            /** @description The duration (default 0). */
            minutes?: number;
            /** @default  */
            note?: string;
            /**
             * @description Whose entry it is (default the authenticated user). Only admins and the account owner can create or
             *     move entries of other users.
             */
            user_id?: number;
            /** @description The project, or null for none (default none). */
            project_id?: number | null;
            /** @description The service, or null for none (default none). */
            service_id?: number | null;
            /** @description Lock or unlock the entry (default false). Only admins and the account owner can. */
            locked?: boolean;
        };
        /** @description Body of a create request; every attribute is optional (`{"time_entry": {}}` is an empty entry of today). */
        TimeEntryCreateRequest: {
            time_entry: components["schemas"]["TimeEntryAttributes"];
        };
        /** @description Body of an update request; send only the attributes to change (and `force` for a locked entry). */
        TimeEntryUpdateRequest: {
            time_entry: components["schemas"]["TimeEntryAttributes"] & {
                /**
                 * @description Change a locked entry anyway (for example to unlock it with `locked: false`). Only admins and
                 *     the account owner can; for anyone else a locked entry stays unchangeable. Updates (and
                 *     deletes) only: mite's create takes no such attribute.
                 */
                force?: boolean;
            };
        };
        /**
         * @description Optional body of a delete request, only needed to delete a locked entry as an admin or the account owner.
         *     `force` travels as it does for updates, inside `time_entry`. Unverified: mite's docs say only "by passing a
         *     force parameter", for updates and deletes alike, and the clients we know send it on updates only.
         */
        TimeEntryDeleteRequest: {
            time_entry: {
                /** @description Delete the entry even though it is locked. */
                force: boolean;
            };
        };
        /**
         * @description A saved time-entries query from the web interface. `query` holds its filters as a URL query string
         *     (`project_id=21243&at=this_week`), the same parameters `GET /time_entries` takes. Team bookmarks belong to
         *     the account only: their `user_id` is null.
         */
        Bookmark: {
            id: number;
            name: string;
            /** @description The filters, as a URL query string without the leading `?`. */
            query: string;
            /**
             * @description What the bookmark lists; `time_entries` is the only kind documented.
             * @example time_entries
             */
            type: string;
            account_id: number;
            /** @description The owner; null for a team bookmark. */
            user_id: number | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        BookmarkEnvelope: {
            bookmark: components["schemas"]["Bookmark"];
        };
        /** @description The time entry the tracker runs on. */
        TrackingTimeEntry: {
            /** @description ID of the time entry. */
            id: number;
            /**
             * @description Minutes since the tracker started plus the minutes the entry already had, so it can be above zero right
             *     after starting.
             */
            minutes: number;
            /**
             * Format: date-time
             * @description When the tracker was started.
             */
            since: string;
        };
        /** @description The time entry a tracker was just stopped on, with its minutes now. */
        StoppedTimeEntry: {
            /** @description ID of the time entry. */
            id: number;
            minutes: number;
        };
        /**
         * @description The authenticated user's tracker (stopwatch); every user has exactly one. Empty (`{}`) when it does not
         *     run. `tracking_time_entry` is the entry it runs on; `stopped_time_entry` the entry it was stopped on by
         *     this request (by stopping it, or by starting it on another entry).
         */
        Tracker: {
            tracking_time_entry?: components["schemas"]["TrackingTimeEntry"];
            stopped_time_entry?: components["schemas"]["StoppedTimeEntry"];
        };
        TrackerEnvelope: {
            tracker: components["schemas"]["Tracker"];
        };
        /** @description The answer to starting the tracker; it always runs afterwards, so `tracking_time_entry` is there. */
        TrackerStartedEnvelope: {
            /**
             * @description The tracker, now running on the requested entry; with `stopped_time_entry` when it ran on another entry
             *     before and was stopped there.
             */
            tracker: {
                tracking_time_entry: components["schemas"]["TrackingTimeEntry"];
                stopped_time_entry?: components["schemas"]["StoppedTimeEntry"];
            };
        };
    };
    responses: {
        /**
         * @description Nothing changed since the representation whose `ETag` the request sent as `If-None-Match`; there is no body.
         *     The punchclock client's ETag cache (`cache` option) sends the tag of the body it keeps and answers with that
         *     body, as a `200`. A caller sees this status only when it sends `If-None-Match` itself on a client without the
         *     cache (or before the cache holds the resource): `data` is then undefined, so read `response.status` rather
         *     than `unwrap()`, which throws an `ApiError` for it.
         */
        NotModified: {
            headers: {
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content?: never;
        };
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
        /** @description The project has time entries and cannot be deleted; archive it instead. */
        ProjectHasTimeEntries: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        /** @description The service has time entries and cannot be deleted; archive it instead. */
        ServiceHasTimeEntries: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        /**
         * @description Refused: the entry is locked and `force` was not sent (or, for an update, an attribute is invalid). The
         *     message is mite's; its wording for locked entries is not documented.
         */
        TimeEntryLocked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        /**
         * @description The tracker, now running on the entry; with `stopped_time_entry` when it ran on another entry, which was
         *     stopped.
         */
        TrackerStarted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TrackerStartedEnvelope"];
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
         * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
         *     current. The punchclock client's `cache` option sends it by itself.
         * @example W/"5b2e64b220c6e3f96533301076dc2421"
         */
        IfNoneMatch: string;
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
        /**
         * @description Only records of these customers: one customer ID, or several (an array, sent comma-separated:
         *     `customer_id=291,292`).
         * @example 291
         */
        CustomerIdFilter: components["schemas"]["IdFilter"];
        /**
         * @description ID of the project.
         * @example 643
         */
        ProjectId: number;
        /**
         * @description ID of the service.
         * @example 38672
         */
        ServiceId: number;
        /**
         * @description Only users whose email address contains this text (case-insensitive).
         * @example @email.com
         */
        Email: string;
        /**
         * @description ID of the user.
         * @example 2453
         */
        UserId: number;
        /**
         * @description Only records of these users: `current` for the authenticated user, one user ID, or several (an array, sent
         *     comma-separated: `user_id=211,212`).
         * @example current
         */
        UserIdFilter: components["schemas"]["TimeEntryUserFilter"];
        /**
         * @description Only records of these projects: one project ID, or several (an array, sent comma-separated:
         *     `project_id=88309,88310`).
         * @example 88309
         */
        ProjectIdFilter: components["schemas"]["IdFilter"];
        /**
         * @description Only records of these services: one service ID, or several (an array, sent comma-separated:
         *     `service_id=12984,12985`).
         * @example [
         *       12984,
         *       12985
         *     ]
         */
        ServiceIdFilter: components["schemas"]["IdFilter"];
        /**
         * @description ID of the time entry.
         * @example 36159117
         */
        TimeEntryId: number;
        /**
         * @description ID of the bookmark.
         * @example 79133
         */
        BookmarkId: number;
    };
    requestBodies: {
        /** @description The attributes to change, wrapped in `customer`. */
        CustomerUpdate: {
            content: {
                "application/json": components["schemas"]["CustomerUpdateRequest"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        /** @description The attributes to change, wrapped in `project`. */
        ProjectUpdate: {
            content: {
                "application/json": components["schemas"]["ProjectUpdateRequest"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        /** @description The attributes to change, wrapped in `service`. */
        ServiceUpdate: {
            content: {
                "application/json": components["schemas"]["ServiceUpdateRequest"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        /**
         * @description The attributes to change, wrapped in `time_entry`. A locked entry needs `force: true`, which only admins
         *     and the account owner may send.
         */
        TimeEntryUpdate: {
            content: {
                "application/json": components["schemas"]["TimeEntryUpdateRequest"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
    };
    headers: {
        /**
         * @description Version tag of the representation (mite sends a weak tag). Send it back as `If-None-Match` to get
         *     `304 Not Modified` instead of the body when nothing changed.
         * @example W/"5b2e64b220c6e3f96533301076dc2421"
         */
        ETag: string;
        /**
         * @description Undocumented by mite: the URL of a change feed of this list (`/<resource>/changes/<token>.<format>`).
         *     Observed on real list responses; treat it as opaque and do not rely on it.
         * @example https://demo.mite.de/customers/changes/V3pFeE56YzRPU3d4TERFME1UVXdOVFl3TjEwPS0tMjUyNzhk.json
         */
        XChangesLink: string;
        /**
         * @description URL of the new record, in the format of the request (`.json` or `.xml`); the example is a new customer's.
         * @example https://demo.mite.de/customers/544.json
         */
        Location: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getMyself: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
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
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
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
                    Location: components["headers"]["Location"];
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
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
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
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /**
                 * @description Only records whose name contains this text (case-insensitive).
                 * @example inc
                 */
                name?: components["parameters"]["Name"];
                /**
                 * @description Only records of these customers: one customer ID, or several (an array, sent comma-separated:
                 *     `customer_id=291,292`).
                 * @example 291
                 */
                customer_id?: components["parameters"]["CustomerIdFilter"];
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
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
            /** @description The projects, each wrapped in `project`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createProject: {
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
                "application/json": components["schemas"]["ProjectCreateRequest"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description ID of the project.
                 * @example 643
                 */
                id: components["parameters"]["ProjectId"];
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
            /** @description The project. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 643
                 */
                id: components["parameters"]["ProjectId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ProjectUpdate"];
        responses: {
            200: components["responses"]["Updated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 643
                 */
                id: components["parameters"]["ProjectId"];
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
            422: components["responses"]["ProjectHasTimeEntries"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 643
                 */
                id: components["parameters"]["ProjectId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ProjectUpdate"];
        responses: {
            200: components["responses"]["Updated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listArchivedProjects: {
        parameters: {
            query?: {
                /**
                 * @description Only records whose name contains this text (case-insensitive).
                 * @example inc
                 */
                name?: components["parameters"]["Name"];
                /**
                 * @description Only records of these customers: one customer ID, or several (an array, sent comma-separated:
                 *     `customer_id=291,292`).
                 * @example 291
                 */
                customer_id?: components["parameters"]["CustomerIdFilter"];
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
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
            /** @description The archived projects, each wrapped in `project`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listServices: {
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
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
            /** @description The services, each wrapped in `service`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createService: {
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
                "application/json": components["schemas"]["ServiceCreateRequest"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description ID of the service.
                 * @example 38672
                 */
                id: components["parameters"]["ServiceId"];
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
            /** @description The service. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the service.
                 * @example 38672
                 */
                id: components["parameters"]["ServiceId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ServiceUpdate"];
        responses: {
            200: components["responses"]["Updated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    deleteService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the service.
                 * @example 38672
                 */
                id: components["parameters"]["ServiceId"];
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
            422: components["responses"]["ServiceHasTimeEntries"];
        };
    };
    updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the service.
                 * @example 38672
                 */
                id: components["parameters"]["ServiceId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ServiceUpdate"];
        responses: {
            200: components["responses"]["Updated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listArchivedServices: {
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
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
            /** @description The archived services, each wrapped in `service`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Only records whose name contains this text (case-insensitive).
                 * @example inc
                 */
                name?: components["parameters"]["Name"];
                /**
                 * @description Only users whose email address contains this text (case-insensitive).
                 * @example @email.com
                 */
                email?: components["parameters"]["Email"];
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
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
            /** @description The users, each wrapped in `user`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description ID of the user.
                 * @example 2453
                 */
                id: components["parameters"]["UserId"];
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
            /** @description The user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listArchivedUsers: {
        parameters: {
            query?: {
                /**
                 * @description Only records whose name contains this text (case-insensitive).
                 * @example inc
                 */
                name?: components["parameters"]["Name"];
                /**
                 * @description Only users whose email address contains this text (case-insensitive).
                 * @example @email.com
                 */
                email?: components["parameters"]["Email"];
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
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
            /** @description The archived users, each wrapped in `user`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listTimeEntries: {
        parameters: {
            query?: {
                /**
                 * @description Only records of these users: `current` for the authenticated user, one user ID, or several (an array, sent
                 *     comma-separated: `user_id=211,212`).
                 * @example current
                 */
                user_id?: components["parameters"]["UserIdFilter"];
                /**
                 * @description Only records of these customers: one customer ID, or several (an array, sent comma-separated:
                 *     `customer_id=291,292`).
                 * @example 291
                 */
                customer_id?: components["parameters"]["CustomerIdFilter"];
                /**
                 * @description Only records of these projects: one project ID, or several (an array, sent comma-separated:
                 *     `project_id=88309,88310`).
                 * @example 88309
                 */
                project_id?: components["parameters"]["ProjectIdFilter"];
                /**
                 * @description Only records of these services: one service ID, or several (an array, sent comma-separated:
                 *     `service_id=12984,12985`).
                 * @example [
                 *       12984,
                 *       12985
                 *     ]
                 */
                service_id?: components["parameters"]["ServiceIdFilter"];
                /**
                 * @description Only entries whose note contains this text. Not together with `note[]`, which Rails reads into the same parameter.
                 * @example authentication
                 */
                note?: string;
                /**
                 * @description Only entries whose note contains any of these texts (the parameter repeated, OR-ed). Not together with `note`.
                 * @example [
                 *       "authentication",
                 *       "review"
                 *     ]
                 */
                "note[]"?: string[];
                /**
                 * @description Only entries of this day or period.
                 * @example this_week
                 */
                at?: components["schemas"]["TimeEntryDateFilter"];
                /**
                 * @description Only entries on or after this day (or the start of this period).
                 * @example 2015-10-01
                 */
                from?: components["schemas"]["TimeEntryDateFilter"];
                /**
                 * @description Only entries on or before this day (or the end of this period).
                 * @example 2015-10-31
                 */
                to?: components["schemas"]["TimeEntryDateFilter"];
                /**
                 * @description Only billable (`true`) or only non-billable (`false`) entries.
                 * @example true
                 */
                billable?: boolean;
                /**
                 * @description Only locked (`true`) or only unlocked (`false`) entries.
                 * @example false
                 */
                locked?: boolean;
                /**
                 * @description Only entries a tracker runs on (`true`), or only the others (`false`).
                 * @example true
                 */
                tracking?: boolean;
                /**
                 * @description What to sort by (default `date`).
                 * @example minutes
                 */
                sort?: "date" | "user" | "customer" | "project" | "service" | "note" | "minutes" | "revenue";
                /**
                 * @description Sort direction. Default `desc` for `date`, `minutes` and `revenue`, `asc` for the others.
                 * @example asc
                 */
                direction?: "asc" | "desc";
                /**
                 * @description Answer with totals per group instead of entries: one or more groupings, comma-separated on the wire
                 *     (`project,month`); the order is the order of the groups.
                 * @example project,month
                 */
                group_by?: components["schemas"]["TimeEntryGrouping"][] | string;
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
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
            /**
             * @description Without `group_by` the entries, each wrapped in `time_entry`; with it the groups, each wrapped in
             *     `time_entry_group`.
             */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"][] | components["schemas"]["TimeEntryGroupEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTimeEntry: {
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
                "application/json": components["schemas"]["TimeEntryCreateRequest"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description ID of the time entry.
                 * @example 36159117
                 */
                id: components["parameters"]["TimeEntryId"];
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
            /** @description The time entry. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the time entry.
                 * @example 36159117
                 */
                id: components["parameters"]["TimeEntryId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TimeEntryUpdate"];
        responses: {
            200: components["responses"]["Updated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["TimeEntryLocked"];
        };
    };
    deleteTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the time entry.
                 * @example 36159117
                 */
                id: components["parameters"]["TimeEntryId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        /** @description Only to delete a locked entry; `force` travels inside `time_entry`, as for updates. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TimeEntryDeleteRequest"];
                "application/xml": components["schemas"]["RailsXml"];
            };
        };
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
            422: components["responses"]["TimeEntryLocked"];
        };
    };
    updateTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the time entry.
                 * @example 36159117
                 */
                id: components["parameters"]["TimeEntryId"];
                /**
                 * @description Representation of request and response: `json` or `xml` (Rails-style XML). The punchclock client fills
                 *     this in from its `format` option; you write paths without the suffix.
                 * @example json
                 */
                format: components["parameters"]["Format"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TimeEntryUpdate"];
        responses: {
            200: components["responses"]["Updated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["TimeEntryLocked"];
        };
    };
    listBookmarks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
            /** @description The bookmarks, each wrapped in `bookmark`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookmarkEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getBookmark: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description ID of the bookmark.
                 * @example 79133
                 */
                id: components["parameters"]["BookmarkId"];
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
            /** @description The bookmark. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookmarkEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    followBookmark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the bookmark.
                 * @example 79133
                 */
                id: components["parameters"]["BookmarkId"];
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
            /** @description Found; the list is at `Location`. */
            302: {
                headers: {
                    /**
                     * @description The time-entries list with the bookmark's filters, in the format of the request.
                     * @example https://demo.mite.de/time_entries.json?project_id=21243&at=this_week
                     */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listDailyTimeEntries: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
            /** @description The entries, each wrapped in `time_entry`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listDailyTimeEntriesOfDate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description Year of the day, four digits.
                 * @example 2015
                 */
                year: number;
                /**
                 * @description Month of the day, 1 to 12 (mite's own links do not zero-pad).
                 * @example 10
                 */
                month: number;
                /**
                 * @description Day of the month, 1 to 31.
                 * @example 16
                 */
                day: number;
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
            /** @description The entries, each wrapped in `time_entry`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Changes-Link": components["headers"]["XChangesLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryEnvelope"][];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getTracker: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of a representation already held: mite answers `304 Not Modified` without a body when it is still
                 *     current. The punchclock client's `cache` option sends it by itself.
                 * @example W/"5b2e64b220c6e3f96533301076dc2421"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
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
            /** @description The tracker. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackerEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
        };
    };
    startTrackerWithPut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the time entry.
                 * @example 36159117
                 */
                id: components["parameters"]["TimeEntryId"];
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
            200: components["responses"]["TrackerStarted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    stopTracker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the time entry.
                 * @example 36159117
                 */
                id: components["parameters"]["TimeEntryId"];
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
            /** @description The tracker, stopped; `stopped_time_entry` is the entry it ran on. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackerEnvelope"];
                    "application/xml": components["schemas"]["RailsXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    startTracker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the time entry.
                 * @example 36159117
                 */
                id: components["parameters"]["TimeEntryId"];
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
            200: components["responses"]["TrackerStarted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
