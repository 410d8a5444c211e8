/** The header every generated file starts with: a spec file's name cannot end its comment. */
import { describe, expect, it } from "vitest";
import { GENERATED_MARK, headerText, withHeaders } from "../generator/generated-header.js";

describe("the generated header", () => {
  it("keeps ordinary file names and neutralises those that would end a comment", () => {
    expect(headerText({ toolVersion: "1.0.0", specHash: "abc", specFiles: ["opencmapi.webidl", "acme+v2@x.schema.json"] })).toContain("from opencmapi.webidl + acme+v2@x.schema.json (sha256 abc)");
    const hostile = ["x-->\n<script>alert(1)</script>.webidl", "y*/\nprocess.exit(1)//.schema.json"];
    const files = withHeaders(
      new Map([
        ["docs/a.md", "# A\n"],
        ["a.ts", "export {};\n"],
      ]),
      { toolVersion: "1.0.0", specHash: "abc", specFiles: hostile },
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
});
