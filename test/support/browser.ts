/** A Chromium driven by playwright-core, with the flags this machine's closed network needs. */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { isAvailable } from "./requirements.js";

export const SCREENSHOTS = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));

const COMMANDS = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

/**
 * The browser to drive: `CHROMIUM_PATH`, else a Chromium or Chrome on the PATH (Debian's
 * `chromium`), else one that playwright installed in its own cache.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env["CHROMIUM_PATH"];
  if (named !== undefined && named !== "") return existsSync(named) ? named : undefined;
  for (const dir of (env["PATH"] ?? "").split(delimiter).filter(Boolean)) {
    for (const command of COMMANDS) if (existsSync(join(dir, command))) return join(dir, command);
  }
  try {
    const cached = chromium.executablePath();
    return existsSync(cached) ? cached : undefined;
  } catch {
    return undefined; // playwright knows no build for this platform
  }
}

/** The browser's path when there is one; otherwise the tests that need it are skipped (never under CI=true). */
export function chromiumOrSkip(): string | undefined {
  const found = findChromium();
  const named = process.env["CHROMIUM_PATH"];
  const why = named ? `the Chromium that CHROMIUM_PATH names (${named})` : "Chromium";
  return isAvailable(why, found !== undefined, "install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary to run the browser tests") ? found : undefined;
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Every console error and uncaught exception of a page, and every URL it requested. */
export function watch(page: Page): { errors: string[]; requests: string[] } {
  const watched = { errors: [] as string[], requests: [] as string[] };
  page.on("console", (message) => {
    if (message.type() === "error") watched.errors.push(message.text());
  });
  page.on("pageerror", (error) => watched.errors.push(String(error)));
  page.on("request", (request) => watched.requests.push(request.url()));
  return watched;
}
