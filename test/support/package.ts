/** opencmapi-gen packed as npm would publish it, for tests that install it into another project. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { tempDir } from "./generation.js";

export const run = promisify(execFile);
export const npmEnv = { ...process.env, npm_config_loglevel: "error", npm_config_fund: "false", npm_config_audit: "false", npm_config_update_notifier: "false" };
export const npm = (args: string[], cwd: string) => run("npm", args, { cwd, env: npmEnv, maxBuffer: 16 * 1024 * 1024 });

let packed: Promise<string> | undefined;

/**
 * The path of the package tarball, packed from the dist/ that `npm test` built (pretest). Without
 * --ignore-scripts npm pack would run the build again, and the build starts by removing dist/, from
 * under the tests that run the CLI at the same time.
 */
export function packageTarball(): Promise<string> {
  packed ??= (async () => {
    const dir = await tempDir("opencmapi-gen-pack-");
    await npm(["pack", "--ignore-scripts", "--pack-destination", dir], fileURLToPath(new URL("../..", import.meta.url)));
    return join(dir, "opencmapi-gen-0.1.0.tgz");
  })();
  return packed;
}
