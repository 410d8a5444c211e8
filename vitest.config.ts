import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    reporters: ["default", "./test/support/plain-summary-reporter.ts", "./test/support/secret-leak-reporter.ts"],
    // The test devices' own logs: read by the secret-leak reporter, not shown.
    onConsoleLog: (log) => !log.startsWith("[device]"),
  },
});
