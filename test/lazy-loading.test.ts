/** Which packages a command loads: printing the version or the help must not pay for the generator's heavy dependencies. */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { tempDir } from "./support/generation.js";
import { HEAVY_PACKAGES, packagesLoadedBy } from "./support/loaded-packages.js";

describe("lazy loading", () => {
  it("--version is answered before the CLI loads: no package at all", async () => {
    const { packages, stdout } = await packagesLoadedBy(["--version"]);
    expect(packages).toEqual([]);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each(["--help", "generate --help", "check --help", "diff --help"])("%s loads none of the generator's heavy packages", async (command) => {
    const { packages } = await packagesLoadedBy(command.split(" "));
    expect(packages).toContain("commander");
    expect(packages.filter((name) => HEAVY_PACKAGES.includes(name))).toEqual([]);
  });

  it("generate writes TypeScript without loading the TypeScript compiler; only --lang js loads it", async () => {
    const out = await tempDir();
    // A cache of its own: with an earlier run's model (write/model-cache.ts) webidl2 would not be loaded either.
    const cache = { OPENCMAPI_GEN_CACHE: await tempDir("opencmapi-gen-cache-") };
    const typescript = await packagesLoadedBy(["generate", "--out", join(out, "ts"), "--emit", "client,errors,server"], cache);
    expect(typescript.packages).toContain("webidl2");
    expect(typescript.packages.filter((name) => ["ts-morph", "@ts-morph/common", "typescript"].includes(name))).toEqual([]);
    const javascript = await packagesLoadedBy(["generate", "--out", join(out, "js"), "--emit", "client", "--lang", "js"], cache);
    expect(javascript.packages).toContain("ts-morph");
  }, 60_000);

  it("the hook sees them when a command does use them", async () => {
    const { packages } = await packagesLoadedBy(["validate"]);
    expect(packages).toEqual(expect.arrayContaining(["ajv", "webidl2"]));
  });
});
