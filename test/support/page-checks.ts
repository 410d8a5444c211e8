/**
 * What every browser test of a page checks besides its behaviour: axe-core finds no serious or
 * critical accessibility violation, and each tested state is seen at a desktop and a phone size.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { SCREENSHOTS } from "./browser.js";

/** The sizes each tested state is photographed at: a laptop and an iPhone 14/15. */
export const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

let axeSource: string | undefined;
const axe = () => (axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The serious and critical violations axe-core finds on the page as it is now: the whole page, or
 * only `within` (selectors), for a state that changed one part of a page already checked whole.
 * axe flattens the whole document whatever its context (6 s for one article of the 650 KB
 * reference on 2 cores, 0.2 s alone), so for `within` everything that neither holds nor is inside
 * a selected element is detached for the run and put back, listeners and state intact, afterwards.
 * The script is evaluated through the DevTools protocol, which a page's Content-Security-Policy
 * does not govern, so a page under a strict CSP is checked as it is served.
 */
export async function seriousViolations(page: Page, within?: string[]): Promise<AxeViolation[]> {
  await page.evaluate(`${axe()};0`);
  return page.evaluate(async (include) => {
    const run = (globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
    const detached: { node: Element; parent: Element; before: Node | null }[] = [];
    if (include) {
      const selected = include.flatMap((selector) => Array.from(document.querySelectorAll(selector)));
      const holders = new Set<Element>();
      for (const element of selected) for (let node: Element | null = element; node !== null; node = node.parentElement) holders.add(node);
      const detachOutside = (parent: Element): void => {
        for (const child of Array.from(parent.children)) {
          if (!holders.has(child)) detached.push({ node: child, parent, before: child.nextSibling });
          else if (!selected.includes(child)) detachOutside(child);
        }
      };
      detachOutside(document.body);
      for (const { node } of detached) node.remove();
    }
    try {
      const result = await run(include ? { include: include.map((selector) => [selector]) } : document, { resultTypes: ["violations"] });
      return result.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(" ")) }));
    } finally {
      for (const { node, parent, before } of detached.reverse()) parent.insertBefore(node, before);
    }
  }, within);
}

/** Screenshots of the page as it is now at each of VIEWPORTS (`<name>-desktop.png`, `<name>-phone.png` in test-results/screenshots/); the viewport is put back afterwards. */
export async function photograph(page: Page, name: string): Promise<string[]> {
  const before = page.viewportSize();
  const paths: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const path = join(SCREENSHOTS, `${name}-${viewport.name}.png`);
    await page.screenshot({ path, fullPage: false });
    paths.push(path);
  }
  if (before !== null) await page.setViewportSize(before);
  return paths;
}

/** The README's picture of a page (`docs/images/<file>`, 1280x900), written only when `UPDATE_README_PICTURES=1`, so a normal run leaves the tree clean. */
export async function readmePicture(page: Page, file: string): Promise<void> {
  if (process.env["UPDATE_README_PICTURES"] !== "1") return;
  const before = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: fileURLToPath(new URL(`../../docs/images/${file}`, import.meta.url)) });
  if (before !== null) await page.setViewportSize(before);
}
