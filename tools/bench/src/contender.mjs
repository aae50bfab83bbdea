// One contender of a per-call row (client CPU, loopback, mite XML / JSON), alone in its own process, as a
// user's app would run it: in one process the contenders share openapi-fetch's code, the stubbed fetch and
// the heap, which weighs on their ratio (BENCHMARKS.md, "Method"). Started by run.mjs with
// `fork(contender.mjs, [scenario, contender, baseUrl])` (baseUrl empty for the CPU rows); it says "ready",
// then each `"run"` message runs one block of calls and is answered `{ units, ms }`, timed here, so the IPC
// round trip is not on the clock.
import { performance } from "node:perf_hooks";
import { unwrap } from "@punchclock/core";
import { bearerToken, createKimaiClient } from "@punchclock/kimai";
import { createMiteClient, miteApiKey } from "@punchclock/mite";
import createClient from "openapi-fetch";
import { customerJson } from "./fixtures.mjs";
import { stubFetch } from "./stub-fetch.mjs";

const [scenario, contender, baseUrlArgument] = process.argv.slice(2);
const CUSTOMER = { params: { path: { id: 1 } } };
const quick = process.argv.includes("--quick");

/** The block of calls one `"run"` message times: `calls` sequential calls of `call`. */
function blockOf(call, calls) {
  return async () => {
    for (let i = 0; i < calls; i++) await call();
    return calls;
  };
}

function setUp() {
  if (scenario === "cpu" || scenario === "cpu-own-fetch") {
    const stub = stubFetch(customerJson);
    // "cpu": defaults on, as the issue measures it: neither client is given a fetch, the platform's fetch is
    // the stub (as a test's nock or msw replace it). "cpu-own-fetch": the stub is the client's `fetch` option.
    const own = scenario === "cpu-own-fetch";
    if (!own) globalThis.fetch = stub;
    const baseUrl = "http://127.0.0.1";
    const calls = quick ? 500 : 2000;
    if (contender === "punchclock") {
      const kimai = createKimaiClient({ baseUrl, auth: bearerToken("token"), ...(own ? { fetch: stub } : {}) });
      return blockOf(() => unwrap(kimai.GET("/api/customers/{id}", CUSTOMER)), calls);
    }
    if (contender === "bare") {
      const bare = createClient({ baseUrl, headers: { Accept: "application/json" }, ...(own ? { fetch: stub } : {}) });
      return blockOf(() => bare.GET("/api/customers/{id}", CUSTOMER), calls);
    }
  }
  if (scenario === "loopback-single" || scenario === "loopback-list") {
    const baseUrl = baseUrlArgument;
    const [path, init, calls] =
      scenario === "loopback-single"
        ? ["/api/customers/{id}", CUSTOMER, quick ? 100 : 600]
        : ["/api/customers", {}, quick ? 50 : 300];
    if (contender === "punchclock") {
      const kimai = createKimaiClient({ baseUrl, auth: bearerToken("token") });
      return blockOf(() => unwrap(kimai.GET(path, init)), calls);
    }
    if (contender === "bare") {
      const bare = createClient({ baseUrl, headers: { Accept: "application/json" } });
      return blockOf(() => bare.GET(path, init), calls);
    }
    if (contender === "fetch") {
      const url = `${baseUrl}${path.replace("{id}", "1")}`;
      return blockOf(async () => (await fetch(url)).json(), calls);
    }
  }
  if (scenario === "mite-list" && (contender === "xml" || contender === "json")) {
    const mite = createMiteClient({ baseUrl: baseUrlArgument, auth: miteApiKey("key"), format: contender });
    return blockOf(() => unwrap(mite.GET("/customers")), quick ? 5 : 20);
  }
  throw new Error(`unknown contender ${contender} of ${scenario}`);
}

const block = setUp();
process.on("message", async (message) => {
  if (message !== "run") return;
  const started = performance.now();
  const units = await block();
  process.send({ units, ms: performance.now() - started });
});
process.on("disconnect", () => process.exit(0));
process.send("ready");
