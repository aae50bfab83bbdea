import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../vitest/config.ts";

// Chromium and the sandbox start once per file (beforeAll, which may install Chromium first); each test is a
// few calls in the page.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      testTimeout: 30_000,
    },
  }),
);
