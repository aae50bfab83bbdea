import { fileURLToPath } from "node:url";
import { describeContract } from "@punchclock/contract-harness";
import { basicAuth, miteApiKey } from "@punchclock/core";
import { createMiteClient, type MiteFormat } from "../src/index.js";
import { accountCases } from "./contract/account.cases.js";
import { bookmarkCases } from "./contract/bookmarks.cases.js";
import { customerCases } from "./contract/customers.cases.js";
import { dailyCases } from "./contract/daily.cases.js";
import { projectCases } from "./contract/projects.cases.js";
import { serviceCases } from "./contract/services.cases.js";
import { timeEntryCases } from "./contract/time-entries.cases.js";
import { trackerCases } from "./contract/tracker.cases.js";
import { userCases } from "./contract/users.cases.js";

// One file of cases per resource in ./contract; this suite runs them all in both formats and gates the coverage.
const spec = fileURLToPath(new URL("../../../specs/mite/openapi.yaml", import.meta.url));
const cases = [
  ...accountCases,
  ...customerCases,
  ...projectCases,
  ...serviceCases,
  ...userCases,
  ...timeEntryCases,
  ...dailyCases,
  ...trackerCases,
  ...bookmarkCases,
];

for (const format of ["json", "xml"] as const satisfies readonly MiteFormat[]) {
  describeContract(`mite client (${format}) against specs/mite`, {
    spec,
    baseUrl: "https://demo.mite.de",
    createClient: (baseUrl) => createMiteClient({ account: "demo", baseUrl, format, auth: miteApiKey("mite-key-1") }),
    cases,
  });
}

describeContract("mite client with the API key in the query", {
  spec,
  baseUrl: "https://demo.mite.de",
  createClient: () => createMiteClient({ account: "demo", format: "xml", auth: miteApiKey("mite-key-1", { in: "query" }) }),
  cases: cases.filter((contractCase) => ["listCustomers", "createCustomer"].includes(contractCase.operationId)),
  coverage: false,
});

describeContract("mite client with HTTP Basic", {
  spec,
  baseUrl: "https://demo.mite.de",
  createClient: () => createMiteClient({ account: "demo", auth: basicAuth({ username: "susan@example.com", password: "pw" }) }),
  cases: cases.filter((contractCase) => ["getMyself", "updateCustomer"].includes(contractCase.operationId)),
  coverage: false,
});
