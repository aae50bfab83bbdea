/**
 * The demo `pnpm start` runs against the local sandbox: the same calls you would make against a real
 * Kimai instance or mite account, only the base URLs differ.
 */
import {
  BadRequestError,
  bearerToken,
  createKimaiClient,
  flattenValidationErrors,
  formatMinutes,
  fromKimaiLocalDateTime,
  type LogEvent,
  parseKimaiDateTime,
  RequestAbortedError,
  toKimaiLocalDateTime,
  toPlainDate,
  unwrap,
} from "@punchclock/kimai";
import { centsToAmount, createMiteClient, type MiteFormat, miteApiKey, UnprocessableEntityError } from "@punchclock/mite";

/** Where the demo sends its requests, and where it prints. */
export interface DemoOptions {
  kimaiUrl: string;
  miteUrl: string;
  log: (line: string) => void;
}

export async function runDemo({ kimaiUrl, miteUrl, log }: DemoOptions): Promise<void> {
  // Kimai: bearer token, typed paths, `unwrap` for data-or-throw.
  const kimai = createKimaiClient({ baseUrl: kimaiUrl, auth: bearerToken("demo-token"), userAgent: "punchclock-demo" });
  const version = await unwrap(kimai.GET("/api/version"));
  log(`Kimai ${version.version} at ${kimaiUrl}`);
  const customers = await unwrap(kimai.GET("/api/customers", { params: { query: { visible: 3, orderBy: "name" } } }));
  for (const customer of customers)
    log(`  customer #${customer.id} ${customer.name} (${customer.currency}, ${customer.visible ? "visible" : "hidden"})`);
  const created = await unwrap(
    kimai.POST("/api/customers", {
      body: { name: "Acme University", country: "DE", language: "de", currency: "EUR", timezone: "Europe/Berlin" },
    }),
  );
  log(`  created customer #${created.id} ${created.name}`);

  // A timesheet flow: start a timer, list this week's timesheets page by page, stop the timer. Kimai reads
  // zone-less local times in the user's zone and answers with offsets; the core helpers convert both ways.
  const zone = "Europe/Berlin";
  const timer = await unwrap(
    kimai.POST("/api/timesheets", {
      body: { project: 3, activity: 5, begin: toKimaiLocalDateTime(new Date(), zone), description: "Weekly sync" },
    }),
  );
  log(`started timesheet #${timer.id} at ${timer.begin} (running: ${timer.end === null})`);
  const weekStart = toKimaiLocalDateTime(startOfWeek(new Date(), zone), zone);
  const thisWeek = kimai.paginate("/api/timesheets", { query: { begin: weekStart, user: "all" }, pageSize: 50 });
  for await (const timesheet of thisWeek) {
    // Kimai counts seconds; a duration that is not whole minutes is shown to the nearest minute.
    // A running timesheet has no end (its duration is 0 until it stops).
    const hours = timesheet.end === null ? "running" : `${formatMinutes(Math.round((timesheet.duration ?? 0) / 60))} h`;
    log(
      `  timesheet #${timesheet.id} ${parseKimaiDateTime(timesheet.begin).toISOString()} ${hours} ${timesheet.description ?? ""}`,
    );
  }
  log(`  ${thisWeek.totals?.totalCount ?? "?"} timesheets this week, on ${thisWeek.totals?.totalPages ?? "?"} page(s)`);
  const stopped = await unwrap(kimai.PATCH("/api/timesheets/{id}/stop", { params: { path: { id: timer.id } } }));
  log(`stopped timesheet #${stopped.id} at ${stopped.end} after ${formatMinutes(Math.round((stopped.duration ?? 0) / 60))} h`);

  // mite: the same calls in JSON and in Rails XML give the same values.
  for (const format of ["json", "xml"] satisfies MiteFormat[]) {
    const mite = createMiteClient({
      account: "demo",
      baseUrl: miteUrl,
      format,
      auth: miteApiKey("demo-key"),
      userAgent: "punchclock-demo",
    });
    const account = await unwrap(mite.GET("/account"));
    log(`mite (${format}) account "${account.account.title}", money in ${account.account.currency} cents`);
    for await (const customer of mite.paginate("/customers", { pageSize: 50 })) {
      // Rates are null when not set, and missing for time trackers, who never see money.
      const rate = customer.hourly_rate == null ? "no rate" : `${centsToAmount(Math.round(customer.hourly_rate)).toFixed(2)}/h`;
      log(
        `  customer #${customer.id} ${customer.name} (${rate}, ${customer.hourly_rates_per_service?.length ?? 0} service rates)`,
      );
    }
    const { data, response } = await mite.POST("/customers", { body: { customer: { name: "Big Inc." } } });
    log(`  created customer #${data?.customer.id} ${data?.customer.name} at ${response.headers.get("Location")}`);

    // Time entries: record one, track time on it, and report minutes per project and month.
    const { time_entry: entry } = await unwrap(
      mite.POST("/time_entries", {
        body: { time_entry: { date_at: toPlainDate(new Date(), "Europe/Berlin"), minutes: 90, note: "Sprint review" } },
      }),
    );
    log(`  time entry #${entry.id} on ${entry.date_at}: ${formatMinutes(entry.minutes)} h, ${entry.note}`);
    const { tracker } = await unwrap(mite.PATCH("/tracker/{id}", { params: { path: { id: entry.id } } }));
    log(`  tracker started on #${tracker.tracking_time_entry?.id} (${tracker.tracking_time_entry?.minutes} min so far)`);
    const { tracker: afterStop } = await unwrap(mite.DELETE("/tracker/{id}", { params: { path: { id: entry.id } } }));
    log(`  tracker stopped on #${afterStop.stopped_time_entry?.id} at ${afterStop.stopped_time_entry?.minutes} min`);
    const groups = await unwrap(mite.groupedTimeEntries({ groupBy: ["project", "month"], at: "this_year" }));
    for (const { time_entry_group: group } of groups) {
      const revenue =
        group.revenue == null
          ? "no revenue"
          : `${centsToAmount(Math.round(group.revenue)).toFixed(2)} ${account.account.currency}`;
      log(
        `  ${group.project_name ?? "(no project)"} ${group.year}-${String(group.month).padStart(2, "0")}: ${formatMinutes(group.minutes)} h, ${revenue}`,
      );
    }
  }

  // Typed errors: the sandbox validates requests against the spec and answers with the spec's errors.
  try {
    // "A" is shorter than the spec allows, so the sandbox answers with Kimai's validation error.
    await unwrap(
      kimai.POST("/api/customers", { body: { name: "A", country: "DE", language: "de", currency: "EUR", timezone: "UTC" } }),
    );
    throw new Error("the sandbox accepted an invalid Kimai customer");
  } catch (error) {
    if (!(error instanceof BadRequestError)) throw error;
    log(`Kimai refused the customer: ${error.message}`);
    for (const { field, messages } of flattenValidationErrors(error.body)) log(`  ${field || "(form)"}: ${messages.join(" ")}`);
  }
  try {
    // The sandbox validates JSON bodies (Prism cannot read XML ones).
    const mite = createMiteClient({ account: "demo", baseUrl: miteUrl, format: "json", auth: miteApiKey("demo-key") });
    // A number where mite wants a name: the types forbid it, so the demo casts to show the runtime error.
    await unwrap(mite.POST("/customers", { body: { customer: { name: 42 as unknown as string } } }));
    throw new Error("the sandbox accepted an invalid mite customer");
  } catch (error) {
    if (!(error instanceof UnprocessableEntityError)) throw error;
    log(`mite refused the customer: ${error.constructor.name} ${error.status}, "${error.apiMessage}" (${error.operationId})`);
  }
  // The runtime: every attempt is reported to the logger (credentials masked), and a fired signal ends a
  // call with a typed error before anything is sent.
  const events: LogEvent[] = [];
  await unwrap(kimai.withOptions({ logger: (event) => events.push(event) }).GET("/api/ping"));
  for (const event of events) {
    const detail =
      event.type === "request"
        ? ` Authorization: ${event.headers.authorization}`
        : event.type === "response"
          ? ` -> ${event.status}`
          : "";
    log(`logged ${event.type} ${event.method} ${event.path} (${event.operationId})${detail}`);
  }
  try {
    await kimai.GET("/api/customers", { signal: AbortSignal.abort() });
    throw new Error("an aborted call went through");
  } catch (error) {
    if (!(error instanceof RequestAbortedError)) throw error;
    log(`aborted: ${error.name}: ${error.message}`);
  }
  const noKey = createKimaiClient({ baseUrl: kimaiUrl, auth: { kind: "none", secrets: [], authenticate: (request) => request } });
  const { error: unauthorized, response } = await noKey.GET("/api/ping");
  if (response.status !== 401) throw new Error(`expected 401 without a token, got ${response.status}`);
  log(`Kimai without a token: ${response.status} ${JSON.stringify(unauthorized)}`);
}

/** Monday 00:00 of the week of `date`, in `timeZone`. */
function startOfWeek(date: Date, timeZone: string): Date {
  const [year, month, day] = toPlainDate(date, timeZone).split("-").map(Number) as [number, number, number];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  const sinceMonday = (calendarDay.getUTCDay() + 6) % 7;
  return fromKimaiLocalDateTime(
    `${toPlainDate(new Date(calendarDay.getTime() - sinceMonday * 86_400_000), "UTC")}T00:00:00`,
    timeZone,
  );
}
