/** Reads the templates: the runtime modules that generated code carries, and the docs page's assets. */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { packageRoot } from "./package-root.js";

export async function loadRuntimeTemplates(): Promise<Map<string, string>> {
  const dir = join(packageRoot(), "templates", "runtime");
  const names = (await readdir(dir)).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), "utf8")] as const)));
}

/** The docs page's stylesheet and script, by path below templates/. */
export async function loadAssets(): Promise<Map<string, string>> {
  const dir = join(packageRoot(), "templates", "docs");
  const names = (await readdir(dir)).filter((name) => /\.(css|js|html)$/.test(name)).sort();
  return new Map(await Promise.all(names.map(async (name) => [`docs/${name}`, await readFile(join(dir, name), "utf8")] as const)));
}
