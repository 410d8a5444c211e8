/** Where the running opencmapi-gen came from, read from the installing project's lockfile, and the dependency a scaffold writes for it. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dependencySpec, installSource } from "../generator/install-source.js";

const app = "/home/dev/app";
const installed = join(app, "node_modules", "opencmapi-gen");
const lockfileWith = (resolved: string) => JSON.stringify({ lockfileVersion: 3, packages: { "node_modules/opencmapi-gen": { version: "0.1.0", resolved } } });
const reading = (files: Record<string, string>) => (file: string) => files[file];

describe("the install source of the running copy", () => {
  it("a clone (no node_modules above it) is linked by a relative path", () => {
    const source = installSource("/home/dev/opencmapi-gen", "0.1.0", reading({}));
    expect(source).toEqual({ kind: "checkout", root: "/home/dev/opencmapi-gen" });
    expect(dependencySpec(source, "/home/dev/devices/router")).toBe("file:../../opencmapi-gen");
  });

  it("a tarball named relative to the installing project is named relative to the new one", () => {
    const source = installSource(installed, "0.1.0", reading({ [join(app, "node_modules", ".package-lock.json")]: lockfileWith("file:../opencmapi-gen-0.1.0.tgz") }));
    expect(source).toEqual({ kind: "tarball", file: "/home/dev/opencmapi-gen-0.1.0.tgz" });
    expect(dependencySpec(source, "/home/dev/app/devices/router")).toBe("file:../../../opencmapi-gen-0.1.0.tgz");
  });

  it("a git install keeps its URL and commit; package-lock.json answers when npm's hidden lockfile is not there", () => {
    const url = "git+ssh://git@github.com/acme/opencmapi-gen.git#0123456789abcdef0123456789abcdef01234567";
    const source = installSource(installed, "0.1.0", reading({ [join(app, "package-lock.json")]: lockfileWith(url) }));
    expect(dependencySpec(source, "/elsewhere")).toBe(url);
  });

  it("the registry's tarball becomes a caret range; another URL stays a URL", () => {
    const registry = installSource(installed, "0.3.1", reading({ [join(app, "package-lock.json")]: lockfileWith("https://registry.npmjs.org/opencmapi-gen/-/opencmapi-gen-0.3.1.tgz") }));
    expect(dependencySpec(registry, "/elsewhere")).toBe("^0.3.1");
    const release = "https://example.com/releases/opencmapi-gen-0.3.1.tgz";
    expect(dependencySpec(installSource(installed, "0.3.1", reading({ [join(app, "package-lock.json")]: lockfileWith(release) })), "/elsewhere")).toBe(release);
  });

  it("with no lockfile, or one that cannot be read, the registry is assumed and said to be", () => {
    expect(installSource(installed, "0.1.0", reading({}))).toEqual({ kind: "unknown", version: "0.1.0" });
    expect(installSource(installed, "0.1.0", reading({ [join(app, "package-lock.json")]: "{ not json" }))).toEqual({ kind: "unknown", version: "0.1.0" });
  });
});
