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
         *
         *     Since Kimai 2.0.0.
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
         *
         *     Since Kimai 2.0.0.
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
         * @description Returns all customers the user may see, unpaginated, as `CustomerCollection` items. With `full=1` and the
         *     `details_customer` permission every item also carries the address fields (`CustomerCollectionFull`); without
         *     that permission `full=1` is silently ignored. Narrow the items with `"vatId" in customer`, or cast the result to
         *     `CustomerCollectionFull[]` when you know the permission is granted. Lists never carry budget fields.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Creates a customer and returns it (200, not 201). Needs the `create_customer` permission. Only `name` is
         *     required; Kimai fills country, currency, language and time zone with its defaults and generates a number.
         *
         *     Since Kimai 2.0.0.
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
         * @description Returns one customer with all details, including budget fields. Needs view permission on the customer.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /**
         * Delete a customer
         * @description **Destructive**: deletes the customer with ALL its projects, activities and timesheets. Needs delete
         *     permission on the customer. Prefer `PATCH` with `{"visible": false}`.
         *
         *     Since Kimai 2.25.0.
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /**
         * Update a customer
         * @description Changes the fields that are sent and returns the customer. Needs edit permission on the customer. To retire a
         *     customer, send `{"visible": false}` rather than deleting it. Teams cannot be changed here.
         *
         *     Since Kimai 2.0.0.
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
         * @description Sets the value of one custom field (meta field) configured for customers and returns the customer. Needs edit
         *     permission on the customer. Both `name` and `value` are required (400 without them); a name that is not a configured
         *     custom field is answered with 404, like an unknown customer ID.
         *
         *     Since Kimai 2.0.0.
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
         * @description Returns the customer's hourly and fixed rates. Needs edit permission on the customer.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listCustomerRates"];
        put?: never;
        /**
         * Add a rate to a customer
         * @description Adds a rate, for everyone or for one user, and returns it (200, not 201). Needs edit permission on the customer.
         *
         *     Since Kimai 2.0.0.
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
                rateId: components["parameters"]["RateId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a rate of a customer
         * @description Removes one rate of the customer. Needs edit permission on the customer; a rate of another customer is answered with 404.
         *
         *     Since Kimai 2.0.0.
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
         * @description Returns the customer's comments, pinned ones first. Needs view and `comments_customer` permission on the customer.
         *
         *     Since Kimai 2.57.0.
         */
        get: operations["listCustomerComments"];
        put?: never;
        /**
         * Comment on a customer
         * @description Adds a comment (Markdown) as the current user and returns it (200, not 201). Needs view and `comments_customer`
         *     permission on the customer.
         *
         *     Since Kimai 2.57.0.
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
         * @description Removes one comment. Needs view, edit and `comments_customer` permission on the customer. A comment that belongs to
         *     another customer is answered with 403.
         *
         *     Since Kimai 2.57.0.
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
         * Pin or unpin a comment of a customer
         * @description Toggles the `pinned` flag of the comment and returns it. Sends no body. Needs view, edit and `comments_customer`
         *     permission on the customer; a comment of another customer is answered with 403.
         *
         *     Since Kimai 2.57.0.
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
         * @description Added in Kimai 2.58 and removed in 2.65: the route still exists but answers 410 Gone to every caller, for
         *     any ID. Create the team with `POST /api/teams` and grant it the customer with
         *     `POST /api/teams/{id}/customers/{customerId}` instead.
         *
         *     Since Kimai 2.58.0.
         */
        post: operations["createCustomerTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Returns the projects the user may see, unpaginated, as `ProjectCollection` items (no budget fields).
         *     **By default only projects that run today are listed**: without `start`, `end` and `ignoreDates`, Kimai
         *     filters by the current date, so projects whose `end` is in the past or whose `start` is in the future are
         *     missing. Send `ignoreDates=1` to list them all. Filtering by a customer the user cannot access is answered
         *     with 403.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Creates a project for a customer and returns it (200, not 201). Needs the `create_project` permission.
         *     `name` and `customer` are required; dates are plain `YYYY-MM-DD` here (unlike in `PATCH`).
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Fetch a project
         * @description Returns one project with all details, including the budget fields (since Kimai 2.66 only those the user may
         *     see). Needs view permission on the project.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description **Destructive**: deletes the project with ALL its activities and timesheets. Needs delete permission on the
         *     project. Prefer `PATCH` with `{"visible": false}`.
         *
         *     Since Kimai 2.25.0.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Changes the fields that are sent and returns the project. Needs edit permission on the project. Dates must be
         *     sent as `YYYY-MM-DDTHH:mm:ss` here (Kimai parses them differently than on create). To retire a project, send
         *     `{"visible": false}` rather than deleting it. Teams cannot be changed here.
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/api/projects/{id}/meta": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
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
         * Set a custom field of a project
         * @description Sets the value of one custom field (meta field) configured for projects and returns the project. Needs edit
         *     permission on the project. Both `name` and `value` are required (400 without them); a name that is not a configured
         *     custom field is answered with 404, like an unknown project ID.
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["setProjectMeta"];
        trace?: never;
    };
    "/api/projects/{id}/rates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the rates of a project
         * @description Returns the project's hourly and fixed rates. Needs edit permission on the project.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listProjectRates"];
        put?: never;
        /**
         * Add a rate to a project
         * @description Adds a rate, for everyone or for one user, and returns it (200, not 201). Needs edit permission on the project.
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["addProjectRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/rates/{rateId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the rate.
                 * @example 7
                 */
                rateId: components["parameters"]["RateId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a rate of a project
         * @description Removes one rate of the project. Needs edit permission on the project; a rate of another project is answered with 404.
         *
         *     Since Kimai 2.0.0.
         */
        delete: operations["deleteProjectRate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the comments of a project
         * @description Returns the project's comments, pinned ones first. Needs view and `comments_project` permission on the project.
         *
         *     Since Kimai 2.57.0.
         */
        get: operations["listProjectComments"];
        put?: never;
        /**
         * Comment on a project
         * @description Adds a comment (Markdown) as the current user and returns it (200, not 201). Needs view and `comments_project`
         *     permission on the project.
         *
         *     Since Kimai 2.57.0.
         */
        post: operations["addProjectComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
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
         * Delete a comment of a project
         * @description Removes one comment. Needs view, edit and `comments_project` permission on the project. A comment that belongs to
         *     another project is answered with 403.
         *
         *     Since Kimai 2.57.0.
         */
        delete: operations["deleteProjectComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/comments/{commentId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
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
         * Pin or unpin a comment of a project
         * @description Toggles the `pinned` flag of the comment and returns it. Sends no body. Needs view, edit and `comments_project`
         *     permission on the project; a comment of another project is answered with 403.
         *
         *     Since Kimai 2.57.0.
         */
        patch: operations["toggleProjectCommentPin"];
        trace?: never;
    };
    "/api/projects/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a project
         * @description Creates a copy of the project with its teams, rates, custom field values and activities (including their
         *     rates and custom fields) and returns the new project with 201. Sends no body. Added after Kimai 2.65 and
         *     internal (used by Kimai's own UI), so it may change without notice.
         *
         *     Since Kimai 2.66.0.
         */
        post: operations["duplicateProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a default team for a project (removed)
         * @deprecated
         * @description Added in Kimai 2.58 and removed in 2.65: the route still exists but answers 410 Gone to every caller, for
         *     any ID. Create the team with `POST /api/teams` and grant it the project with
         *     `POST /api/teams/{id}/projects/{projectId}` instead.
         *
         *     Since Kimai 2.58.0.
         */
        post: operations["createProjectTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activities
         * @description Returns the activities the user may see, unpaginated, as `ActivityCollection` items (no budget fields):
         *     project activities and global activities (`project: null`). Filtering by a project the user cannot access is
         *     answered with 403.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listActivities"];
        put?: never;
        /**
         * Create an activity
         * @description Creates an activity and returns it (200, not 201). Needs the `create_activity` permission. Only `name` is
         *     required; without `project` the activity is global (usable in every project that allows global activities).
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
            };
            cookie?: never;
        };
        /**
         * Fetch an activity
         * @description Returns one activity with all details, including budget fields. Needs view permission on the activity.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        /**
         * Delete an activity
         * @description **Destructive**: deletes the activity with ALL its timesheets. Needs delete permission on the activity. Prefer
         *     `PATCH` with `{"visible": false}`.
         *
         *     Since Kimai 2.25.0.
         */
        delete: operations["deleteActivity"];
        options?: never;
        head?: never;
        /**
         * Update an activity
         * @description Changes the fields that are sent and returns the activity. Needs edit permission on the activity. `project`
         *     can only be changed for activities that belong to a project (a global activity stays global). To retire an
         *     activity, send `{"visible": false}` rather than deleting it. Teams cannot be changed here.
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["updateActivity"];
        trace?: never;
    };
    "/api/activities/{id}/meta": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
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
         * Set a custom field of an activity
         * @description Sets the value of one custom field (meta field) configured for activities and returns the activity. Needs edit
         *     permission on the activity. Both `name` and `value` are required (400 without them); a name that is not a configured
         *     custom field is answered with 404, like an unknown activity ID.
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["setActivityMeta"];
        trace?: never;
    };
    "/api/activities/{id}/rates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
            };
            cookie?: never;
        };
        /**
         * List the rates of an activity
         * @description Returns the activity's hourly and fixed rates. Needs edit permission on the activity.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listActivityRates"];
        put?: never;
        /**
         * Add a rate to an activity
         * @description Adds a rate, for everyone or for one user, and returns it (200, not 201). Needs edit permission on the activity.
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["addActivityRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}/rates/{rateId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
                /**
                 * @description ID of the rate.
                 * @example 7
                 */
                rateId: components["parameters"]["RateId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a rate of an activity
         * @description Removes one rate of the activity. Needs edit permission on the activity; a rate of another activity is answered with 404.
         *
         *     Since Kimai 2.0.0.
         */
        delete: operations["deleteActivityRate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a default team for an activity (removed)
         * @deprecated
         * @description Added in Kimai 2.58 and removed in 2.65: the route still exists but answers 410 Gone to every caller, for
         *     any ID. Create the team with `POST /api/teams` and grant it the activity with
         *     `POST /api/teams/{id}/activities/{activityId}` instead.
         *
         *     Since Kimai 2.58.0.
         */
        post: operations["createActivityTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timesheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List timesheets
         * @description Returns the timesheets the filters select, **paginated** (default 50 per page, newest first). The
         *     `X-Page`, `X-Per-Page`, `X-Total-Count` and `X-Total-Pages` headers give the position; a page past the last
         *     is answered with 404, so stop at `X-Total-Pages` (`kimai.paginate("/api/timesheets")` does).
         *
         *     Without `user`/`users[]` only your own records are listed. Filters of one kind are OR-ed (`projects[]=1&projects[]=2`),
         *     different kinds AND-ed; the single-value forms (`project=1`) are simply added to the lists. A user, customer,
         *     project or activity you may not access is answered with 403, tag names of which none exists with 400.
         *
         *     With `full=true` the activity, project (with customer) and user are objects (`TimesheetCollectionFull`)
         *     instead of IDs (`TimesheetCollection`).
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listTimesheets"];
        put?: never;
        /**
         * Create a timesheet
         * @description Records time (with `end`) or starts a running timesheet (without `end`) for you, or for another user with
         *     `user`. Answers 200 (not 201) with the new record; with `full=true` as `TimesheetExpanded` (objects instead
         *     of IDs). Kimai's rules apply: a running timesheet beyond the configured limit of active records, overlapping
         *     or future records (when not allowed) and a hidden project or activity are rejected with 400. Since Kimai 2.66
         *     a record that begins in its project's locked period (the project's `lockedUntil`) is rejected with 400 too
         *     (error code `kimai-timesheet-project-locked-01`, at `begin_date`).
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["createTimesheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timesheets/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your running timesheets
         * @description Returns your own running timesheets (those without `end`), with activity, project and user as objects.
         *     Not paginated; usually one record, at most the instance's `activeEntriesHardLimit`.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listActiveTimesheets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timesheets/recent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your recent work
         * @description Returns your latest record of each recently used customer/project/activity combination, newest first:
         *     the entries a "start again" menu offers. Activity, project and user are objects. Not paginated.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listRecentTimesheets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timesheets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        /**
         * Fetch a timesheet
         * @description Returns one timesheet with its amounts and its fixed and hourly rate; project, activity and user as IDs.
         *     Since Kimai 2.66 the amounts and rates are left out for users who may not see the record's rates.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["getTimesheet"];
        put?: never;
        post?: never;
        /**
         * Delete a timesheet
         * @description Deletes the timesheet. Exported records can only be deleted by users allowed to edit exported timesheets
         *     (403 otherwise), and since Kimai 2.66 records in their project's locked period (`lockedUntil`) by none (403).
         *
         *     Since Kimai 2.0.0.
         */
        delete: operations["deleteTimesheet"];
        options?: never;
        head?: never;
        /**
         * Update a timesheet
         * @description Changes the fields that are sent and returns the timesheet; rates are recalculated. Exported records can
         *     only be changed by users allowed to edit exported timesheets (403 otherwise). Since Kimai 2.66 a record in
         *     its project's locked period (the project's `lockedUntil`) cannot be changed or deleted (403), nor moved into
         *     one (400).
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["updateTimesheet"];
        trace?: never;
    };
    "/api/timesheets/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
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
         * Duplicate a timesheet
         * @description Creates a copy of the timesheet (same user, times, rates, tags and custom fields) that is not exported, and
         *     returns the copy. Answers 200 with the new record.
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["duplicateTimesheet"];
        trace?: never;
    };
    "/api/timesheets/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
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
         * Toggle the exported flag of a timesheet
         * @description Flips `exported`: marks the record as exported (which locks it against changes) or unlocks it again, and
         *     returns it. Needs the `edit_export_*_timesheet` permission; unlocking an exported record also needs
         *     `edit_exported_timesheet`.
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["toggleTimesheetExport"];
        trace?: never;
    };
    "/api/timesheets/{id}/meta": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
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
         * Set a custom field of a timesheet
         * @description Sets the value of a custom field (meta field) configured for timesheets and returns the timesheet. A name that
         *     is not a configured field is answered with 404, a body without `name` with 400.
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["setTimesheetMeta"];
        trace?: never;
    };
    "/api/timesheets/{id}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
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
         * Start a new timesheet like this one
         * @description Starts a new running timesheet for **you** with the project and activity of this one (and, with
         *     `copy: all`, its description, tags, billable flag and custom fields) and returns the new record. Kimai first
         *     tries to stop your running records, which may fail depending on the instance's rules (400).
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["restartTimesheet"];
        trace?: never;
    };
    "/api/timesheets/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
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
         * Stop a running timesheet
         * @description Ends a running timesheet now and returns it with its duration and rate. The instance's rules apply, e.g. a
         *     maximum duration (400).
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["stopTimesheet"];
        trace?: never;
    };
    "/api/favorites/timesheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your favorite timesheets
         * @description Returns the timesheets you marked as favorites (templates to start a new record from), newest favorite first,
         *     with activity, project and user as objects. `rate` and `internalRate` are only included when you may see the
         *     rates of the record. Needs the `start_own_timesheet` permission.
         *
         *     Since Kimai 2.66.0.
         */
        get: operations["listFavoriteTimesheets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/favorites/timesheets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a timesheet to your favorites
         * @description Marks one of your own timesheets as a favorite. Adding a favorite again changes nothing; Kimai keeps only a few
         *     favorites per user and drops the oldest one when a new one needs room. Someone else's timesheet is answered
         *     with 403. Needs the `start_own_timesheet` permission.
         *
         *     Since Kimai 2.66.0.
         */
        post: operations["addFavoriteTimesheet"];
        /**
         * Remove a timesheet from your favorites
         * @description Removes one of your own timesheets from your favorites; removing a timesheet that is no favorite is not an
         *     error. Someone else's timesheet is answered with 403.
         *
         *     Since Kimai 2.66.0.
         */
        delete: operations["removeFavoriteTimesheet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/config/timesheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the timesheet settings
         * @description Returns the instance's timesheet settings: the tracking mode (which decides whether `begin`/`end` may be sent
         *     when creating timesheets), the default begin time, the limit of running records, and whether future and
         *     overlapping records are allowed. Any authenticated user with API access may read them.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["getTimesheetConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Returns the users the current user may see, unpaginated. Filter by visibility and a search term;
         *     `full=true` returns every user with all details (supervisor, teams, roles, preferences), like
         *     `GET /api/users/{id}`. Needs the `view_user` permission.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user and returns it (200, not 201). Needs the `create_user` permission; `roles` also needs
         *     the permission to assign roles. The new user is disabled unless `enabled: true` is sent.
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the current user
         * @description Returns the authenticated user with all details. Every API user may call it.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example 2
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Fetch a user
         * @description Returns one user with supervisor, teams, roles and preferences. Everyone may fetch their own
         *     account; other users need the permission to view that user.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Changes the fields that are sent and returns the user; `roles` replaces all roles. Needs the permission
         *     to edit this user. Which fields exist depends on your permissions (see `UserEditForm`): `roles`,
         *     `supervisor`, `requiresPasswordReset` and the language, locale and time zone need extra permissions,
         *     and `enabled` cannot be sent for your own account. The username and password cannot be changed.
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/users/{id}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example 2
                 */
                id: components["parameters"]["UserId"];
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
         * Set user preferences
         * @description Sets the values of existing preferences (settings and custom user fields) by name and returns the user.
         *     Preferences cannot be created this way. Needs the permission to edit this user.
         *
         *     Since Kimai 2.40.0.
         */
        patch: operations["updateUserPreferences"];
        trace?: never;
    };
    "/api/users/api-token/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the API token (access token).
                 * @example 3
                 */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an API token
         * @description Deletes (revokes) an API token. You need the permission to use API tokens yourself and to manage the
         *     tokens of the token's owner (normally: it is your own token). Answers 200 with the JSON body `null`
         *     (Kimai serializes the empty view, as it serializes nulls).
         *
         *     Since Kimai 2.14.0.
         */
        delete: operations["deleteApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the (custom) role.
                 * @example 2
                 */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a role
         * @description Deletes a custom user role (added after Kimai 2.65; internal, used by the role administration screen).
         *     Needs the permission to manage roles and permissions.
         *
         *     Since Kimai 2.66.0.
         */
        delete: operations["deleteUserRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description Returns the teams visible to the current user, unpaginated. Needs the `view_team` permission.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create a team
         * @description Creates a team with its members and returns it (200, not 201). Needs the `create_team` permission.
         *     Grant access to customers, projects and activities afterwards with the `/api/teams/{id}/...` routes.
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /**
         * Fetch a team
         * @description Returns one team with its members and the customers, projects and activities it has access to.
         *     Needs the `view_team` permission.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete a team
         * @description Deletes the team; its users, customers, projects and activities are kept. Needs the permission to
         *     delete this team.
         *
         *     Since Kimai 2.0.0.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /**
         * Update a team
         * @description Changes the fields that are sent and returns the team. Sending `members` replaces ALL members with
         *     the given list. Needs the permission to edit this team.
         *
         *     Since Kimai 2.0.0.
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/api/teams/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the user.
                 * @example 2
                 */
                userId: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member to a team
         * @description Adds the user as a regular member (not team lead) and returns the team.
         *     Needs the permission to edit the team and access to the user (`access_user`).
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["addTeamMember"];
        /**
         * Remove a member from a team
         * @description Removes the user from the team and returns it.
         *     Needs the permission to edit the team.
         *
         *     Since Kimai 2.0.0.
         */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                customerId: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a team access to a customer
         * @description Restricts the customer to its teams, this one included, and returns the team.
         *     Needs the permission to edit the team and the `permissions` permission on the customer.
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["grantTeamCustomer"];
        /**
         * Revoke a team's access to a customer
         * @description Removes the customer from the team and returns the team; a customer without teams is visible to everyone.
         *     Needs the permission to edit the team and the `permissions` permission on the customer.
         *
         *     Since Kimai 2.0.0.
         */
        delete: operations["revokeTeamCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                projectId: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a team access to a project
         * @description Restricts the project to its teams, this one included, and returns the team.
         *     Needs the permission to edit the team and the `permissions` permission on the project.
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["grantTeamProject"];
        /**
         * Revoke a team's access to a project
         * @description Removes the project from the team and returns the team; a project without teams is visible to everyone.
         *     Needs the permission to edit the team and the `permissions` permission on the project.
         *
         *     Since Kimai 2.0.0.
         */
        delete: operations["revokeTeamProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the activity.
                 * @example 8
                 */
                activityId: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a team access to an activity
         * @description Restricts the activity to its teams, this one included, and returns the team.
         *     Needs the permission to edit the team and the `permissions` permission on the activity.
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["grantTeamActivity"];
        /**
         * Revoke a team's access to an activity
         * @description Removes the activity from the team and returns the team; an activity without teams is visible to everyone.
         *     Needs the permission to edit the team and the `permissions` permission on the activity.
         *
         *     Since Kimai 2.0.0.
         */
        delete: operations["revokeTeamActivity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tag names (deprecated)
         * @deprecated
         * @description Returns the names of the tags as plain strings, sorted by name, optionally only those containing `name`.
         *     Deprecated and internal: use `GET /api/tags/find`, which returns complete tags.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listTagNames"];
        put?: never;
        /**
         * Create a tag
         * @description Creates a tag and returns it (200, not 201). Needs the `manage_tag` or `create_tag` permission.
         *
         *     Since Kimai 2.0.0.
         */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags/find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find tags
         * @description Returns the complete tags whose name contains `name`. Without `name` the answer is always an empty list.
         *
         *     Since Kimai 2.18.0.
         */
        get: operations["findTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the tag.
                 * @example 5
                 */
                id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a tag
         * @description Deletes the tag and removes it from all timesheets. Needs the `delete_tag` permission.
         *
         *     Since Kimai 2.0.0.
         */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/config/colors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the configured colors
         * @description Returns the colors an administrator configured for the color pickers (customers, projects, activities,
         *     users, teams, tags), as an object from color name to HTML hex code. Any authenticated user with API access
         *     may read it.
         *
         *     Since Kimai 2.18.0.
         */
        get: operations["getColorConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List installed plugins
         * @description Returns the plugins installed in the instance with their versions; an empty list when there are none.
         *     Any authenticated user may read it.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listPlugins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description Returns one page of the invoice archive, newest first, filtered by invoice date, customers and status.
         *     The list is **paginated**: the `X-Page`, `X-Per-Page`, `X-Total-Count` and `X-Total-Pages` headers tell
         *     where the page stands; a page past the last one is answered with 404. Needs the `view_invoice`
         *     permission; invoices of customers the user cannot access are left out, and naming such a customer in
         *     `customers[]` is a 403.
         *
         *     Since Kimai 2.22.0.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invoice.
                 * @example 42
                 */
                id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /**
         * Fetch an invoice
         * @description Returns one invoice of the archive. Needs the `view_invoice` permission and access to the invoice's
         *     customer.
         *
         *     Since Kimai 2.22.0.
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        /**
         * Delete an invoice
         * @description **Destructive**: deletes the invoice together with its stored document. **Not in Kimai 2.65**: the route
         *     was added after that release (2.66.0-dev); a 2.65 server answers 405 Method Not Allowed. Needs the
         *     permission to delete invoices and access to the invoice's customer.
         *
         *     Since Kimai 2.66.0.
         */
        delete: operations["deleteInvoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/{id}/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invoice.
                 * @example 42
                 */
                id: components["parameters"]["InvoiceId"];
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
         * Set custom fields of an invoice
         * @description Sets the values of custom fields (meta fields) of an invoice and returns the invoice. Only fields that
         *     are configured for invoices (by plugins) can be set: an unknown name is a 404 and nothing is saved. An
         *     empty list changes nothing. Needs the `edit_invoice` permission and access to the invoice's customer.
         *
         *     Since Kimai 2.56.0.
         */
        patch: operations["setInvoiceCustomFields"];
        trace?: never;
    };
    "/api/invoices/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invoice.
                 * @example 42
                 */
                id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /**
         * Download the invoice document
         * @description Sends the document stored when the invoice was created, as an attachment named `invoiceFilename`. The
         *     body is **the file itself, not JSON**: its type depends on the invoice template the invoice was created
         *     with (PDF, HTML, DOCX, XLSX, ODS, CSV, text, JSON, or XML for e-invoices such as XRechnung), and the
         *     server derives the `Content-Type` from the file's content (text types get `; charset=UTF-8`; unknown
         *     content is `application/octet-stream`; office documents may come as `application/zip` when the server's
         *     libmagic does not know their container format). With openapi-fetch, pass `parseAs: "blob"` (or `"arrayBuffer"`,
         *     `"stream"`, `"text"`). Needs the `view_invoice` permission and access to the invoice's customer.
         *
         *     Since Kimai 2.56.0.
         */
        get: operations["downloadInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the uploaded invoice document.
                 * @example 3
                 */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an uploaded invoice document
         * @description **Internal** (used by Kimai's own UI): deletes an invoice document (a template file) that was uploaded
         *     in the invoice administration. **Not in Kimai 2.65**: the route was added after that release
         *     (2.66.0-dev), so this description follows the route list, not 2.65 code; a 2.65 server answers 404.
         *     Needs the permission to manage invoice templates.
         *
         *     Since Kimai 2.66.0.
         */
        delete: operations["deleteInvoiceDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invoice template.
                 * @example 2
                 */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an invoice template
         * @description **Internal** (used by Kimai's own UI): deletes an invoice template (the company, payment and document
         *     settings used to create invoices). **Not in Kimai 2.65**: the route was added after that release
         *     (2.66.0-dev), so this description follows the route list, not 2.65 code; a 2.65 server answers 404.
         *     Needs the permission to manage invoice templates.
         *
         *     Since Kimai 2.66.0.
         */
        delete: operations["deleteInvoiceTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/activity/{id}/{view}/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 7
                 */
                id: number;
                /**
                 * @description The page the menu is for, which decides the entries: `index` (the list), `custom` (the detail page),
                 *     `calendar` (timesheets only), or any other name a plugin understands.
                 * @example index
                 */
                view: components["parameters"]["ActionView"];
                /**
                 * @description Language to translate the entry titles to (`de`, `en`, `pt_BR`, ...).
                 * @example en
                 */
                locale: components["parameters"]["ActionLocale"];
            };
            cookie?: never;
        };
        /**
         * List the UI actions of an activity
         * @description **Internal** (used by Kimai's own UI): the entries of the action menu of one activity on the given page,
         *     with titles in the given language. Plugins can add entries. Needs permission to view the activity.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listActivityActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/customer/{id}/{view}/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: number;
                /**
                 * @description The page the menu is for, which decides the entries: `index` (the list), `custom` (the detail page),
                 *     `calendar` (timesheets only), or any other name a plugin understands.
                 * @example index
                 */
                view: components["parameters"]["ActionView"];
                /**
                 * @description Language to translate the entry titles to (`de`, `en`, `pt_BR`, ...).
                 * @example en
                 */
                locale: components["parameters"]["ActionLocale"];
            };
            cookie?: never;
        };
        /**
         * List the UI actions of a customer
         * @description **Internal** (used by Kimai's own UI): the entries of the action menu of one customer on the given page,
         *     with titles in the given language. Plugins can add entries. Needs permission to view the customer.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listCustomerActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/project/{id}/{view}/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: number;
                /**
                 * @description The page the menu is for, which decides the entries: `index` (the list), `custom` (the detail page),
                 *     `calendar` (timesheets only), or any other name a plugin understands.
                 * @example index
                 */
                view: components["parameters"]["ActionView"];
                /**
                 * @description Language to translate the entry titles to (`de`, `en`, `pt_BR`, ...).
                 * @example en
                 */
                locale: components["parameters"]["ActionLocale"];
            };
            cookie?: never;
        };
        /**
         * List the UI actions of a project
         * @description **Internal** (used by Kimai's own UI): the entries of the action menu of one project on the given page,
         *     with titles in the given language. Plugins can add entries. Needs permission to view the project.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listProjectActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/timesheet/{id}/{view}/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 12
                 */
                id: number;
                /**
                 * @description The page the menu is for, which decides the entries: `index` (the list), `custom` (the detail page),
                 *     `calendar` (timesheets only), or any other name a plugin understands.
                 * @example index
                 */
                view: components["parameters"]["ActionView"];
                /**
                 * @description Language to translate the entry titles to (`de`, `en`, `pt_BR`, ...).
                 * @example en
                 */
                locale: components["parameters"]["ActionLocale"];
            };
            cookie?: never;
        };
        /**
         * List the UI actions of a timesheet
         * @description **Internal** (used by Kimai's own UI): the entries of the action menu of one timesheet on the given page,
         *     with titles in the given language. Plugins can add entries. Needs permission to view the timesheet.
         *
         *     Since Kimai 2.0.0.
         */
        get: operations["listTimesheetActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the export template.
                 * @example 5
                 */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an export template
         * @description **Internal** (used by Kimai's own UI): deletes a saved export template (the column and renderer choice of
         *     the export screen). Needs the `create_export_template` permission.
         *
         *     Since Kimai 2.36.0.
         */
        delete: operations["deleteExportTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Reset the own dashboard
         * @description **Internal** (used by Kimai's own UI): removes the dashboard configuration of the current user, who sees
         *     the default dashboard afterwards. **Not in Kimai 2.65**: the route was added after that release
         *     (2.66.0-dev); a 2.65 server answers 404.
         *
         *     Since Kimai 2.66.0.
         */
        delete: operations["resetDashboard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/widgets/{widget}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a dashboard widget the user may see.
                 * @example userDurationWeek
                 */
                widget: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a widget to the own dashboard
         * @description **Internal** (used by Kimai's own UI): adds a widget to the dashboard of the current user; adding one
         *     that is already there changes nothing. An unknown widget, or one the user may not see, is a 404.
         *     **Not in Kimai 2.65**: the route was added after that release (2.66.0-dev); a 2.65 server answers 404.
         *
         *     Since Kimai 2.66.0.
         */
        post: operations["addDashboardWidget"];
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
            /**
             * @description One entry per form field, keyed by field name. The entries of a collection field (a team's `members`)
             *     are named `0`, `1`, ..., which PHP sends as a JSON array of nodes instead of an object.
             */
            children?: {
                [key: string]: components["schemas"]["FormErrors"];
            } | components["schemas"]["FormErrors"][];
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
            /** @description Its value, as stored (text; checkboxes as `"1"`/`"0"`); null when the field has no value. */
            value: string | null;
        };
        /** @description A team as embedded in other resources (customers, projects, activities, users) and as listed by `GET /api/teams`. */
        Team: {
            id: number;
            name: string;
            /** @description The assigned color in HTML hex format, or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
        };
        /**
         * @description Money budget (0 = none). Since Kimai 2.66 sent only to users allowed to see this record's money budget
         *     (in lists too, where Kimai 2.65 sends no budget fields).
         */
        Budget: number;
        /**
         * @description Time budget in seconds (0 = none). Since Kimai 2.66 sent only to users allowed to see this record's time
         *     budget (in lists too, where Kimai 2.65 sends no budget fields).
         */
        TimeBudget: number;
        /**
         * @description null for a budget over the whole lifetime, `month` for a monthly budget. Since Kimai 2.66 sent only to users
         *     allowed to see either budget of this record (in lists too, where Kimai 2.65 sends no budget fields).
         * @enum {string|null}
         */
        BudgetType: "month" | null;
        /**
         * @description A customer as listed by `GET /api/customers`: the fields of `Customer` plus its teams. Lists carry no
         *     address or contact fields: `full=1` adds the address (`CustomerCollectionFull`), and
         *     `GET /api/customers/{id}` returns everything (`CustomerEntity`). Kimai 2.65 sends no budget fields in
         *     lists; since 2.66 they are sent to users allowed to see them, as in `CustomerEntity`.
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
            /** @description Locale used for documents such as invoices (`de`, `en`, `pt_BR`). */
            language: string;
            /** @description ISO 4217 currency code. */
            currency: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            country: string;
            company: string | null;
            homepage: string | null;
            /** @description IANA time zone. */
            timezone: string;
            fax: string | null;
            mobile: string | null;
            phone: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["CustomerMeta"][];
            /** @description Teams with access to the customer; empty means everyone with the permission has access. */
            teams: components["schemas"]["Team"][];
            budget?: components["schemas"]["Budget"];
            timeBudget?: components["schemas"]["TimeBudget"];
            budgetType?: components["schemas"]["BudgetType"];
        };
        /**
         * @description A customer as listed by `GET /api/customers?full=1` when the user has the `details_customer` permission:
         *     `CustomerCollection` plus the address fields. Without that permission `full=1` is ignored.
         *     Since Kimai 2.66 the budget fields are sent too, to users allowed to see them (see `CustomerCollection`).
         */
        CustomerCollectionFull: {
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
            /** @description Locale used for documents such as invoices (`de`, `en`, `pt_BR`). */
            language: string;
            /** @description ISO 4217 currency code. */
            currency: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            country: string;
            company: string | null;
            homepage: string | null;
            /** @description IANA time zone. */
            timezone: string;
            fax: string | null;
            mobile: string | null;
            phone: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["CustomerMeta"][];
            /** @description Teams with access to the customer; empty means everyone with the permission has access. */
            teams: components["schemas"]["Team"][];
            /** @description VAT ID. */
            vatId: string | null;
            addressLine1: string | null;
            addressLine2: string | null;
            addressLine3: string | null;
            postCode: string | null;
            city: string | null;
            budget?: components["schemas"]["Budget"];
            timeBudget?: components["schemas"]["TimeBudget"];
            budgetType?: components["schemas"]["BudgetType"];
        };
        /**
         * @description Values of custom fields (meta fields) inside a create or update body, keyed by the field's name:
         *     `{"sector": {"value": "education"}}`. Only fields configured for this kind of entity exist in the form; any
         *     other name is answered with 400 "This form should not contain extra fields." Fields not sent keep their value.
         *     To set a single field, `PATCH .../{id}/meta` with `{name, value}` does the same.
         */
        MetaFieldsForm: {
            [key: string]: {
                /** @description The value, in the type the field is configured with (text, number, checkbox, choice, ...). */
                value?: string | number | boolean | null;
            };
        };
        /**
         * @description Body of `POST /api/customers`. Only `name` is required: Kimai fills `country`, `currency`, `language`
         *     and `timezone` with its defaults and generates a `number`. `teams` can only be set here.
         *     Fields the form does not have are rejected with 400 "This form should not contain extra fields."
         */
        CustomerCreateForm: {
            /** @description Name of the customer. */
            name: string;
            /** @description Customer number; Kimai generates one when it is not sent on create. */
            number?: string;
            /** @description Description (Markdown). */
            comment?: string | null;
            company?: string | null;
            /** @description VAT ID. */
            vatId?: string | null;
            /** @description Contact person. */
            contact?: string | null;
            addressLine1?: string | null;
            addressLine2?: string | null;
            addressLine3?: string | null;
            postCode?: string | null;
            city?: string | null;
            /** @description ISO 3166-1 alpha-2 country code. Default: the configured default country. */
            country?: string;
            /** @description A locale Kimai is translated to (`de`, `en`, `pt_BR`, ...), used for invoices. Default: `en`. */
            language?: string;
            /** @description ISO 4217 currency code. Default: the configured default currency (`EUR` unless changed). */
            currency?: string;
            phone?: string | null;
            fax?: string | null;
            mobile?: string | null;
            /** Format: email */
            email?: string | null;
            /** @description URL; `https://` is prepended when the scheme is missing. */
            homepage?: string | null;
            /** @description IANA time zone, e.g. `Europe/Berlin`. Default: the time zone of the user who creates it. */
            timezone?: string;
            /** @description Text printed on invoices. */
            invoiceText?: string | null;
            /** @description ID of the invoice template used for this customer. */
            invoiceTemplate?: number | null;
            /**
             * Format: email
             * @description Where invoices are sent.
             */
            invoiceEmail?: string | null;
            /** @description Buyer reference for e-invoices (XRechnung, ZUGFeRD). */
            buyerReference?: string | null;
            /**
             * @description IDs of the teams that may access the customer (empty = everyone). Only on create: change the
             *     teams of an existing customer with `POST`/`DELETE /api/teams/{id}/customers/{customerId}`.
             */
            teams?: number[];
            /**
             * @description HTML hex color (`#dd1d00`); empty or null = none (a color is then derived from the name). Must be one of the
             *     instance's theme colors (`GET /api/config/colors`) or the current color: the form is a choice list, any other
             *     value is answered with 400.
             */
            color?: string | null;
            /**
             * @description Money budget, a number or a numeric string such as `"999"` (0 = none).
             *     Only part of the form with the `budget_customer` permission (or its team variant); otherwise 400 (extra field).
             */
            budget?: number | string;
            /**
             * @description Time budget as a duration: `"01:30"` (hours:minutes), `"2h30m"`, or a decimal number of
             *     **hours** (`1.5`, `"10,25"` = 10.25 h). Stored as seconds (0 = none).
             *     Only part of the form with the `time_customer` permission (or its team variant); otherwise 400 (extra field).
             */
            timeBudget?: string | number;
            /**
             * @description `month` for a monthly budget; null (or not set) for a budget over the whole lifetime.
             *     Accepted when the user has the `budget_customer` or the `time_customer` permission.
             * @enum {string|null}
             */
            budgetType?: "month" | null;
            metaFields?: components["schemas"]["MetaFieldsForm"];
            /** @description Hidden customers (`false`) cannot get new timesheets (default `true`). */
            visible?: boolean;
            /** @description Default `true`. */
            billable?: boolean;
        };
        /**
         * @description A single customer with all its details (contact, address, invoicing, budget), as returned by
         *     `GET /api/customers/{id}`, `POST`, `PATCH` and `PATCH .../meta`.
         *     Since Kimai 2.66 the budget fields are sent only to users allowed to see them, checked per record:
         *     `budget` with the permission to see money budgets, `timeBudget` with the one for time budgets, and
         *     `budgetType` with either; otherwise they are absent.
         */
        CustomerEntity: {
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
            /** @description Locale used for documents such as invoices (`de`, `en`, `pt_BR`). */
            language: string;
            /** @description ISO 4217 currency code. */
            currency: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            country: string;
            company: string | null;
            homepage: string | null;
            /** @description IANA time zone. */
            timezone: string;
            fax: string | null;
            mobile: string | null;
            phone: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["CustomerMeta"][];
            /** @description Teams with access to the customer; empty means everyone with the permission has access. */
            teams: components["schemas"]["Team"][];
            /** @description Contact person. */
            contact: string | null;
            email: string | null;
            /** @description VAT ID. */
            vatId: string | null;
            addressLine1: string | null;
            addressLine2: string | null;
            addressLine3: string | null;
            postCode: string | null;
            city: string | null;
            /** @description Where invoices are sent. */
            invoiceEmail: string | null;
            /** @description Buyer reference for e-invoices (XRechnung, ZUGFeRD). */
            buyerReference: string | null;
            /**
             * @deprecated
             * @description Deprecated unstructured address of older data; use `addressLine1`-`3`, `postCode`, `city`.
             */
            address: string | null;
            budget?: components["schemas"]["Budget"];
            timeBudget?: components["schemas"]["TimeBudget"];
            budgetType?: components["schemas"]["BudgetType"];
        };
        /**
         * @description Body of `PATCH /api/customers/{id}`: any subset of the fields; fields not sent keep their value.
         *     `teams` is not part of this form (manage access with the `/api/teams/{id}/customers/...` routes).
         *     Fields the form does not have are rejected with 400 "This form should not contain extra fields."
         */
        CustomerEditForm: {
            /** @description Name of the customer. */
            name?: string;
            /** @description Customer number; Kimai generates one when it is not sent on create. */
            number?: string;
            /** @description Description (Markdown). */
            comment?: string | null;
            company?: string | null;
            /** @description VAT ID. */
            vatId?: string | null;
            /** @description Contact person. */
            contact?: string | null;
            /**
             * @description Deprecated unstructured address. Only accepted for customers that still have one (older
             *     data); for all others it is an extra field (400). Use `addressLine1`-`3`, `postCode`, `city`.
             */
            address?: string | null;
            addressLine1?: string | null;
            addressLine2?: string | null;
            addressLine3?: string | null;
            postCode?: string | null;
            city?: string | null;
            /** @description ISO 3166-1 alpha-2 country code. */
            country?: string;
            /** @description A locale Kimai is translated to (`de`, `en`, `pt_BR`, ...), used for invoices. */
            language?: string;
            /** @description ISO 4217 currency code. */
            currency?: string;
            phone?: string | null;
            fax?: string | null;
            mobile?: string | null;
            /** Format: email */
            email?: string | null;
            /** @description URL; `https://` is prepended when the scheme is missing. */
            homepage?: string | null;
            /** @description IANA time zone, e.g. `Europe/Berlin`. */
            timezone?: string;
            /** @description Text printed on invoices. */
            invoiceText?: string | null;
            /** @description ID of the invoice template used for this customer. */
            invoiceTemplate?: number | null;
            /**
             * Format: email
             * @description Where invoices are sent.
             */
            invoiceEmail?: string | null;
            /** @description Buyer reference for e-invoices (XRechnung, ZUGFeRD). */
            buyerReference?: string | null;
            /**
             * @description HTML hex color (`#dd1d00`); empty or null = none (a color is then derived from the name). Must be one of the
             *     instance's theme colors (`GET /api/config/colors`) or the current color: the form is a choice list, any other
             *     value is answered with 400.
             */
            color?: string | null;
            /**
             * @description Money budget, a number or a numeric string such as `"999"` (0 = none).
             *     Only part of the form with the `budget_customer` permission (or its team variant); otherwise 400 (extra field).
             */
            budget?: number | string;
            /**
             * @description Time budget as a duration: `"01:30"` (hours:minutes), `"2h30m"`, or a decimal number of
             *     **hours** (`1.5`, `"10,25"` = 10.25 h). Stored as seconds (0 = none).
             *     Only part of the form with the `time_customer` permission (or its team variant); otherwise 400 (extra field).
             */
            timeBudget?: string | number;
            /**
             * @description `month` for a monthly budget; null (or not set) for a budget over the whole lifetime.
             *     Accepted when the user has the `budget_customer` or the `time_customer` permission.
             * @enum {string|null}
             */
            budgetType?: "month" | null;
            metaFields?: components["schemas"]["MetaFieldsForm"];
            /** @description Hidden customers (`false`) cannot get new timesheets (default `true`). */
            visible?: boolean;
            /** @description Default `true`. */
            billable?: boolean;
        };
        /** @description Sets one configured custom field (`PATCH .../{id}/meta`). Unknown names are answered with 404. */
        MetaFieldForm: {
            /** @description Name of a custom field configured for this kind of entity. */
            name: string;
            /**
             * @description The value. Kimai stores it as text and takes any scalar (a checkbox field a boolean, a number field a
             *     number); null is refused with 400.
             */
            value: string | number | boolean;
        };
        /**
         * @description A user as embedded in other resources (team members, rates, comments, timesheets) and as listed by
         *     `GET /api/users`.
         */
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
            /** @description Up to two letters derived from the alias or username (Kimai always sends a string here). */
            initials: string | null;
            /** @description Job position or department. */
            title: string | null;
            /** @description Locale used to translate the UI. */
            language: string;
            /** @description Locale used to format numbers, money and dates. */
            locale: string;
            timezone: string;
        };
        /** @description An hourly or fixed rate of a customer, project or activity, optionally for one user only. */
        Rate: {
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
        /** @description A rate of a customer (the same shape for customers, projects and activities). */
        CustomerRate: components["schemas"]["Rate"];
        /**
         * @description A new rate for a customer, project or activity (the three rate forms of Kimai are identical). Fields the form
         *     does not have are rejected with 400 "This form should not contain extra fields."
         */
        RateForm: {
            /** @description User ID the rate is limited to; omit or null for everyone. */
            user?: number | null;
            /** @description The rate (hourly, or per timesheet with `isFixed`), e.g. `85.5`. */
            rate: number;
            /** @description Internal cost rate; omit or null for none. */
            internalRate?: number | null;
            /**
             * @description `true`: every timesheet gets this rate, whatever its duration.
             * @default false
             */
            isFixed?: boolean;
        };
        /**
         * Kimai date-time
         * @description A local date and time with its UTC offset, as Kimai serializes it: `YYYY-MM-DDTHH:mm:ss±hhmm`.
         *     The offset has **no colon**, so this is not RFC 3339 `date-time`; parse it with a pattern-aware parser.
         * @example 2019-02-01T12:00:00+0100
         */
        KimaiDateTime: string;
        /** @description A comment on a customer or a project (Kimai >= 2.57). */
        Comment: {
            id: number;
            /** @description Markdown text. */
            message: string;
            /** @description Author. Never null in practice (deleting a user deletes their comments). */
            createdBy: components["schemas"]["User"];
            /** @description Creation time. Kimai always stores one, but its tests allow null, so be prepared for it. */
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
        /** @description The value of one custom field (meta field) of a project. */
        ProjectMeta: {
            /** @description Name of the configured custom field. */
            name: string;
            /** @description Its value, as stored (text; checkboxes as `"1"`/`"0"`); null when the field has no value. */
            value: string | null;
        };
        /**
         * Format: date
         * @description Kimai 2.66+: the last day of the project's locked period, `YYYY-MM-DD` (timesheets up to that day can no
         *     longer be created or changed); null when nothing is locked. Absent before 2.66. One serializer type for the
         *     property, so the same in every view (Kimai's tests assert `@date` for the project entity).
         */
        ProjectLockedUntil: string | null;
        /**
         * @description A project as listed by `GET /api/projects`: with teams and the customer's name (`parentTitle`).
         *     Kimai 2.65 sends no budget fields in lists; since 2.66 they are sent to users allowed to see them, as in
         *     `ProjectEntity`.
         */
        ProjectCollection: {
            id: number;
            name: string;
            /** @description Hidden projects (`false`) cannot get new timesheets. */
            visible: boolean;
            billable: boolean;
            /** @description Assigned color in HTML hex format (`#dd1d00`), or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            /** @description ID of the customer the project belongs to. */
            customer: number;
            /** @description Project number. */
            number: string | null;
            /** @description Order number of the customer. */
            orderNumber: string | null;
            /**
             * Format: date
             * @description Order date as `YYYY-MM-DD` (no time, no zone).
             */
            orderDate: string | null;
            /** @description Whether global activities (those without a project) can be booked on this project. */
            globalActivities: boolean;
            comment: string | null;
            /**
             * Format: date
             * @description First day timesheets may be recorded, `YYYY-MM-DD`; null = no limit.
             */
            start: string | null;
            /**
             * Format: date
             * @description Last day timesheets may be recorded, `YYYY-MM-DD`; null = no limit.
             */
            end: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["ProjectMeta"][];
            /** @description Teams with access to the project; empty means everyone with the permission has access. */
            teams: components["schemas"]["Team"][];
            /** @description Name of the customer. */
            parentTitle: string;
            budget?: components["schemas"]["Budget"];
            timeBudget?: components["schemas"]["TimeBudget"];
            budgetType?: components["schemas"]["BudgetType"];
            lockedUntil?: components["schemas"]["ProjectLockedUntil"];
        };
        /**
         * @description Body of `POST /api/projects`: `name` and `customer` are required, Kimai fills the rest with defaults.
         *     Dates are plain dates (`YYYY-MM-DD`). `teams` can only be set here.
         *     Fields the form does not have are rejected with 400 "This form should not contain extra fields."
         */
        ProjectCreateForm: {
            /** @description Name of the project. */
            name: string;
            /** @description Project number; Kimai generates one when it is not sent on create. */
            number?: string | null;
            /** @description Description (Markdown). */
            comment?: string | null;
            /** @description Text printed on invoices. */
            invoiceText?: string | null;
            /** @description Order number of the customer. */
            orderNumber?: string | null;
            /**
             * Format: date
             * @description Order date. A date `YYYY-MM-DD`, or null to clear it.
             */
            orderDate?: string | null;
            /**
             * Format: date
             * @description First day timesheets may be recorded. A date `YYYY-MM-DD`, or null to clear it.
             */
            start?: string | null;
            /**
             * Format: date
             * @description Last day timesheets may be recorded (must not be before `start`). A date `YYYY-MM-DD`, or null to clear it.
             */
            end?: string | null;
            /** @description ID of the customer the project belongs to. */
            customer: number;
            /** @description Whether global activities can be booked on this project (default `true`). */
            globalActivities?: boolean;
            /**
             * @description IDs of the teams that may access the project (empty = everyone). Only on create: change the
             *     teams of an existing project with `POST`/`DELETE /api/teams/{id}/projects/{projectId}`.
             */
            teams?: number[];
            /**
             * @description HTML hex color (`#dd1d00`); empty or null = none (a color is then derived from the name). Must be one of the
             *     instance's theme colors (`GET /api/config/colors`) or the current color: the form is a choice list, any other
             *     value is answered with 400.
             */
            color?: string | null;
            /**
             * @description Money budget, a number or a numeric string such as `"999"` (0 = none).
             *     Only part of the form with the `budget_project` permission (or its team variant); otherwise 400 (extra field).
             */
            budget?: number | string;
            /**
             * @description Time budget as a duration: `"01:30"` (hours:minutes), `"2h30m"`, or a decimal number of
             *     **hours** (`1.5`, `"10,25"` = 10.25 h). Stored as seconds (0 = none).
             *     Only part of the form with the `time_project` permission (or its team variant); otherwise 400 (extra field).
             */
            timeBudget?: string | number;
            /**
             * @description `month` for a monthly budget; null (or not set) for a budget over the whole lifetime.
             *     Accepted when the user has the `budget_project` or the `time_project` permission.
             * @enum {string|null}
             */
            budgetType?: "month" | null;
            metaFields?: components["schemas"]["MetaFieldsForm"];
            /** @description Hidden projects (`false`) cannot get new timesheets (default `true`). */
            visible?: boolean;
            /** @description Default `true`. */
            billable?: boolean;
            /**
             * Format: date
             * @description Kimai 2.66+: the last day of the project's locked period, a date `YYYY-MM-DD` as `start`, or null.
             *     Kimai 2.65 refuses the field (400, an extra field).
             */
            lockedUntil?: string | null;
        };
        /**
         * @description A single project with all its details, including its budget.
         *     Since Kimai 2.66 the budget fields are sent only to users allowed to see them, checked per record:
         *     `budget` with the permission to see money budgets, `timeBudget` with the one for time budgets, and
         *     `budgetType` with either; otherwise they are absent.
         */
        ProjectEntity: {
            id: number;
            name: string;
            /** @description Hidden projects (`false`) cannot get new timesheets. */
            visible: boolean;
            billable: boolean;
            /** @description Assigned color in HTML hex format (`#dd1d00`), or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            /** @description ID of the customer the project belongs to. */
            customer: number;
            /** @description Project number. */
            number: string | null;
            /** @description Order number of the customer. */
            orderNumber: string | null;
            /**
             * Format: date
             * @description Order date as `YYYY-MM-DD` (no time, no zone).
             */
            orderDate: string | null;
            /** @description Whether global activities (those without a project) can be booked on this project. */
            globalActivities: boolean;
            comment: string | null;
            /**
             * Format: date
             * @description First day timesheets may be recorded, `YYYY-MM-DD`; null = no limit.
             */
            start: string | null;
            /**
             * Format: date
             * @description Last day timesheets may be recorded, `YYYY-MM-DD`; null = no limit.
             */
            end: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["ProjectMeta"][];
            /** @description Teams with access to the project; empty means everyone with the permission has access. */
            teams: components["schemas"]["Team"][];
            /** @description Name of the customer. */
            parentTitle: string;
            budget?: components["schemas"]["Budget"];
            timeBudget?: components["schemas"]["TimeBudget"];
            budgetType?: components["schemas"]["BudgetType"];
            lockedUntil?: components["schemas"]["ProjectLockedUntil"];
        };
        /**
         * @description Body of `PATCH /api/projects/{id}`: any subset of the fields; fields not sent keep their value.
         *     Unlike on create, `orderDate`, `start` and `end` must be sent as `YYYY-MM-DDTHH:mm:ss` (the time is ignored).
         *     `teams` is not part of this form.
         *     Fields the form does not have are rejected with 400 "This form should not contain extra fields."
         */
        ProjectEditForm: {
            /** @description Name of the project. */
            name?: string;
            /** @description Project number; Kimai generates one when it is not sent on create. */
            number?: string | null;
            /** @description Description (Markdown). */
            comment?: string | null;
            /** @description Text printed on invoices. */
            invoiceText?: string | null;
            /** @description Order number of the customer. */
            orderNumber?: string | null;
            /**
             * @description Order date.
             *     Sent as a date-time `YYYY-MM-DDTHH:mm:ss`: `PATCH` parses it with the HTML5 date-time format
             *     and rejects a bare date. Only the day is kept; null clears it.
             */
            orderDate?: string | null;
            /**
             * @description First day timesheets may be recorded.
             *     Sent as a date-time `YYYY-MM-DDTHH:mm:ss`: `PATCH` parses it with the HTML5 date-time format
             *     and rejects a bare date. Only the day is kept; null clears it.
             */
            start?: string | null;
            /**
             * @description Last day timesheets may be recorded (must not be before `start`).
             *     Sent as a date-time `YYYY-MM-DDTHH:mm:ss`: `PATCH` parses it with the HTML5 date-time format
             *     and rejects a bare date. Only the day is kept; null clears it.
             */
            end?: string | null;
            /** @description ID of the customer the project belongs to. Moves the project to another customer. */
            customer?: number;
            /** @description Whether global activities can be booked on this project (default `true`). */
            globalActivities?: boolean;
            /**
             * @description HTML hex color (`#dd1d00`); empty or null = none (a color is then derived from the name). Must be one of the
             *     instance's theme colors (`GET /api/config/colors`) or the current color: the form is a choice list, any other
             *     value is answered with 400.
             */
            color?: string | null;
            /**
             * @description Money budget, a number or a numeric string such as `"999"` (0 = none).
             *     Only part of the form with the `budget_project` permission (or its team variant); otherwise 400 (extra field).
             */
            budget?: number | string;
            /**
             * @description Time budget as a duration: `"01:30"` (hours:minutes), `"2h30m"`, or a decimal number of
             *     **hours** (`1.5`, `"10,25"` = 10.25 h). Stored as seconds (0 = none).
             *     Only part of the form with the `time_project` permission (or its team variant); otherwise 400 (extra field).
             */
            timeBudget?: string | number;
            /**
             * @description `month` for a monthly budget; null (or not set) for a budget over the whole lifetime.
             *     Accepted when the user has the `budget_project` or the `time_project` permission.
             * @enum {string|null}
             */
            budgetType?: "month" | null;
            metaFields?: components["schemas"]["MetaFieldsForm"];
            /** @description Hidden projects (`false`) cannot get new timesheets (default `true`). */
            visible?: boolean;
            /** @description Default `true`. */
            billable?: boolean;
            /**
             * @description Kimai 2.66+: the last day of the project's locked period, sent as `start` is (a date-time
             *     `YYYY-MM-DDTHH:mm:ss`; only the day is kept), or null. Kimai 2.65 refuses the field (400, an extra field).
             */
            lockedUntil?: string | null;
        };
        /** @description A rate of a project (the same shape for customers, projects and activities). */
        ProjectRate: components["schemas"]["Rate"];
        /** @description The value of one custom field (meta field) of an activity. */
        ActivityMeta: {
            /** @description Name of the configured custom field. */
            name: string;
            /** @description Its value, as stored (text; checkboxes as `"1"`/`"0"`); null when the field has no value. */
            value: string | null;
        };
        /**
         * @description An activity as listed by `GET /api/activities`: with teams and the project's name (`parentTitle`).
         *     Kimai 2.65 sends no budget fields in lists; since 2.66 they are sent to users allowed to see them, as in
         *     `ActivityEntity`.
         */
        ActivityCollection: {
            id: number;
            name: string;
            /** @description Hidden activities (`false`) cannot get new timesheets. */
            visible: boolean;
            billable: boolean;
            /** @description Assigned color in HTML hex format (`#dd1d00`), or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            /** @description ID of the project, or null for a global activity (usable in every project that allows global activities). */
            project: number | null;
            /** @description Activity number. */
            number: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["ActivityMeta"][];
            comment: string | null;
            /** @description Name of the project, or null for a global activity. */
            parentTitle: string | null;
            /** @description Teams with access to the activity; empty means everyone with the permission has access. */
            teams: components["schemas"]["Team"][];
            budget?: components["schemas"]["Budget"];
            timeBudget?: components["schemas"]["TimeBudget"];
            budgetType?: components["schemas"]["BudgetType"];
        };
        /**
         * @description Body of `POST /api/activities`: only `name` is required; without `project` the activity is global.
         *     `teams` can only be set here.
         *     Fields the form does not have are rejected with 400 "This form should not contain extra fields."
         */
        ActivityCreateForm: {
            /** @description Name of the activity. */
            name: string;
            /** @description Activity number; Kimai generates one when it is not sent on create. */
            number?: string | null;
            /** @description Description (Markdown). */
            comment?: string | null;
            /** @description Text printed on invoices. */
            invoiceText?: string | null;
            /**
             * @description ID of the project the activity belongs to; omit or null for a global activity (usable in every
             *     project that allows global activities).
             */
            project?: number | null;
            /**
             * @description IDs of the teams that may access the activity (empty = everyone). Only on create: change the
             *     teams of an existing activity with `POST`/`DELETE /api/teams/{id}/activities/{activityId}`.
             */
            teams?: number[];
            /**
             * @description HTML hex color (`#dd1d00`); empty or null = none (a color is then derived from the name). Must be one of the
             *     instance's theme colors (`GET /api/config/colors`) or the current color: the form is a choice list, any other
             *     value is answered with 400.
             */
            color?: string | null;
            /**
             * @description Money budget, a number or a numeric string such as `"999"` (0 = none).
             *     Only part of the form with the `budget_activity` permission (or its team variant); otherwise 400 (extra field).
             */
            budget?: number | string;
            /**
             * @description Time budget as a duration: `"01:30"` (hours:minutes), `"2h30m"`, or a decimal number of
             *     **hours** (`1.5`, `"10,25"` = 10.25 h). Stored as seconds (0 = none).
             *     Only part of the form with the `time_activity` permission (or its team variant); otherwise 400 (extra field).
             */
            timeBudget?: string | number;
            /**
             * @description `month` for a monthly budget; null (or not set) for a budget over the whole lifetime.
             *     Accepted when the user has the `budget_activity` or the `time_activity` permission.
             * @enum {string|null}
             */
            budgetType?: "month" | null;
            metaFields?: components["schemas"]["MetaFieldsForm"];
            /** @description Hidden activities (`false`) cannot get new timesheets (default `true`). */
            visible?: boolean;
            /** @description Default `true`. */
            billable?: boolean;
        };
        /**
         * @description A single activity with all its details, including its budget.
         *     Since Kimai 2.66 the budget fields are sent only to users allowed to see them, checked per record:
         *     `budget` with the permission to see money budgets, `timeBudget` with the one for time budgets, and
         *     `budgetType` with either; otherwise they are absent.
         */
        ActivityEntity: {
            id: number;
            name: string;
            /** @description Hidden activities (`false`) cannot get new timesheets. */
            visible: boolean;
            billable: boolean;
            /** @description Assigned color in HTML hex format (`#dd1d00`), or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            /** @description ID of the project, or null for a global activity (usable in every project that allows global activities). */
            project: number | null;
            /** @description Activity number. */
            number: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["ActivityMeta"][];
            comment: string | null;
            /** @description Name of the project, or null for a global activity. */
            parentTitle: string | null;
            /** @description Teams with access to the activity; empty means everyone with the permission has access. */
            teams: components["schemas"]["Team"][];
            budget?: components["schemas"]["Budget"];
            timeBudget?: components["schemas"]["TimeBudget"];
            budgetType?: components["schemas"]["BudgetType"];
        };
        /**
         * @description Body of `PATCH /api/activities/{id}`: any subset of the fields; fields not sent keep their value.
         *     `teams` is not part of this form, and `project` only for activities that already belong to a project.
         *     Fields the form does not have are rejected with 400 "This form should not contain extra fields."
         */
        ActivityEditForm: {
            /** @description Name of the activity. */
            name?: string;
            /** @description Activity number; Kimai generates one when it is not sent on create. */
            number?: string | null;
            /** @description Description (Markdown). */
            comment?: string | null;
            /** @description Text printed on invoices. */
            invoiceText?: string | null;
            /**
             * @description Moves the activity to another project. Only for activities that belong to a project: a global
             *     activity stays global, and this field is an extra field (400) for it.
             */
            project?: number;
            /**
             * @description HTML hex color (`#dd1d00`); empty or null = none (a color is then derived from the name). Must be one of the
             *     instance's theme colors (`GET /api/config/colors`) or the current color: the form is a choice list, any other
             *     value is answered with 400.
             */
            color?: string | null;
            /**
             * @description Money budget, a number or a numeric string such as `"999"` (0 = none).
             *     Only part of the form with the `budget_activity` permission (or its team variant); otherwise 400 (extra field).
             */
            budget?: number | string;
            /**
             * @description Time budget as a duration: `"01:30"` (hours:minutes), `"2h30m"`, or a decimal number of
             *     **hours** (`1.5`, `"10,25"` = 10.25 h). Stored as seconds (0 = none).
             *     Only part of the form with the `time_activity` permission (or its team variant); otherwise 400 (extra field).
             */
            timeBudget?: string | number;
            /**
             * @description `month` for a monthly budget; null (or not set) for a budget over the whole lifetime.
             *     Accepted when the user has the `budget_activity` or the `time_activity` permission.
             * @enum {string|null}
             */
            budgetType?: "month" | null;
            metaFields?: components["schemas"]["MetaFieldsForm"];
            /** @description Hidden activities (`false`) cannot get new timesheets (default `true`). */
            visible?: boolean;
            /** @description Default `true`. */
            billable?: boolean;
        };
        /** @description A rate of an activity (the same shape for customers, projects and activities). */
        ActivityRate: components["schemas"]["Rate"];
        /**
         * Kimai local date-time (input)
         * @description A date and time **without** a zone, as Kimai reads it in query filters and request bodies:
         *     `YYYY-MM-DDTHH:mm:ss`, interpreted in the time zone of the authenticated user. `toKimaiLocalDateTime()` in
         *     `@punchclock/core` turns a `Date` into this format for a given IANA zone. In request bodies Kimai also reads
         *     a space instead of the `T` and an offset (a value copied from a response, `2024-06-03T13:30:00+0200`), which
         *     then decides the instant; query filters take only the first form, with seconds.
         * @example 2026-11-24T09:00:00
         */
        KimaiLocalDateTime: string;
        /** @description The value of one custom field (meta field) of a timesheet. Only fields configured as visible are listed. */
        TimesheetMeta: {
            /** @description Name of the configured custom field. */
            name: string;
            /** @description Its value, as stored (text; checkboxes as `"1"`/`"0"`); null when the field has no value. */
            value: string | null;
        };
        /**
         * @description A timesheet as listed by `GET /api/timesheets`: project, activity and user as IDs. The fixed and hourly
         *     rate are not part of the list; fetch the timesheet (`TimesheetEntity`) for them.
         *     Since Kimai 2.66 the amounts (`rate`, `internalRate`) are sent only to users allowed to see the
         *     rates of that record (the `view_rate_own_timesheet` and `view_rate_other_timesheet` permissions, checked per
         *     record); for other users they are absent, not null.
         */
        TimesheetCollection: {
            id: number;
            /** @description Start, in the timezone the record was created in. */
            begin: components["schemas"]["KimaiDateTime"];
            /** @description End; null while the timesheet is running. */
            end: components["schemas"]["KimaiDateTime"] | null;
            /** @description Worked seconds (end - begin - break); 0 while running. */
            duration: number | null;
            /**
             * @description Break in seconds (0 unless breaks are enabled in the system settings). null for records created before
             *     Kimai 2.23, which added the column without a default.
             */
            break: number | null;
            /** @description Free text (Markdown in Kimai's UI). */
            description: string | null;
            /** @description Billed amount of this record in the customer's currency; 0 while running. */
            rate?: number;
            /**
             * @description Internal cost of this record (the user's internal rate) in the customer's currency; null when none was
             *     calculated (the column is nullable, and resetting the rates clears it).
             */
            internalRate?: number | null;
            /** @description Whether the record was exported (e.g. invoiced); exported records are locked for most users. */
            exported: boolean;
            billable: boolean;
            /** @description ID of the activity. */
            activity: number;
            /** @description ID of the project. */
            project: number;
            /** @description ID of the user the time was recorded for. */
            user: number;
            /** @description Names of the tags. */
            tags: string[];
            /** @description Values of the custom fields configured as visible. */
            metaFields: components["schemas"]["TimesheetMeta"][];
        };
        /**
         * @description A customer as embedded in other resources (the `customer` of an expanded project). It has no teams,
         *     address, contact or budget fields; fetch `GET /api/customers/{id}` for those.
         */
        Customer: {
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
            /** @description Locale used for documents such as invoices (`de`, `en`, `pt_BR`). */
            language: string;
            /** @description ISO 4217 currency code. */
            currency: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            country: string;
            company: string | null;
            homepage: string | null;
            /** @description IANA time zone. */
            timezone: string;
            fax: string | null;
            mobile: string | null;
            phone: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["CustomerMeta"][];
        };
        /** @description A project with its customer as an object, as embedded in expanded timesheets and activities. */
        ProjectExpanded: {
            id: number;
            name: string;
            /** @description Hidden projects (`false`) cannot get new timesheets. */
            visible: boolean;
            billable: boolean;
            /** @description Assigned color in HTML hex format (`#dd1d00`), or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            customer: components["schemas"]["Customer"];
            /** @description Project number. */
            number: string | null;
            /** @description Order number of the customer. */
            orderNumber: string | null;
            /**
             * Format: date
             * @description Order date as `YYYY-MM-DD` (no time, no zone).
             */
            orderDate: string | null;
            /** @description Whether global activities (those without a project) can be booked on this project. */
            globalActivities: boolean;
            comment: string | null;
            /**
             * Format: date
             * @description First day timesheets may be recorded, `YYYY-MM-DD`; null = no limit.
             */
            start: string | null;
            /**
             * Format: date
             * @description Last day timesheets may be recorded, `YYYY-MM-DD`; null = no limit.
             */
            end: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["ProjectMeta"][];
            lockedUntil?: components["schemas"]["ProjectLockedUntil"];
        };
        /**
         * @description An activity with its project as an object (null for a global activity), as embedded in expanded
         *     timesheets.
         */
        ActivityExpanded: {
            id: number;
            name: string;
            /** @description Hidden activities (`false`) cannot get new timesheets. */
            visible: boolean;
            billable: boolean;
            /** @description Assigned color in HTML hex format (`#dd1d00`), or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            /** @description The project of a project activity, or null for a global activity. */
            project: components["schemas"]["ProjectExpanded"] | null;
            /** @description Activity number. */
            number: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["ActivityMeta"][];
            comment: string | null;
        };
        /**
         * @description A timesheet with its activity, project (with customer) and user as objects, as listed by
         *     `GET /api/timesheets?full=true`, `GET /api/timesheets/active` and `GET /api/timesheets/recent`. Like the plain
         *     list it has no fixed or hourly rate.
         *     Since Kimai 2.66 the amounts (`rate`, `internalRate`) are sent only to users allowed to see the
         *     rates of that record (the `view_rate_own_timesheet` and `view_rate_other_timesheet` permissions, checked per
         *     record); for other users they are absent, not null.
         */
        TimesheetCollectionFull: {
            id: number;
            /** @description Start, in the timezone the record was created in. */
            begin: components["schemas"]["KimaiDateTime"];
            /** @description End; null while the timesheet is running. */
            end: components["schemas"]["KimaiDateTime"] | null;
            /** @description Worked seconds (end - begin - break); 0 while running. */
            duration: number | null;
            /**
             * @description Break in seconds (0 unless breaks are enabled in the system settings). null for records created before
             *     Kimai 2.23, which added the column without a default.
             */
            break: number | null;
            /** @description Free text (Markdown in Kimai's UI). */
            description: string | null;
            /** @description Billed amount of this record in the customer's currency; 0 while running. */
            rate?: number;
            /**
             * @description Internal cost of this record (the user's internal rate) in the customer's currency; null when none was
             *     calculated (the column is nullable, and resetting the rates clears it).
             */
            internalRate?: number | null;
            /** @description Whether the record was exported (e.g. invoiced); exported records are locked for most users. */
            exported: boolean;
            billable: boolean;
            /** @description The activity, with its project (null for a global activity). */
            activity: components["schemas"]["ActivityExpanded"];
            /** @description The project, with its customer. */
            project: components["schemas"]["ProjectExpanded"];
            /** @description The user the time was recorded for. */
            user: components["schemas"]["User"];
            /** @description Names of the tags. */
            tags: string[];
            /** @description Values of the custom fields configured as visible. */
            metaFields: components["schemas"]["TimesheetMeta"][];
        };
        /**
         * @description Body of `POST /api/timesheets`. Only `project` and `activity` are required: without `begin` the record starts
         *     now (or at the configured default begin time), without `end` it is a running timesheet. Rates are calculated
         *     from the configured customer/project/activity/user rates unless `fixedRate` or `hourlyRate` is sent.
         *
         *     Some fields only exist for some users or instances; sending one that does not is answered with 400
         *     "This form should not contain extra fields.":
         *     * `begin` and `end` need a tracking mode that lets the user edit times (`GET /api/config/timesheet`):
         *       always in the `default` mode; in `punch` and `duration_fixed_begin` only for users allowed to edit times
         *       (such as administrators).
         *     * `break` only exists when breaks are enabled in the system settings.
         *     * `fixedRate`/`hourlyRate`, `exported`, `billable` and `user` need a permission (see each field).
         */
        TimesheetCreateForm: {
            /** @description ID of a visible project (of a visible customer) the user has access to. */
            project: number;
            /** @description ID of a visible activity of that project, or of a global activity. */
            activity: number;
            /** @description Start, in the user's time zone (`2026-11-24T09:00:00`; seconds are optional). Default is now. */
            begin?: components["schemas"]["KimaiLocalDateTime"];
            /** @description End, in the user's time zone. Leave it out to start a running timesheet. */
            end?: components["schemas"]["KimaiLocalDateTime"];
            /**
             * @description Break as a duration in any format Kimai parses (`"00:30"`, `"0.5"` = half an hour, `"30m"`); only when breaks
             *     are enabled.
             */
            break?: string;
            /** @description Free text (Markdown in Kimai's UI). */
            description?: string;
            /**
             * @description Comma-separated tag names (`"meeting, remote"`). Tags that do not exist are ignored: this form does not create
             *     tags (use `POST /api/tags` first).
             */
            tags?: string;
            /** @description Fixed amount for the whole record (overrides the hourly rate). Needs the `edit_rate_*_timesheet` permission. */
            fixedRate?: number | null;
            /** @description Hourly rate of this record. Needs the `edit_rate_*_timesheet` permission. */
            hourlyRate?: number | null;
            /**
             * @description Records the time for another user (default: yourself). Needs the `create_other_timesheet` permission and access
             *     to that user.
             */
            user?: number;
            /** @description Marks the record as exported (locks it). Needs the `edit_export_*_timesheet` permission. */
            exported?: boolean;
            /**
             * @description Overrides whether the record is billable (by default it follows the customer, project and activity). Needs the
             *     `edit_billable_*_timesheet` permission.
             */
            billable?: boolean;
        };
        /**
         * @description A single timesheet, as `GET /api/timesheets/{id}` and the write operations return it: project, activity
         *     and user as IDs, with the fixed and hourly rate.
         *     Since Kimai 2.66 the amounts (`rate`, `internalRate`, `fixedRate`, `hourlyRate`) are sent only to users allowed to see the
         *     rates of that record (the `view_rate_own_timesheet` and `view_rate_other_timesheet` permissions, checked per
         *     record); for other users they are absent, not null.
         */
        TimesheetEntity: {
            id: number;
            /** @description Start, in the timezone the record was created in. */
            begin: components["schemas"]["KimaiDateTime"];
            /** @description End; null while the timesheet is running. */
            end: components["schemas"]["KimaiDateTime"] | null;
            /** @description Worked seconds (end - begin - break); 0 while running. */
            duration: number | null;
            /**
             * @description Break in seconds (0 unless breaks are enabled in the system settings). null for records created before
             *     Kimai 2.23, which added the column without a default.
             */
            break: number | null;
            /** @description Free text (Markdown in Kimai's UI). */
            description: string | null;
            /** @description Billed amount of this record in the customer's currency; 0 while running. */
            rate?: number;
            /**
             * @description Internal cost of this record (the user's internal rate) in the customer's currency; null when none was
             *     calculated (the column is nullable, and resetting the rates clears it).
             */
            internalRate?: number | null;
            /** @description Whether the record was exported (e.g. invoiced); exported records are locked for most users. */
            exported: boolean;
            billable: boolean;
            /** @description ID of the activity. */
            activity: number;
            /** @description ID of the project. */
            project: number;
            /** @description ID of the user the time was recorded for. */
            user: number;
            /** @description Names of the tags. */
            tags: string[];
            /** @description Values of the custom fields configured as visible. */
            metaFields: components["schemas"]["TimesheetMeta"][];
            /** @description Fixed amount for the whole record (overrides the hourly rate), or null. */
            fixedRate?: number | null;
            /** @description Hourly rate applied to this record, or null when none was set or calculated. */
            hourlyRate?: number | null;
        };
        /**
         * @description A single timesheet with its activity, project (with customer) and user as objects, and with the fixed and
         *     hourly rate: what `POST /api/timesheets?full=true` returns.
         *     Since Kimai 2.66 the amounts (`rate`, `internalRate`, `fixedRate`, `hourlyRate`) are sent only to users allowed to see the
         *     rates of that record (the `view_rate_own_timesheet` and `view_rate_other_timesheet` permissions, checked per
         *     record); for other users they are absent, not null.
         */
        TimesheetExpanded: {
            id: number;
            /** @description Start, in the timezone the record was created in. */
            begin: components["schemas"]["KimaiDateTime"];
            /** @description End; null while the timesheet is running. */
            end: components["schemas"]["KimaiDateTime"] | null;
            /** @description Worked seconds (end - begin - break); 0 while running. */
            duration: number | null;
            /**
             * @description Break in seconds (0 unless breaks are enabled in the system settings). null for records created before
             *     Kimai 2.23, which added the column without a default.
             */
            break: number | null;
            /** @description Free text (Markdown in Kimai's UI). */
            description: string | null;
            /** @description Billed amount of this record in the customer's currency; 0 while running. */
            rate?: number;
            /**
             * @description Internal cost of this record (the user's internal rate) in the customer's currency; null when none was
             *     calculated (the column is nullable, and resetting the rates clears it).
             */
            internalRate?: number | null;
            /** @description Whether the record was exported (e.g. invoiced); exported records are locked for most users. */
            exported: boolean;
            billable: boolean;
            /** @description The activity, with its project (null for a global activity). */
            activity: components["schemas"]["ActivityExpanded"];
            /** @description The project, with its customer. */
            project: components["schemas"]["ProjectExpanded"];
            /** @description The user the time was recorded for. */
            user: components["schemas"]["User"];
            /** @description Names of the tags. */
            tags: string[];
            /** @description Values of the custom fields configured as visible. */
            metaFields: components["schemas"]["TimesheetMeta"][];
            /** @description Fixed amount for the whole record (overrides the hourly rate), or null. */
            fixedRate?: number | null;
            /** @description Hourly rate applied to this record, or null when none was set or calculated. */
            hourlyRate?: number | null;
        };
        /**
         * @description Body of `PATCH /api/timesheets/{id}`: any subset of the fields; fields that are not sent keep their value.
         *     The same fields as on create (`TimesheetCreateForm`) with the same conditions, except `user`, which anyone who
         *     may edit the record can send. Fields the form does not have are rejected with 400 "This form should not contain
         *     extra fields."
         */
        TimesheetEditForm: {
            /** @description ID of a visible project the user has access to. */
            project?: number;
            /** @description ID of an activity of that project, or of a global activity. */
            activity?: number;
            /** @description Start, in the time zone of the record. Only when the tracking mode lets the user edit times. */
            begin?: components["schemas"]["KimaiLocalDateTime"];
            /**
             * @description End, in the time zone of the record; null makes the record running again. Only when the tracking mode lets the
             *     user edit times.
             */
            end?: components["schemas"]["KimaiLocalDateTime"] | null;
            /** @description Break as a duration (`"00:30"`, `"0.5"`, `"30m"`); only when breaks are enabled. */
            break?: string;
            /** @description Free text (Markdown in Kimai's UI). */
            description?: string | null;
            /** @description Comma-separated tag names; replaces the tags. Unknown names are ignored, an empty string removes all tags. */
            tags?: string;
            /** @description Fixed amount for the whole record; null removes it. Needs the `edit_rate_*_timesheet` permission. */
            fixedRate?: number | null;
            /** @description Hourly rate of this record; null recalculates it. Needs the `edit_rate_*_timesheet` permission. */
            hourlyRate?: number | null;
            /** @description Moves the record to another user (you need access to that user). */
            user?: number;
            /** @description Marks the record as exported or not. Needs the `edit_export_*_timesheet` permission. */
            exported?: boolean;
            /** @description Overrides whether the record is billable. Needs the `edit_billable_*_timesheet` permission. */
            billable?: boolean;
        };
        /**
         * @description Optional body of `PATCH /api/timesheets/{id}/restart`. Without it the new record starts now and copies only
         *     project and activity.
         */
        TimesheetRestartForm: {
            /**
             * @description Start of the new record in the user's time zone, `YYYY-MM-DDTHH:mm:ss` (seconds are required here).
             *     Default: now.
             * @example 2026-11-24T13:00:00
             */
            begin?: string;
            /**
             * @description `all` also copies description, tags, billable flag and custom fields (never the rates, which are
             *     recalculated).
             * @enum {string}
             */
            copy?: "all";
        };
        /**
         * @description A favorite timesheet of the current user (a template to start a new record from), as listed by
         *     `GET /api/favorites/timesheets`: activity, project (with customer) and user as objects, no fixed or hourly
         *     rate. Since Kimai 2.66 the amounts `rate` and `internalRate` are only sent to users allowed to see them.
         */
        TimesheetFavorite: {
            id: number;
            /** @description Start, in the timezone the record was created in. */
            begin: components["schemas"]["KimaiDateTime"];
            /** @description End; null while the timesheet is running. */
            end: components["schemas"]["KimaiDateTime"] | null;
            /** @description Worked seconds (end - begin - break); 0 while running. */
            duration: number | null;
            /**
             * @description Break in seconds (0 unless breaks are enabled in the system settings). null for records created before
             *     Kimai 2.23, which added the column without a default.
             */
            break: number | null;
            /** @description Free text (Markdown in Kimai's UI). */
            description: string | null;
            /**
             * @description Billed amount of this record in the customer's currency. Left out unless the user may see the rates of
             *     this record (`view_rate_own_timesheet` / `view_rate_other_timesheet`).
             */
            rate?: number;
            /** @description Internal cost of this record (null when none was calculated); left out like `rate`. */
            internalRate?: number | null;
            /** @description Whether the record was exported (e.g. invoiced); exported records are locked for most users. */
            exported: boolean;
            billable: boolean;
            /** @description The activity, with its project (null for a global activity). */
            activity: components["schemas"]["ActivityExpanded"];
            /** @description The project, with its customer. */
            project: components["schemas"]["ProjectExpanded"];
            /** @description The user the time was recorded for. */
            user: components["schemas"]["User"];
            /** @description Names of the tags. */
            tags: string[];
            /** @description Values of the custom fields configured as visible. */
            metaFields: components["schemas"]["TimesheetMeta"][];
        };
        /** @description The timesheet settings of the Kimai instance, as `GET /api/config/timesheet` returns them. */
        TimesheetConfig: {
            /**
             * @description How times are recorded: `default` (free begin and end), `punch` (punch in/out, times set by the server) or
             *     `duration_fixed_begin` (fixed begin time, only a duration is entered); plugins may add modes. Outside
             *     `default`, `begin` and `end` of `POST`/`PATCH /api/timesheets` are only accepted from users allowed to edit
             *     times.
             * @example default
             */
            trackingMode: string;
            /**
             * @description Begin of new records when none is given, as a PHP relative date-time (`now`, `08:00`).
             * @example now
             */
            defaultBeginTime: string;
            /** @description How many running timesheets a user may have at the same time. */
            activeEntriesHardLimit: number;
            /** @description Whether records may start in the future. */
            isAllowFutureTimes: boolean;
            /** @description Whether a user's records may overlap. */
            isAllowOverlapping: boolean;
        };
        /** @description A user as listed by `GET /api/users`; the same fields as an embedded `User`. */
        UserCollection: components["schemas"]["User"];
        /**
         * @description A single user with supervisor, teams, roles and preferences (`GET /api/users/{id}`, `GET /api/users/me`
         *     and the answers of the user forms).
         */
        UserEntity: {
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
            /** @description Up to two letters derived from the alias or username. */
            initials: string;
            /** @description Job position or department. */
            title: string | null;
            /** @description Locale used to translate the UI. */
            language: string;
            /** @description Locale used to format numbers, money and dates. */
            locale: string;
            timezone: string;
            /** @description The user's supervisor (with the same details), or null. */
            supervisor: components["schemas"]["UserEntity"] | null;
            /** @description The teams the user belongs to (see `memberships` for the team lead flag). */
            teams: components["schemas"]["Team"][];
            /**
             * @description The roles assigned to the user: `ROLE_TEAMLEAD`, `ROLE_ADMIN`, `ROLE_SUPER_ADMIN` or custom roles.
             *     `ROLE_USER`, which every user has, is never listed: a plain user has `[]`.
             */
            roles: string[];
            /** @description The user's team memberships. */
            memberships: components["schemas"]["TeamMembership"][];
            /** @description The user's visible preferences (settings and custom user fields). */
            preferences: components["schemas"]["UserPreference"][];
        };
        /** @description A team the user belongs to, as listed in the user's `memberships`. */
        TeamMembership: {
            team: components["schemas"]["Team"];
            /** @description Whether the user leads this team. */
            teamlead: boolean;
        };
        /**
         * @description One user preference (setting) by name, such as `hourly_rate`, `internal_rate`, `first_weekday` or a
         *     custom user field. UI-only preferences and those already sent as user fields (`language`, `locale`,
         *     `timezone`, `skin`, ...) are not listed.
         */
        UserPreference: {
            /** @description Name of the preference. */
            name: string;
            /** @description Its value, as a string; null when unset. */
            value: string | null;
        };
        /**
         * @description The user form of `POST /api/users`. Kimai presets the rest (the new user is disabled unless `enabled` is
         *     sent); `roles` needs the permission to assign roles.
         */
        UserCreateForm: {
            /** @description Unique login name. */
            username: string;
            /**
             * Format: password
             * @description The initial password.
             */
            plainPassword: string;
            /**
             * Format: password
             * @deprecated
             * @description An API password for the deprecated `X-AUTH-TOKEN` authentication; use API tokens instead.
             */
            plainApiToken?: string;
            /** @description Display name shown instead of the username. */
            alias?: string;
            /** @description Job position or department. */
            title?: string;
            /** @description Staff or account number. */
            accountNumber?: string;
            /** @description HTML hex color; auto-calculated from the name when empty. */
            color?: string;
            /** @description A unique e-mail address. */
            email: string;
            /** @description Locale used to translate the UI (`de`, `en`, `pt_BR`, ...). */
            language: string;
            /** @description Locale used to format numbers, money and dates (`de_CH`, `en_GB`, ...). Defaults to `language`. */
            locale?: string;
            /** @description IANA time zone, e.g. `Europe/Berlin`. */
            timezone: string;
            /** @description User ID of the supervisor. */
            supervisor?: number | null;
            /** @description Marks a technical account (for example one used for imports through the API). */
            systemAccount?: boolean;
            /** @description Whether the user can log in; `false` when not sent. */
            enabled?: boolean;
            /** @description Force the user to change the password at the next login. */
            requiresPasswordReset?: boolean;
            /**
             * @description Replaces the user's roles: `ROLE_TEAMLEAD`, `ROLE_ADMIN`, `ROLE_SUPER_ADMIN` or a custom role; you can only
             *     assign roles you may assign yourself. Only with the permission to assign roles: without it the field is rejected
             *     as an extra field. `ROLE_USER` is implicit.
             */
            roles?: string[];
        };
        /**
         * @description Fields of the user form for `PATCH /api/users/{id}`: send any subset, fields not sent keep their value.
         *     The username and password cannot be changed here. Several fields only exist with a permission (see
         *     their descriptions); sending a field the form does not have is answered with 400 "This form should not
         *     contain extra fields."
         */
        UserEditForm: {
            /** @description Display name shown instead of the username. */
            alias?: string;
            /** @description Job position or department. */
            title?: string;
            /** @description Staff or account number. */
            accountNumber?: string;
            /** @description HTML hex color; auto-calculated from the name when empty. */
            color?: string;
            /** @description A unique e-mail address. */
            email?: string;
            /** @description Locale used to translate the UI (`de`, `en`, `pt_BR`, ...). Only with the permission to edit the user's preferences. */
            language?: string;
            /** @description Locale used to format numbers, money and dates (`de_CH`, `en_GB`, ...). Only with the permission to edit the user's preferences. */
            locale?: string;
            /** @description IANA time zone, e.g. `Europe/Berlin`. Only with the permission to edit the user's preferences. */
            timezone?: string;
            /** @description User ID of the supervisor. Only with the permission to change the supervisor (`supervisor`). */
            supervisor?: number | null;
            /** @description Marks a technical account (for example one used for imports through the API). */
            systemAccount?: boolean;
            /** @description Whether the user can log in. Not available when editing your own account. */
            enabled?: boolean;
            /** @description Force the user to change the password at the next login. Only with the `password` permission on the user. */
            requiresPasswordReset?: boolean;
            /**
             * @description Replaces the user's roles: `ROLE_TEAMLEAD`, `ROLE_ADMIN`, `ROLE_SUPER_ADMIN` or a custom role; you can only
             *     assign roles you may assign yourself. Only with the `roles` permission on the user: without it the field is
             *     rejected as an extra field. `ROLE_USER` is implicit.
             */
            roles?: string[];
        };
        /**
         * @description One preference to set, by name (`hourly_rate`, `internal_rate`, `first_weekday`, a custom user field).
         *     Kimai stores the value as text and takes any scalar: `{"name": "hourly_rate", "value": 99}` as well as
         *     `"99"`. Other keys of an item are ignored. It answers with the values as text (`UserPreference`).
         */
        UserPreferenceForm: {
            /** @description Name of the preference. */
            name: string;
            /** @description The value; null unsets it. */
            value: string | number | boolean | null;
        };
        /** @description A team as listed by `GET /api/teams`; the same fields as an embedded `Team`. */
        TeamCollection: components["schemas"]["Team"];
        /** @description One team member in the team form. */
        TeamMemberForm: {
            /** @description User ID of an enabled user (or of a disabled user who is already a member). */
            user: number;
            /** @description Whether the user leads the team. */
            teamlead?: boolean;
        };
        /**
         * @description Fields of the team form. `PATCH` accepts any subset; fields not sent keep their value, and `members`
         *     replaces all current members. Unknown fields are rejected with "This form should not contain extra fields."
         */
        TeamEditForm: {
            /** @description Unique team name. */
            name?: string;
            /**
             * @description HTML hex color; auto-calculated from the name when empty. Must be one of the instance's theme colors
             *     (`GET /api/config/colors`) or the current color: the form is a choice list, any other value is answered with 400.
             */
            color?: string;
            /** @description All members of the team (at least one), team leads included. */
            members?: components["schemas"]["TeamMemberForm"][];
        };
        /**
         * @description The team form as `POST` needs it: a name and at least one member (the constraints are those of
         *     `TeamEditForm`).
         */
        TeamCreateForm: components["schemas"]["TeamEditForm"] & {
            name: string;
            members: components["schemas"]["TeamMemberForm"][];
        };
        /** @description A member of a team, as listed in the team's `members`. */
        TeamMember: {
            user: components["schemas"]["User"];
            /** @description Whether the user leads the team. */
            teamlead: boolean;
        };
        /**
         * @description A project as embedded in other resources (timesheets, activities), with its customer as an ID.
         *     Its teams and budget are not included.
         */
        Project: {
            id: number;
            name: string;
            /** @description Hidden projects (`false`) cannot get new timesheets. */
            visible: boolean;
            billable: boolean;
            /** @description Assigned color in HTML hex format (`#dd1d00`), or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            /** @description ID of the customer the project belongs to. */
            customer: number;
            /** @description Project number. */
            number: string | null;
            /** @description Order number of the customer. */
            orderNumber: string | null;
            /**
             * Format: date
             * @description Order date as `YYYY-MM-DD` (no time, no zone).
             */
            orderDate: string | null;
            /** @description Whether global activities (those without a project) can be booked on this project. */
            globalActivities: boolean;
            comment: string | null;
            /**
             * Format: date
             * @description First day timesheets may be recorded, `YYYY-MM-DD`; null = no limit.
             */
            start: string | null;
            /**
             * Format: date
             * @description Last day timesheets may be recorded, `YYYY-MM-DD`; null = no limit.
             */
            end: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["ProjectMeta"][];
            lockedUntil?: components["schemas"]["ProjectLockedUntil"];
        };
        /**
         * @description An activity as embedded in other resources (timesheets), with its project as an ID (null for a
         *     global activity). Its teams and budget are not included.
         */
        Activity: {
            id: number;
            name: string;
            /** @description Hidden activities (`false`) cannot get new timesheets. */
            visible: boolean;
            billable: boolean;
            /** @description Assigned color in HTML hex format (`#dd1d00`), or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            /** @description ID of the project, or null for a global activity (usable in every project that allows global activities). */
            project: number | null;
            /** @description Activity number. */
            number: string | null;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["ActivityMeta"][];
            comment: string | null;
        };
        /** @description A single team with its members and the customers, projects and activities it has access to. */
        TeamEntity: {
            id: number;
            name: string;
            /** @description The assigned color in HTML hex format, or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            /** @description All members, team leads included. */
            members: components["schemas"]["TeamMember"][];
            /** @description Customers the team has access to. */
            customers: components["schemas"]["Customer"][];
            /** @description Projects the team has access to. */
            projects: components["schemas"]["Project"][];
            /** @description Activities the team has access to. */
            activities: components["schemas"]["Activity"][];
        };
        /** @description A new tag. Unknown fields are rejected with "This form should not contain extra fields." */
        TagEditForm: {
            /** @description Unique tag name; must not contain a comma. */
            name: string;
            /**
             * @description HTML hex color; auto-calculated from the name when empty. Must be one of the instance's theme colors
             *     (`GET /api/config/colors`) or the current color: the form is a choice list, any other value is answered with 400.
             */
            color?: string;
            /**
             * @description Hidden tags (`false`) are not offered for new timesheets. Send `true` explicitly: Kimai submits this form
             *     with missing fields cleared, so a tag created without `visible` is hidden.
             */
            visible?: boolean;
        };
        /** @description A tag that can be attached to timesheets. */
        TagEntity: {
            id: number;
            /** @description Unique name (2-100 characters, no comma). */
            name: string;
            /** @description The assigned color in HTML hex format, or null. */
            color: string | null;
            /** @description Never empty; derived from the name when `color` is not set. */
            "color-safe": string;
            /** @description Hidden tags (`false`) are not offered for new timesheets. */
            visible: boolean;
        };
        /**
         * @description The colors offered in Kimai's color pickers (system setting "theme colors"): color name -> HTML hex code.
         *     The order is the configured one. When the setting names no color but Kimai's default one, the map is
         *     empty, which PHP sends as `[]`.
         */
        ColorConfig: {
            [key: string]: string;
        } | string[];
        /** @description An installed Kimai plugin. */
        Plugin: {
            /** @description ID of the plugin bundle, e.g. `ExpensesBundle`. */
            name: string;
            /** @description Its version, e.g. `2.1.0`. */
            version: string;
        };
        /** @description The value of one custom field (meta field) of an invoice. Only fields configured as visible are listed. */
        InvoiceMeta: {
            /** @description Name of the configured custom field (lower case). */
            name: string;
            /** @description Its stored value, as text; null when the field has no value. */
            value: string | null;
        };
        /**
         * @description An invoice as listed by `GET /api/invoices`. In Kimai 2.65 the list sends the same fields as
         *     `GET /api/invoices/{id}` (`Invoice`).
         */
        InvoiceCollection: {
            id: number;
            /** @description The invoice number, as generated by the configured number format. */
            invoiceNumber: string;
            comment: string | null;
            /** @description Invoice date, in the time zone the invoice was created in. */
            createdAt: components["schemas"]["KimaiDateTime"];
            /** @description ISO 4217 currency code. */
            currency: string;
            /** @description The invoiced customer. */
            customer: components["schemas"]["Customer"];
            /** @description The user who created the invoice. */
            user: components["schemas"]["User"];
            /** @description Payment term in days after `createdAt`. */
            dueDays: number;
            /** @description File name of the stored document, with its extension (`GET /api/invoices/{id}/download` sends it). */
            invoiceFilename: string;
            /** @description Day the invoice was paid (time 00:00:00), or null while unpaid. */
            paymentDate: components["schemas"]["KimaiDateTime"] | null;
            /**
             * @description `new` (just created), `pending` (sent, waiting for payment), `paid` or `canceled`.
             * @enum {string}
             */
            status: "new" | "pending" | "paid" | "canceled";
            /** @description Tax amount (money). */
            tax: number;
            /** @description Gross total, tax included. */
            total: number;
            /** @description Tax rate in percent. */
            vat: number;
            /** @description Whether the due date (`createdAt` + `dueDays`) has passed; computed on every request. */
            overdue: boolean;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["InvoiceMeta"][];
        };
        /** @description A single invoice, as `GET /api/invoices/{id}` and `PATCH /api/invoices/{id}/custom-fields` return it. */
        Invoice: {
            id: number;
            /** @description The invoice number, as generated by the configured number format. */
            invoiceNumber: string;
            comment: string | null;
            /** @description Invoice date, in the time zone the invoice was created in. */
            createdAt: components["schemas"]["KimaiDateTime"];
            /** @description ISO 4217 currency code. */
            currency: string;
            /** @description The invoiced customer. */
            customer: components["schemas"]["Customer"];
            /** @description The user who created the invoice. */
            user: components["schemas"]["User"];
            /** @description Payment term in days after `createdAt`. */
            dueDays: number;
            /** @description File name of the stored document, with its extension (`GET /api/invoices/{id}/download` sends it). */
            invoiceFilename: string;
            /** @description Day the invoice was paid (time 00:00:00), or null while unpaid. */
            paymentDate: components["schemas"]["KimaiDateTime"] | null;
            /**
             * @description `new` (just created), `pending` (sent, waiting for payment), `paid` or `canceled`.
             * @enum {string}
             */
            status: "new" | "pending" | "paid" | "canceled";
            /** @description Tax amount (money). */
            tax: number;
            /** @description Gross total, tax included. */
            total: number;
            /** @description Tax rate in percent. */
            vat: number;
            /** @description Whether the due date (`createdAt` + `dueDays`) has passed; computed on every request. */
            overdue: boolean;
            /** @description Values of the custom fields that are configured as visible. */
            metaFields: components["schemas"]["InvoiceMeta"][];
        };
        /**
         * @description Sets one custom field of an invoice. Both keys are required (a missing one is a 400 "Bad Request");
         *     an unknown `name` is a 404. Other keys are ignored by the server.
         */
        InvoiceMetaForm: {
            /** @description Name of a custom field configured for invoices (by a plugin). */
            name: string;
            /** @description The new value; scalars are stored as text. */
            value: string | number | boolean | null;
        };
        /**
         * @description One entry of the action menu Kimai's UI shows for an item (edit, copy, delete, ...). Dividers are entries
         *     too (`divider: true`).
         */
        PageActionItem: {
            /** @description Name of the action (`edit`, `copy`, `trash`, `divider0`, ...). */
            id: string;
            /** @description The title translated to the requested locale (the action name when it has no translation). */
            title: string | null;
            /** @description Where the action leads, or null (dividers, actions run by JavaScript). */
            url: string | null;
            /** @description CSS classes for the menu entry. */
            class: string | null;
            /** @description HTML (data) attributes of the menu entry, by attribute name; `{}` when there are none. */
            attr: {
                [key: string]: string;
            };
            /** @description Whether a divider is drawn here (the `trash` entry and `divider*` entries without URL). */
            divider: boolean;
        };
    };
    responses: {
        /**
         * @description Not authenticated. Without credentials the body is the JSON error below. An unknown, expired or revoked
         *     Bearer token is refused by Symfony's access-token authenticator instead, which Kimai gives no failure
         *     handler: that 401 has an **empty body** and a `WWW-Authenticate` header, so do not rely on the body.
         */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
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
        /** @description The endpoint was removed; the route still exists and answers 410 to every caller. */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The user form did not validate (for example a taken username or e-mail, a password shorter than 8
         *     characters, an unknown language or time zone, or a role you may not assign). Fields the form does not
         *     have, including permission-gated ones you lack the permission for, are reported in the root `errors.errors`.
         */
        UserValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The team form did not validate (for example a duplicate or too short name, or an unknown user in
         *     `members`). `errors.children` mirrors the form: member problems are under `members.children`, an array
         *     with one node per member in the order they were sent.
         */
        TeamValidationFailed: {
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
         * @description ID of the rate.
         * @example 7
         */
        RateId: number;
        /**
         * @description ID of the comment.
         * @example 12
         */
        CommentId: number;
        /**
         * @description ID of the project.
         * @example 3
         */
        ProjectId: number;
        /**
         * @description ID of the activity.
         * @example 5
         */
        ActivityId: number;
        /**
         * @description ID of the timesheet.
         * @example 42
         */
        TimesheetId: number;
        /**
         * @description ID of the user.
         * @example 2
         */
        UserId: number;
        /**
         * @description ID of the team.
         * @example 1
         */
        TeamId: number;
        /**
         * @description ID of the tag.
         * @example 5
         */
        TagId: number;
        /**
         * @description ID of the invoice.
         * @example 42
         */
        InvoiceId: number;
        /**
         * @description The page the menu is for, which decides the entries: `index` (the list), `custom` (the detail page),
         *     `calendar` (timesheets only), or any other name a plugin understands.
         * @example index
         */
        ActionView: string;
        /**
         * @description Language to translate the entry titles to (`de`, `en`, `pt_BR`, ...).
         * @example en
         */
        ActionLocale: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Sent with the empty-bodied 401 that answers an unknown, expired or revoked API token, e.g.
         *     `Bearer error="invalid_token",error_description="Invalid credentials."`.
         * @example Bearer error="invalid_token",error_description="Invalid credentials."
         */
        WWWAuthenticate: string;
        /**
         * @description The page this response holds (1-based), as requested with `page`.
         * @example 1
         */
        XPage: number;
        /**
         * @description The page size in effect (`size`, default 50, capped at 500).
         * @example 50
         */
        XPerPage: number;
        /**
         * @description Number of items of the whole filtered list, over all pages.
         * @example 2
         */
        XTotalCount: number;
        /**
         * @description Number of pages of the whole filtered list at the current page size. Requesting a page past this one
         *     answers 404. An empty list still has one (empty) page.
         * @example 1
         */
        XTotalPages: number;
    };
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
                 * @description `1` adds the address fields (`vatId`, `addressLine1`-`3`, `postCode`, `city`) to every customer when the user has
                 *     the `details_customer` permission. Only `0` and `1` are accepted.
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
            /** @description The customers, sorted as requested (`CustomerCollectionFull` items with `full=1`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCollection"][] | components["schemas"]["CustomerCollectionFull"][];
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
            /** @description `name` or `value` is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No customer with this ID, or no custom field with this name is configured for customers. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
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
                "application/json": components["schemas"]["RateForm"];
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
                rateId: components["parameters"]["RateId"];
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
            403: components["responses"]["Forbidden"];
            410: components["responses"]["Gone"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /**
                 * @description Only projects of this customer (combined with `customers[]`).
                 * @example 1
                 */
                customer?: number;
                /**
                 * @description Only projects of these customers, e.g. `customers[]=1&customers[]=2`.
                 * @example [
                 *       1,
                 *       2
                 *     ]
                 */
                "customers[]"?: number[];
                /**
                 * @description Visibility filter: 1 = visible only, 2 = hidden only, 3 = both.
                 * @example 3
                 */
                visible?: 1 | 2 | 3;
                /**
                 * @description Only projects that have started by this day (or have no start), as `YYYY-MM-DD` or a local
                 *     `YYYY-MM-DDTHH:mm:ss` in the user's time zone. Default: now, when `end` is not sent either.
                 *     Ignored with `ignoreDates=1`.
                 * @example 2024-01-01
                 */
                start?: string;
                /**
                 * @description Only projects that have not ended before this day (or have no end), as `YYYY-MM-DD` or a local
                 *     `YYYY-MM-DDTHH:mm:ss` in the user's time zone. Default: now, when `start` is not sent either.
                 *     Ignored with `ignoreDates=1`.
                 * @example 2024-12-31T23:59:59
                 */
                end?: string;
                /**
                 * @description `1` lists projects regardless of their start and end dates (`start` and `end` are ignored).
                 * @example 1
                 */
                ignoreDates?: 1;
                /**
                 * @description `1`: only projects that allow global activities, `0`: only projects that do not. Default: all.
                 * @example 1
                 */
                globalActivities?: 0 | 1;
                /**
                 * @description Sort direction.
                 * @example DESC
                 */
                order?: "ASC" | "DESC";
                /**
                 * @description Field to sort by (`customer` sorts by the customer's name).
                 * @example customer
                 */
                orderBy?: "id" | "name" | "customer";
                /**
                 * @description Free-text search in name, number, comment and the other text fields.
                 * @example website
                 */
                term?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects, sorted as requested. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCollection"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreateForm"];
            };
        };
        responses: {
            /** @description The new project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEntity"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEntity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
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
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectEditForm"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEntity"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setProjectMeta: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetaFieldForm"];
            };
        };
        responses: {
            /** @description The project with the new value in `metaFields`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEntity"];
                };
            };
            /** @description `name` or `value` is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No project with this ID, or no custom field with this name is configured for projects. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectRates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
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
                    "application/json": components["schemas"]["ProjectRate"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addProjectRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateForm"];
            };
        };
        responses: {
            /** @description The new rate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRate"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteProjectRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the rate.
                 * @example 7
                 */
                rateId: components["parameters"]["RateId"];
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
    listProjectComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
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
    addProjectComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
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
    deleteProjectComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
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
    toggleProjectCommentPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
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
    duplicateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new project. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectEntity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createProjectTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            410: components["responses"]["Gone"];
        };
    };
    listActivities: {
        parameters: {
            query?: {
                /**
                 * @description Only activities of this project, plus the global activities (combined with `projects[]`).
                 * @example 3
                 */
                project?: number;
                /**
                 * @description Like `project`, for several projects, e.g. `projects[]=3&projects[]=4`.
                 * @example [
                 *       3,
                 *       4
                 *     ]
                 */
                "projects[]"?: number[];
                /**
                 * @description Visibility filter: 1 = visible only, 2 = hidden only, 3 = both.
                 * @example 3
                 */
                visible?: 1 | 2 | 3;
                /**
                 * @description `1` or `true`: only global activities. `0`, `false` or not sent: no such restriction.
                 * @example true
                 */
                globals?: "0" | "1" | "true" | "false";
                /**
                 * @description Field to sort by (`project` sorts by the project's name).
                 * @example project
                 */
                orderBy?: "id" | "name" | "project";
                /**
                 * @description Sort direction.
                 * @example ASC
                 */
                order?: "ASC" | "DESC";
                /**
                 * @description Free-text search in name, number, comment and the other text fields.
                 * @example design
                 */
                term?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activities, sorted as requested. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityCollection"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCreateForm"];
            };
        };
        responses: {
            /** @description The new activity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityEntity"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityEntity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
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
    updateActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityEditForm"];
            };
        };
        responses: {
            /** @description The updated activity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityEntity"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setActivityMeta: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetaFieldForm"];
            };
        };
        responses: {
            /** @description The activity with the new value in `metaFields`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityEntity"];
                };
            };
            /** @description `name` or `value` is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No activity with this ID, or no custom field with this name is configured for activities. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listActivityRates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
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
                    "application/json": components["schemas"]["ActivityRate"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addActivityRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateForm"];
            };
        };
        responses: {
            /** @description The new rate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRate"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteActivityRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
                /**
                 * @description ID of the rate.
                 * @example 7
                 */
                rateId: components["parameters"]["RateId"];
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
    createActivityTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 5
                 */
                id: components["parameters"]["ActivityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            410: components["responses"]["Gone"];
        };
    };
    listTimesheets: {
        parameters: {
            query?: {
                /**
                 * @description Records of this user (ID) instead of your own, or `all` for every user you may see. Needs the
                 *     `view_other_timesheet` permission; without it the parameter is ignored and you get your own records.
                 * @example all
                 */
                user?: number | string;
                /**
                 * @description Records of these users (IDs; ignored with `user=all`). Needs `view_other_timesheet` like `user`.
                 * @example [
                 *       2,
                 *       4
                 *     ]
                 */
                "users[]"?: number[];
                /**
                 * @description Records of projects of this customer (ID).
                 * @example 1
                 */
                customer?: number;
                /**
                 * @description Records of projects of these customers (IDs).
                 * @example [
                 *       1
                 *     ]
                 */
                "customers[]"?: number[];
                /**
                 * @description Records of this project (ID).
                 * @example 3
                 */
                project?: number;
                /**
                 * @description Records of these projects (IDs).
                 * @example [
                 *       3
                 *     ]
                 */
                "projects[]"?: number[];
                /**
                 * @description Records of this activity (ID).
                 * @example 5
                 */
                activity?: number;
                /**
                 * @description Records of these activities (IDs).
                 * @example [
                 *       5,
                 *       6
                 *     ]
                 */
                "activities[]"?: number[];
                /**
                 * @description Records with at least one of these tags (names). Unknown names are skipped; when none of them exists the
                 *     request fails with 400.
                 * @example [
                 *       "homepage",
                 *       "meeting"
                 *     ]
                 */
                "tags[]"?: string[];
                /**
                 * @description Records that started at or after this local date-time (user's time zone), seconds required:
                 *     `2024-06-01T00:00:00`.
                 * @example 2024-06-01T00:00:00
                 */
                begin?: components["schemas"]["KimaiLocalDateTime"];
                /**
                 * @description Records that started at or before this local date-time (user's time zone), seconds required.
                 * @example 2024-06-30T23:59:59
                 */
                end?: components["schemas"]["KimaiLocalDateTime"];
                /**
                 * @description Records changed after this date-time, **in UTC** (unlike `begin`/`end`, as Kimai stores the change time in
                 *     UTC), seconds required. Use it to sync incrementally.
                 * @example 2024-06-03T08:00:00
                 */
                modified_after?: components["schemas"]["KimaiLocalDateTime"];
                /**
                 * @description 1 = only exported records, 0 = only records not exported yet (default both).
                 * @example 0
                 */
                exported?: 0 | 1;
                /**
                 * @description 1 = only running records, 0 = only stopped records (default both).
                 * @example 0
                 */
                active?: 0 | 1;
                /**
                 * @description 1 = only billable records, 0 = only non-billable records (default both).
                 * @example 1
                 */
                billable?: 0 | 1;
                /**
                 * @description Free-text search, mainly in the description.
                 * @example layout
                 */
                term?: string;
                /**
                 * @description Field to sort by.
                 * @example begin
                 */
                orderBy?: "id" | "begin" | "end" | "rate";
                /**
                 * @description Sort direction.
                 * @example ASC
                 */
                order?: "ASC" | "DESC";
                /**
                 * @description The page to return (1-based). A page past the last answers 404.
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Records per page; larger values are capped at 500.
                 * @example 100
                 */
                size?: number;
                /**
                 * @description `true` (or `1`) returns activity, project and user as objects (`TimesheetCollectionFull`).
                 * @example true
                 */
                full?: true | false | 1 | 0;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timesheets; `TimesheetCollectionFull` items with `full=true`. */
            200: {
                headers: {
                    "X-Page": components["headers"]["XPage"];
                    "X-Per-Page": components["headers"]["XPerPage"];
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    "X-Total-Pages": components["headers"]["XTotalPages"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetCollection"][] | components["schemas"]["TimesheetCollectionFull"][];
                };
            };
            /** @description A filter has an invalid value (not matching its pattern), or none of the `tags[]` exists. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The requested page is past the last one (see `X-Total-Pages`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTimesheet: {
        parameters: {
            query?: {
                /**
                 * @description Return the record as `TimesheetExpanded`. Kimai checks only that the parameter is present, so even
                 *     `full=false` expands: send `full=true` or leave it out.
                 * @example true
                 */
                full?: true;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimesheetCreateForm"];
            };
        };
        responses: {
            /** @description The new timesheet; `TimesheetExpanded` with `full=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetEntity"] | components["schemas"]["TimesheetExpanded"];
                };
            };
            /**
             * @description The form did not validate: a hidden or inaccessible project/activity ("The selected choice is invalid."),
             *     end before begin, a field the user may not send (extra fields), or a rule of the instance.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listActiveTimesheets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The running timesheets; empty when nothing is running. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetCollectionFull"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listRecentTimesheets: {
        parameters: {
            query?: {
                /**
                 * @description Only records started at or after this local date-time, seconds required (default one year ago).
                 * @example 2024-05-01T00:00:00
                 */
                begin?: components["schemas"]["KimaiLocalDateTime"];
                /**
                 * @description Number of combinations to return.
                 * @example 5
                 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest record of each recent combination. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetCollectionFull"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getTimesheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timesheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetEntity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteTimesheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
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
    updateTimesheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimesheetEditForm"];
            };
        };
        responses: {
            /** @description The updated timesheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetEntity"];
                };
            };
            /** @description The form did not validate (see `createTimesheet`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    duplicateTimesheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The copy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetEntity"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    toggleTimesheetExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timesheet with the new `exported` value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetEntity"];
                };
            };
            /**
             * @description Saving the record was refused by a rule of the instance (Kimai validates the timesheet again when it
             *     saves it, e.g. against a lockdown period).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setTimesheetMeta: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetaFieldForm"];
            };
        };
        responses: {
            /** @description The timesheet with the new value in `metaFields`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetEntity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No timesheet with this ID, or no custom field of this name. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restartTimesheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TimesheetRestartForm"];
            };
        };
        responses: {
            /** @description The new running timesheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetEntity"];
                };
            };
            /** @description `begin` is not a valid date-time, or a rule of the instance refused the new record. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    stopTimesheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stopped timesheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetEntity"];
                };
            };
            /** @description A rule of the instance refused the stop. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listFavoriteTimesheets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your favorite timesheets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetFavorite"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    addFavoriteTimesheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timesheet is a favorite. */
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
    removeFavoriteTimesheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 42
                 */
                id: components["parameters"]["TimesheetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timesheet is no favorite (any more). */
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
    getTimesheetConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timesheet settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimesheetConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Visibility filter: 1 = enabled users only, 2 = disabled users only, 3 = both.
                 * @example 3
                 */
                visible?: 1 | 2 | 3;
                /**
                 * @description Field to sort by.
                 * @example email
                 */
                orderBy?: "id" | "username" | "alias" | "email";
                /**
                 * @description Sort direction.
                 * @example DESC
                 */
                order?: "ASC" | "DESC";
                /**
                 * @description Free-text search term (matches the username, alias, e-mail and other user fields).
                 * @example john
                 */
                term?: string;
                /**
                 * @description `true` returns `UserEntity` objects (with supervisor, teams, memberships, roles and preferences)
                 *     instead of the short list form. The server also accepts `1` and `0`.
                 * @example true
                 */
                full?: true | false | 1 | 0;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users, sorted as requested; `UserEntity` objects with `full=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["UserCollection"] | components["schemas"]["UserEntity"])[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreateForm"];
            };
        };
        responses: {
            /** @description The new user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEntity"];
                };
            };
            400: components["responses"]["UserValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEntity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example 2
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEntity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example 2
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserEditForm"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEntity"];
                };
            };
            400: components["responses"]["UserValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateUserPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example 2
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPreferenceForm"][];
            };
        };
        responses: {
            /** @description The user with the new values in `preferences`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEntity"];
                };
            };
            /** @description The body is not an array of objects with `name` and `value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No permission to edit the user, or one of the preferences is disabled for this user. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No user with this ID, or no preference with one of the given names. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the API token (access token).
                 * @example 3
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the body is the JSON literal `null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the (custom) role.
                 * @example 2
                 */
                id: number;
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
    listTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamCollection"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamCreateForm"];
            };
        };
        responses: {
            /** @description The new team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            400: components["responses"]["TeamValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
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
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamEditForm"];
            };
        };
        responses: {
            /** @description The updated team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            400: components["responses"]["TeamValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the user.
                 * @example 2
                 */
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team with its updated members and access lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            /** @description Nothing to change, because the user is already a member. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No team with this ID, or no user with this ID. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the user.
                 * @example 2
                 */
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team with its updated members and access lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            /** @description Nothing to change, because the user is not a member, or is a team lead (team leads cannot be removed this way). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No team with this ID, or no user with this ID. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grantTeamCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                customerId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team with its updated members and access lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            /** @description Nothing to change, because the team already has access to the customer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No team with this ID, or no customer with this ID. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeTeamCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                customerId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team with its updated members and access lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            /** @description Nothing to change, because the customer is not assigned to the team. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No team with this ID, or no customer with this ID. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grantTeamProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                projectId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team with its updated members and access lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            /** @description Nothing to change, because the team already has access to the project. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No team with this ID, or no project with this ID. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeTeamProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                projectId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team with its updated members and access lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            /** @description Nothing to change, because the project is not assigned to the team. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No team with this ID, or no project with this ID. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grantTeamActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the activity.
                 * @example 8
                 */
                activityId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team with its updated members and access lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            /** @description Nothing to change, because the team already has access to the activity. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No team with this ID, or no activity with this ID. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeTeamActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 1
                 */
                id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the activity.
                 * @example 8
                 */
                activityId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team with its updated members and access lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEntity"];
                };
            };
            /** @description Nothing to change, because the activity is not assigned to the team. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No team with this ID, or no activity with this ID. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTagNames: {
        parameters: {
            query?: {
                /**
                 * @description Only tags whose name contains this text.
                 * @example in
                 */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagEditForm"];
            };
        };
        responses: {
            /** @description The new tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagEntity"];
                };
            };
            /** @description The form did not validate (for example the name is too short, taken or contains a comma). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    findTags: {
        parameters: {
            query?: {
                /**
                 * @description Text the tag names must contain; without it nothing is returned.
                 * @example 2018
                 */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagEntity"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the tag.
                 * @example 5
                 */
                id: components["parameters"]["TagId"];
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
    getColorConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Color name -> hex code, in the configured order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColorConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listPlugins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The installed plugins. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plugin"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /**
                 * @description Only invoices created at or after this local date-time (with seconds).
                 * @example 2024-06-01T00:00:00
                 */
                begin?: components["schemas"]["KimaiLocalDateTime"];
                /**
                 * @description Only invoices created at or before this local date-time (with seconds).
                 * @example 2024-06-30T23:59:59
                 */
                end?: components["schemas"]["KimaiLocalDateTime"];
                /**
                 * @description Only invoices of these customers (IDs). Every customer must be accessible to the user.
                 * @example [
                 *       1,
                 *       2
                 *     ]
                 */
                "customers[]"?: number[];
                /**
                 * @description Only invoices with one of these states (default all).
                 * @example [
                 *       "pending",
                 *       "paid"
                 *     ]
                 */
                "status[]"?: ("new" | "pending" | "paid" | "canceled")[];
                /**
                 * @description The page to return (1-based); a page past the last one is answered with 404.
                 * @example 2
                 */
                page?: number;
                /**
                 * @description Invoices per page. Values above 500 are capped at 500; 0 means the default.
                 * @example 25
                 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of invoices. */
            200: {
                headers: {
                    "X-Page": components["headers"]["XPage"];
                    "X-Per-Page": components["headers"]["XPerPage"];
                    "X-Total-Count": components["headers"]["XTotalCount"];
                    "X-Total-Pages": components["headers"]["XTotalPages"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceCollection"][];
                };
            };
            /** @description A query parameter does not meet its requirement (for example a date without seconds). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The requested page is past the last one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invoice.
                 * @example 42
                 */
                id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invoice.
                 * @example 42
                 */
                id: components["parameters"]["InvoiceId"];
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
    setInvoiceCustomFields: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invoice.
                 * @example 42
                 */
                id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceMetaForm"][];
            };
        };
        responses: {
            /** @description The invoice with its visible custom fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description The body is not a list of `{name, value}` objects, or an entry lacks `name` or `value`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No invoice with this ID, or a custom field name that is not configured for invoices. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invoice.
                 * @example 42
                 */
                id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice document. */
            200: {
                headers: {
                    /**
                     * @description `attachment; filename=<invoiceFilename>` (quoted when needed; names that are not ASCII come with
                     *     an ASCII fallback `filename` and the UTF-8 name in `filename*`).
                     * @example attachment; filename=INV-2024-0042-acme_university.pdf
                     */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/html": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "text/csv": string;
                    "text/plain": string;
                    "application/json": unknown;
                    "application/xml": string;
                    "text/xml": string;
                    "application/zip": string;
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No invoice with this ID, or its document file is missing on the server. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteInvoiceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the uploaded invoice document.
                 * @example 3
                 */
                id: number;
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
    deleteInvoiceTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invoice template.
                 * @example 2
                 */
                id: number;
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
    listActivityActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the activity.
                 * @example 7
                 */
                id: number;
                /**
                 * @description The page the menu is for, which decides the entries: `index` (the list), `custom` (the detail page),
                 *     `calendar` (timesheets only), or any other name a plugin understands.
                 * @example index
                 */
                view: components["parameters"]["ActionView"];
                /**
                 * @description Language to translate the entry titles to (`de`, `en`, `pt_BR`, ...).
                 * @example en
                 */
                locale: components["parameters"]["ActionLocale"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The menu entries, in display order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageActionItem"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listCustomerActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer.
                 * @example 1
                 */
                id: number;
                /**
                 * @description The page the menu is for, which decides the entries: `index` (the list), `custom` (the detail page),
                 *     `calendar` (timesheets only), or any other name a plugin understands.
                 * @example index
                 */
                view: components["parameters"]["ActionView"];
                /**
                 * @description Language to translate the entry titles to (`de`, `en`, `pt_BR`, ...).
                 * @example en
                 */
                locale: components["parameters"]["ActionLocale"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The menu entries, in display order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageActionItem"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listProjectActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example 3
                 */
                id: number;
                /**
                 * @description The page the menu is for, which decides the entries: `index` (the list), `custom` (the detail page),
                 *     `calendar` (timesheets only), or any other name a plugin understands.
                 * @example index
                 */
                view: components["parameters"]["ActionView"];
                /**
                 * @description Language to translate the entry titles to (`de`, `en`, `pt_BR`, ...).
                 * @example en
                 */
                locale: components["parameters"]["ActionLocale"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The menu entries, in display order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageActionItem"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listTimesheetActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the timesheet.
                 * @example 12
                 */
                id: number;
                /**
                 * @description The page the menu is for, which decides the entries: `index` (the list), `custom` (the detail page),
                 *     `calendar` (timesheets only), or any other name a plugin understands.
                 * @example index
                 */
                view: components["parameters"]["ActionView"];
                /**
                 * @description Language to translate the entry titles to (`de`, `en`, `pt_BR`, ...).
                 * @example en
                 */
                locale: components["parameters"]["ActionLocale"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The menu entries, in display order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageActionItem"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteExportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the export template.
                 * @example 5
                 */
                id: number;
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
    resetDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    addDashboardWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a dashboard widget the user may see.
                 * @example userDurationWeek
                 */
                widget: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Added (or already there). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No widget with this ID that the user may see. */
            404: {
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
