// Five calls of the Kimai client, compiled three ways by src/type-budget.mjs: without the calls (the
// baseline of the imports), reading `(await call).data`, and `await unwrap(call)`. See BENCHMARKS.md.
import { bearerToken, createKimaiClient, unwrap } from "@punchclock/kimai";

const kimai = createKimaiClient({ baseUrl: "https://kimai.example.com", auth: bearerToken("token") });
void unwrap;

// CALLS-START
export async function calls() {
  const customer = WRAP(kimai.GET("/api/customers/{id}", { params: { path: { id: 1 } } }));
  const projects = WRAP(kimai.GET("/api/projects", { params: { query: { customer: 1 } } }));
  const activities = WRAP(kimai.GET("/api/activities"));
  const timesheets = WRAP(kimai.GET("/api/timesheets", { params: { query: { page: 1, size: 50 } } }));
  const created = WRAP(kimai.POST("/api/customers", { body: { name: "Big", country: "DE", currency: "EUR", timezone: "UTC" } }));
  return [customer, projects, activities, timesheets, created] as const;
}
// CALLS-END
