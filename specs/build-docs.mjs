// `pnpm docs`: renders both specs with `redocly build-docs` into specs/dist/, with an index page.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const apis = [
  { name: "kimai", title: "Kimai API", blurb: "Self-hosted Kimai 2.65: every public route, with the release that introduced it." },
  { name: "mite", title: "mite API", blurb: "mite (SaaS), every resource in JSON and Rails XML." },
];
mkdirSync("dist", { recursive: true });
for (const { name } of apis) {
  // The `-docs` APIs of redocly.yaml: x-since in the descriptions, x-internal operations left out.
  execFileSync("redocly", ["build-docs", `${name}-docs`, "--config", "../redocly.yaml", "--inlineBundle", "--output", `dist/${name}.html`], {
    stdio: "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
}
const items = apis.map(({ name, title, blurb }) => `<li><a href="${name}.html">${title}</a>: ${blurb}</li>`).join("\n      ");
writeFileSync(
  "dist/index.html",
  `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>punchclock API reference</title></head>
  <body>
    <h1>punchclock API reference</h1>
    <p>Rendered from the hand-written OpenAPI specs in <code>specs/</code>.</p>
    <ul>
      ${items}
    </ul>
  </body>
</html>
`,
);
console.log("docs written to specs/dist/");
