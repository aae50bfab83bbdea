import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["../vitest/no-network.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
