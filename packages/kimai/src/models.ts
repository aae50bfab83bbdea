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
export type Comment = Schemas["Comment"];
export type CommentForm = Schemas["CommentForm"];
/** A user as listed by `GET /api/users` (the same fields as an embedded `User`). */
export type UserCollection = Schemas["UserCollection"];
/** A user with supervisor, teams, roles and preferences, as `GET /api/users/{id}` and `/api/users/me` return it. */
export type UserEntity = Schemas["UserEntity"];
/** One preference of a user (`{name, value}`); also the items of `PATCH /api/users/{id}/preferences`. */
export type UserPreference = Schemas["UserPreference"];
/** Body of `POST /api/users`. */
export type UserCreateForm = Schemas["UserCreateForm"];
/** Body of `PATCH /api/users/{id}`: any subset of the fields your permissions allow. */
export type UserEditForm = Schemas["UserEditForm"];
/** A team as listed by `GET /api/teams` (the same fields as an embedded `Team`). */
export type TeamCollection = Schemas["TeamCollection"];
/** A team with members and the customers, projects and activities it may access. */
export type TeamEntity = Schemas["TeamEntity"];
/** A member of a team (in `TeamEntity.members`). */
export type TeamMember = Schemas["TeamMember"];
/** A team membership of a user (in `UserEntity.memberships`). */
export type TeamMembership = Schemas["TeamMembership"];
/** One member in the team form: `{user, teamlead}`. */
export type TeamMemberForm = Schemas["TeamMemberForm"];
/** Body of `PATCH /api/teams/{id}`: any subset; `members` replaces all members. */
export type TeamEditForm = Schemas["TeamEditForm"];
/** Body of `POST /api/teams`. */
export type TeamCreateForm = Schemas["TeamCreateForm"];
/** A tag, as `GET /api/tags/find` and `POST /api/tags` return it. */
export type TagEntity = Schemas["TagEntity"];
/** Body of `POST /api/tags`. */
export type TagEditForm = Schemas["TagEditForm"];
// --- projects and activities ---
/** A customer as embedded in other resources (the `customer` of `ProjectExpanded`). */
export type Customer = Schemas["Customer"];
/** A customer as `GET /api/customers?full=1` lists it (with `details_customer`): with the address fields. */
export type CustomerCollectionFull = Schemas["CustomerCollectionFull"];
/** Custom field values in a create/update body, keyed by field name: `{sector: {value: "education"}}`. */
export type MetaFieldsForm = Schemas["MetaFieldsForm"];
/** An hourly or fixed rate of a customer, project or activity. */
export type Rate = Schemas["Rate"];
/** Body of `POST /api/{customers,projects,activities}/{id}/rates`. */
export type RateForm = Schemas["RateForm"];
/** A project as embedded in other resources, with its customer as an ID. */
export type Project = Schemas["Project"];
/** A project with its customer as an object (in expanded timesheets and activities). */
export type ProjectExpanded = Schemas["ProjectExpanded"];
/** A project as listed by `GET /api/projects` (no budget fields). */
export type ProjectCollection = Schemas["ProjectCollection"];
/** A project with every detail, as `GET /api/projects/{id}` returns it. */
export type ProjectEntity = Schemas["ProjectEntity"];
/** The value of one custom field of a project. */
export type ProjectMeta = Schemas["ProjectMeta"];
/** A rate of a project. */
export type ProjectRate = Schemas["ProjectRate"];
/** Body of `POST /api/projects` (dates as `YYYY-MM-DD`). */
export type ProjectCreateForm = Schemas["ProjectCreateForm"];
/** Body of `PATCH /api/projects/{id}`: any subset (dates as `YYYY-MM-DDTHH:mm:ss`). */
export type ProjectEditForm = Schemas["ProjectEditForm"];
/** An activity as embedded in other resources, with its project as an ID (null = global). */
export type Activity = Schemas["Activity"];
/** An activity with its project as an object (null = global), in expanded timesheets. */
export type ActivityExpanded = Schemas["ActivityExpanded"];
/** An activity as listed by `GET /api/activities` (no budget fields). */
export type ActivityCollection = Schemas["ActivityCollection"];
/** An activity with every detail, as `GET /api/activities/{id}` returns it. */
export type ActivityEntity = Schemas["ActivityEntity"];
/** The value of one custom field of an activity. */
export type ActivityMeta = Schemas["ActivityMeta"];
/** A rate of an activity. */
export type ActivityRate = Schemas["ActivityRate"];
/** Body of `POST /api/activities` (without `project`: a global activity). */
export type ActivityCreateForm = Schemas["ActivityCreateForm"];
/** Body of `PATCH /api/activities/{id}`: any subset. */
export type ActivityEditForm = Schemas["ActivityEditForm"];
// --- end projects and activities ---
/** A timesheet as listed by `GET /api/timesheets`: project, activity and user as IDs. */
export type TimesheetCollection = Schemas["TimesheetCollection"];
/** A timesheet with activity, project and user as objects (`?full=true`, `/active`, `/recent`). */
export type TimesheetCollectionFull = Schemas["TimesheetCollectionFull"];
/** A single timesheet with its fixed and hourly rate, as `GET /api/timesheets/{id}` and the write operations return it. */
export type TimesheetEntity = Schemas["TimesheetEntity"];
/** A single timesheet with objects instead of IDs, as `POST /api/timesheets?full=true` returns it. */
export type TimesheetExpanded = Schemas["TimesheetExpanded"];
/** A favorite timesheet (`GET /api/favorites/timesheets`, Kimai > 2.65); rates only with permission. */
export type TimesheetFavorite = Schemas["TimesheetFavorite"];
/** One custom field value of a timesheet (`{name, value}`). */
export type TimesheetMeta = Schemas["TimesheetMeta"];
/** Body of `POST /api/timesheets`. */
export type TimesheetCreateForm = Schemas["TimesheetCreateForm"];
/** Body of `PATCH /api/timesheets/{id}`: any subset of the fields. */
export type TimesheetEditForm = Schemas["TimesheetEditForm"];
/** Optional body of `PATCH /api/timesheets/{id}/restart`: `{begin, copy}`. */
export type TimesheetRestartForm = Schemas["TimesheetRestartForm"];
/** The instance's timesheet settings (`GET /api/config/timesheet`): tracking mode, limits. */
export type TimesheetConfig = Schemas["TimesheetConfig"];
/** An invoice as listed by `GET /api/invoices` (paginated). */
export type InvoiceCollection = Schemas["InvoiceCollection"];
/** A single invoice, as `GET /api/invoices/{id}` returns it. */
export type Invoice = Schemas["Invoice"];
/** The value of one visible custom field of an invoice. */
export type InvoiceMeta = Schemas["InvoiceMeta"];
/** One entry of the body of `PATCH /api/invoices/{id}/custom-fields`. */
export type InvoiceMetaForm = Schemas["InvoiceMetaForm"];
/** An installed plugin (`GET /api/plugins`). */
export type Plugin = Schemas["Plugin"];
/** The configured picker colors, name -> hex code (`GET /api/config/colors`). */
export type ColorConfig = Schemas["ColorConfig"];
/** One entry of an item's action menu in Kimai's UI (internal `GET /api/actions/...`). */
export type PageActionItem = Schemas["PageActionItem"];
