// `pnpm run docs`: one static site in docs/dist/, readable offline: an index, the Kimai and mite API
// references (Redocly, the renderer inlined into the page) and the TypeScript API reference of the three
// packages (TypeDoc).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";

const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
const references = [
  {
    name: "kimai",
    title: "Kimai API",
    blurb: "Self-hosted Kimai 2.65: every public route, with the release that introduced it.",
  },
  { name: "mite", title: "mite API", blurb: "mite (SaaS): every resource, with JSON and Rails XML examples side by side." },
];

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist", { recursive: true });
for (const { name } of references) {
  // The `-docs` APIs of redocly.yaml: x-since in the descriptions, x-internal operations left out.
  execFileSync(
    "redocly",
    ["build-docs", `${name}-docs`, "--config", "../redocly.yaml", "--inlineBundle", "--output", `dist/${name}.html`],
    { stdio: ["ignore", "ignore", "inherit"], env },
  );
}
execFileSync("typedoc", ["--options", "typedoc.json"], { stdio: "inherit", env });

const items = references
  .map(({ name, title, blurb }) => `<li><a href="${name}.html">${title}</a>: ${blurb}</li>`)
  .join("\n        ");
writeFileSync(
  "dist/index.html",
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>punchclock documentation</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 3rem auto; padding: 0 1rem; color: #1d2330; }
      h1 { font-size: 2rem; margin-bottom: .25rem; } h2 { margin-top: 2rem; font-size: 1.2rem; }
      a { color: #1f5fbf; } code { background: #f0f2f5; padding: .1rem .3rem; border-radius: 3px; }
    </style>
  </head>
  <body>
    <h1>punchclock</h1>
    <p>OpenAPI-first TypeScript clients for the Kimai and mite time-tracking APIs.</p>
    <h2>HTTP API references</h2>
    <p>Rendered from the hand-written OpenAPI 3.1 specs in <code>specs/</code>, the source the clients are generated from.</p>
    <ul>
        ${items}
    </ul>
    <h2>TypeScript API</h2>
    <ul>
        <li><a href="api/index.html">@punchclock/core, @punchclock/kimai, @punchclock/mite</a>: every exported function, class and type (TypeDoc).</li>
    </ul>
  </body>
</html>
`,
);
console.log("documentation site written to docs/dist/");
