import { fileURLToPath } from "node:url";
import { describeContract } from "@punchclock/contract-harness";
import { bearerToken, kimaiLegacyHeaders } from "@punchclock/core";
import { createKimaiClient } from "../src/index.js";
import { activityCases } from "./contract/activities.cases.js";
import { customerCases } from "./contract/customers.cases.js";
import { defaultCases } from "./contract/default.cases.js";
import { internalCases } from "./contract/internal.cases.js";
import { invoiceCases } from "./contract/invoices.cases.js";
import { projectCases } from "./contract/projects.cases.js";
import { tagCases } from "./contract/tags.cases.js";
import { teamCases } from "./contract/teams.cases.js";
import { timesheetCases } from "./contract/timesheets.cases.js";
import { userCases } from "./contract/users.cases.js";

// One file of cases per resource in ./contract; this suite runs them all and gates the coverage.
const spec = fileURLToPath(new URL("../../../specs/kimai/openapi.yaml", import.meta.url));
const cases = [
  ...defaultCases,
  ...customerCases,
  ...projectCases,
  ...activityCases,
  ...timesheetCases,
  ...userCases,
  ...teamCases,
  ...tagCases,
  ...invoiceCases,
  ...internalCases,
];

describeContract("Kimai client against specs/kimai", {
  spec,
  baseUrl: "https://kimai.example.test",
  createClient: (baseUrl) => createKimaiClient({ baseUrl, auth: bearerToken("api-token-1") }),
  cases,
});

describeContract("Kimai client with the deprecated X-AUTH headers, below a path prefix", {
  spec,
  baseUrl: "https://example.test/kimai",
  createClient: (baseUrl) => createKimaiClient({ baseUrl, auth: kimaiLegacyHeaders({ username: "susan", apiPassword: "pw" }) }),
  cases: cases.filter((contractCase) => ["ping", "getCustomer", "createCustomer"].includes(contractCase.operationId)),
  coverage: false,
});
