/**
 * Tests that need something the repository cannot carry (the seed text, a browser) run when it is
 * there. Elsewhere they are skipped with one line that says how to enable them, except under
 * CI=true, where a missing requirement fails the run: CI never skips.
 */
export function isAvailable(what: string, found: boolean, howToEnable: string): boolean {
  if (found) return true;
  if (process.env["CI"] === "true") throw new Error(`${what} is missing, and under CI=true nothing is skipped: ${howToEnable}`);
  process.stderr.write(`skipped: ${what} is missing; ${howToEnable}\n`);
  return false;
}
