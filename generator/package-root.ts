import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of opencmapi-gen's package.json, whether running from source or from dist/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "opencmapi-gen") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("opencmapi-gen: cannot find its own package.json");
    dir = parent;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}

/** The spec bundled with the package. */
export function bundledSpec(): { idl: string; schema: string } {
  const root = packageRoot();
  return { idl: join(root, "spec", "opencmapi.webidl"), schema: join(root, "spec", "opencmapi.schema.json") };
}
