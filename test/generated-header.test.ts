/** The header every generated file starts with: a spec file's name cannot end its comment, and its hash is its own body's. */
import { describe, expect, it } from "vitest";
import { bodyHash, GENERATED_MARK, headerText, sha256, withHeaders } from "../generator/generated-header.js";

describe("the generated header", () => {
  it("keeps ordinary file names and neutralises those that would end a comment", () => {
    expect(headerText({ toolVersion: "1.0.0", sha256: "abc", specFiles: ["opencmapi.webidl", "acme+v2@x.schema.json"] })).toContain("from opencmapi.webidl + acme+v2@x.schema.json (sha256 abc)");
    const hostile = ["x-->\n<script>alert(1)</script>.webidl", "y*/\nprocess.exit(1)//.schema.json"];
    const files = withHeaders(
      new Map([
        ["docs/a.md", "# A\n"],
        ["a.ts", "export {};\n"],
      ]),
      { toolVersion: "1.0.0", specFiles: hostile },
    );
    const markdown = files.get("docs/a.md")!;
    expect(markdown.split("\n")[0]).toMatch(new RegExp(`^<!-- ${GENERATED_MARK} .* -->$`));
    expect(markdown.match(/-->/g)).toHaveLength(1);
    expect(markdown).not.toContain("<script>");
    const code = files.get("a.ts")!;
    expect(code.split("\n")[0]).toContain("x--___script_alert_1___script_.webidl");
    expect(code.split("\n")[1]).toBe(""); // the header is one line: nothing of it reaches the code
    expect(code).not.toContain("*/");
  });

  it("hashes the file's own body: a file whose text is the same keeps its header whatever else changed", () => {
    const info = { toolVersion: "1.0.0", specFiles: ["a.webidl", "a.schema.json"] };
    const before = withHeaders(
      new Map([
        ["runtime/client.ts", "export const a = 1;\n"],
        ["groups/wlan.ts", "/** Connects. */\nexport {};\n"],
        ["openrpc.json", '{"openrpc":"1.3.2"}'],
      ]),
      info,
    );
    const after = withHeaders(
      new Map([
        ["runtime/client.ts", "export const a = 1;\n"],
        ["groups/wlan.ts", "/** Connects to a network. */\nexport {};\n"],
        ["openrpc.json", '{"openrpc":"1.3.2"}'],
      ]),
      info,
    );
    expect(after.get("runtime/client.ts")).toBe(before.get("runtime/client.ts"));
    expect(after.get("openrpc.json")).toBe(before.get("openrpc.json"));
    expect(after.get("groups/wlan.ts")).not.toBe(before.get("groups/wlan.ts"));
    expect(before.get("runtime/client.ts")!.split("\n")[0]).toContain(`(sha256 ${sha256("export const a = 1;\n").slice(0, 16)})`);
    expect(bodyHash("x")).toMatch(/^[0-9a-f]{16}$/);
    // The tool version is in the header line itself: a new version changes every header.
    expect(withHeaders(new Map([["a.ts", "x\n"]]), { ...info, toolVersion: "1.0.1" }).get("a.ts")).not.toBe(withHeaders(new Map([["a.ts", "x\n"]]), info).get("a.ts"));
  });
});
