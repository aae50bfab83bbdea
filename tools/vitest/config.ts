// The vitest setup of every package: tests under test/, no network (see no-network.ts), type tests checked
// by the compiler, and coverage with thresholds when run with --coverage (CI does: pnpm run coverage).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: [fileURLToPath(new URL("./no-network.ts", import.meta.url))],
    // `expectTypeOf` asserts nothing at run time: without the type checker a wrong expectation passes.
    // test/types.test.ts files run twice, once by the checker (tsc), once at run time.
    typecheck: {
      enabled: true,
      include: ["test/**/types.test.ts"],
      tsconfig: "./tsconfig.json",
      // Type errors elsewhere are `pnpm typecheck`'s to report; here only the type tests count.
      ignoreSourceErrors: true,
    },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/generated/**"],
      reporter: ["text-summary", "text"],
      // A floor the suites of core, kimai and mite each reach on their own (core's HTTP runtime is also
      // exercised by the client and hostile-server suites, through the build, which this does not count), so
      // a change that leaves much code untested fails CI. Raise it as tests are added; never lower it to
      // make a change pass.
      // Measured when set: core 91/87/94/93 %, kimai 91/77/100/90 %, mite 94/88/100/97 % (statements,
      // branches, functions, lines).
      thresholds: {
        statements: 85,
        branches: 75,
        functions: 90,
        lines: 85,
      },
    },
  },
});
