import type { Reporter } from "vitest/node";

type UserConsoleLog = Parameters<NonNullable<Reporter["onUserConsoleLog"]>>[0];
import { TEST_SECRETS } from "./secrets.js";

/** What the tests use as secrets, and what they guess: none of it may reach a log. */
const SECRETS = [...Object.values(TEST_SECRETS), "bench-administrator-secret", "not-the-secret", "wrong-secret"];

/**
 * Fails the run when a secret the tests use reached any console output of any test (the devices
 * the tests start log to the console, prefixed "[device]", hidden from the report by
 * vitest.config.ts but read here).
 */
export default class SecretLeakReporter implements Reporter {
  private readonly leaks: string[] = [];

  onUserConsoleLog(log: UserConsoleLog): void {
    const found = SECRETS.find((secret) => log.content.includes(secret));
    if (found) this.leaks.push(`${found.slice(0, 6)}... in: ${log.content.slice(0, 160).replaceAll(found, "<secret>")}`);
  }

  onTestRunEnd(): void {
    if (this.leaks.length === 0) return;
    process.stdout.write(`\nA secret reached a log ${this.leaks.length} times:\n${this.leaks.map((leak) => `  ${leak}`).join("\n")}\n`);
    process.exitCode = 1;
  }
}
