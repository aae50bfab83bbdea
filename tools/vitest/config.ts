// The vitest setup of every package: tests under test/, no network (see no-network.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: [fileURLToPath(new URL("./no-network.ts", import.meta.url))],
  },
});
