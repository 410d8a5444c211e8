import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // vitest's default on 2 cores is one worker; two take the suite from 12 to 9 minutes (three: no faster, the cores are the limit).
    maxWorkers: 2,
    reporters: ["default", "./test/support/plain-summary-reporter.ts", "./test/support/secret-leak-reporter.ts"],
    // The test devices' own logs: read by the secret-leak reporter, not shown.
    onConsoleLog: (log) => !log.startsWith("[device]"),
  },
});
