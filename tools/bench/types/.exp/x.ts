// Five calls of the Kimai client, compiled three ways by src/type-budget.mjs: without the calls (the
// baseline of the imports), reading `(await call).data`, and `await unwrap(call)`. See BENCHMARKS.md.
import { bearerToken, createKimaiClient, unwrap } from "@punchclock/kimai";
type S<R> = R extends { data: infer D } ? ([D] extends [never] ? undefined : D) : never; declare function u19<R extends { readonly response: Response }>(p: Promise<R> | R): Promise<S<R>>;

const kimai = createKimaiClient({ baseUrl: "https://kimai.example.com", auth: bearerToken("token") });
void unwrap;

// CALLS-START
export async function calls() {
  const customer = await u19(kimai.GET("/api/customers/{id}", { params: { path: { id: 1 } } }));
  const projects = await u19(kimai.GET("/api/projects", { params: { query: { customer: 1 } } }));
  const activities = await u19(kimai.GET("/api/activities"));
  const timesheets = await u19(kimai.GET("/api/timesheets", { params: { query: { page: 1, size: 50 } } }));
  const created = await u19(kimai.POST("/api/customers", { body: { name: "Big Inc.", country: "DE", currency: "EUR", timezone: "Europe/Berlin" } }));
  return [customer, projects, activities, timesheets, created] as const;
}
// CALLS-END
