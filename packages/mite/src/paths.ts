// mite serves every resource as `.json` and `.xml`, so the spec's paths end in `.{format}`. Users pick the
// format once, on the client; these types remove the suffix and the `format` parameter from the
// generated paths, so `mite.GET("/customers/{id}", ...)` is what they write.
import type { paths } from "./generated/schema.js";
// `GET /time_entries` is typed as the entries list; its `group_by` form is `groupedTimeEntries()` (grouped.ts).
import type { WithoutGrouping } from "./grouped.js";

type StripFormatSuffix<P> = P extends `${infer Path}.{format}` ? Path : never;

type PathParamsWithoutFormat<Params> = [Exclude<keyof NonNullable<Params>, "format">] extends [never]
  ? { path?: never }
  : { path: Omit<NonNullable<Params>, "format"> };

type ParametersWithoutFormat<Parameters> = Parameters extends { path?: infer PathParams }
  ? Omit<Parameters, "path"> & PathParamsWithoutFormat<PathParams>
  : Parameters;

type OperationWithoutFormat<Operation> = Operation extends { parameters: infer Parameters }
  ? Omit<Operation, "parameters"> & { parameters: ParametersWithoutFormat<Parameters> }
  : Operation;

type PathItemWithoutFormat<PathItem> = {
  [Key in keyof PathItem]: Key extends "parameters"
    ? ParametersWithoutFormat<PathItem[Key]>
    : OperationWithoutFormat<PathItem[Key]>;
};

/** The mite API as the client is called: the spec's paths without `.{format}`. */
export type MitePaths = {
  [P in keyof paths as StripFormatSuffix<P>]: P extends "/time_entries.{format}"
    ? WithoutGrouping<PathItemWithoutFormat<paths[P]>>
    : PathItemWithoutFormat<paths[P]>;
};

type QueryOf<P extends keyof MitePaths> = MitePaths[P] extends { get: { parameters: { query?: infer Query } } }
  ? NonNullable<Query>
  : never;

/** Paths whose GET takes `limit` and `page`: the lists that can be paginated. */
export type MiteListPath = {
  [P in keyof MitePaths]: [QueryOf<P>] extends [never] ? never : "page" extends keyof QueryOf<P> ? P : never;
}[keyof MitePaths];

/** The filters of a list, without the paging parameters (the paginator sets those). */
export type MiteListFilters<P extends MiteListPath> = Omit<QueryOf<P>, "limit" | "page">;

type ListElement<P extends MiteListPath> = MitePaths[P] extends {
  get: { responses: { 200: { content: { "application/json": Array<infer Element> } } } };
}
  ? Element
  : never;

/** A record of a list without its wrapper: `{ customer: Customer }` -> `Customer`. */
export type MiteListItem<P extends MiteListPath> = ListElement<P> extends Record<string, infer Item> ? Item : never;
