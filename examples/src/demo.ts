/**
 * The demo `pnpm start` runs against the local sandbox: the same calls you would make against a real
 * Kimai instance or mite account, only the base URLs differ.
 */
import {
  BadRequestError,
  bearerToken,
  flattenValidationErrors,
  type LogEvent,
  miteApiKey,
  RequestAbortedError,
  UnprocessableEntityError,
  unwrap,
} from "@punchclock/core";
import { createKimaiClient } from "@punchclock/kimai";
import { createMiteClient, type MiteFormat } from "@punchclock/mite";

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
      const rate = customer.hourly_rate === null ? "no rate" : `${(customer.hourly_rate / 100).toFixed(2)}/h`;
      log(`  customer #${customer.id} ${customer.name} (${rate}, ${customer.hourly_rates_per_service.length} service rates)`);
    }
    const { data, response } = await mite.POST("/customers", { body: { customer: { name: "Big Inc." } } });
    log(`  created customer #${data?.customer.id} ${data?.customer.name} at ${response.headers.get("Location")}`);
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
