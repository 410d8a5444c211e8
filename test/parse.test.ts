import { describe, expect, it } from "vitest";
import { SpecError } from "../generator/diagnostics.js";
import { parseJson } from "../generator/parse/json.js";
import { parseWebIdl } from "../generator/parse/webidl.js";

function problemOf(parse: () => unknown) {
  try {
    parse();
  } catch (error) {
    if (error instanceof SpecError) return error.diagnostics[0]!;
    throw error;
  }
  throw new Error("expected a SpecError");
}

describe("parseJson", () => {
  it("reads what JSON.parse reads, a byte-order mark included", () => {
    const text = '{"a": [1, 2.5e3, -0, true, false, null, "\\u00e9\\n"], "b": {}}';
    expect(parseJson(text, "x.json")).toEqual(JSON.parse(text));
    expect(parseJson("\ufeff[1]", "x.json")).toEqual([1]);
  });

  it.each([
    ['{"a": 1,}', 1, 9, "trailing commas are not JSON"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}' after the property value, found '\"'"],
    ["{\n  'a': 1\n}", 2, 3, "expected a property name in double quotes, found '''"],
    ["[1, 2", 1, 6, "expected ',' or ']' after the array element, found the end of the file"],
    ['{"a": tru}', 1, 7, "expected a value"],
    ['{"a": "x\\q"}', 1, 9, "invalid escape sequence \\q"],
    ['{"a": 1, "a": 2}', 1, 10, 'duplicate key "a"'],
    ["[01]", 1, 3, "expected ',' or ']'"],
    ["{} {}", 1, 4, "expected the end of the file"],
    ["", 1, 1, "expected a value"],
  ])("%j fails at %i:%i with %s", (text, line, column, message) => {
    const problem = problemOf(() => parseJson(text, "bad.json"));
    expect(problem.location).toEqual({ file: "bad.json", line, column });
    expect(problem.message).toContain(message);
  });

  it("finds a duplicate key anywhere in valid JSON, where it stands, and nothing in keys repeated across objects or in values", () => {
    expect(problemOf(() => parseJson('{"a": [{"b": 1}, {"c": "x:\\"y", "c": 2}]}', "d.json")).location).toEqual({ file: "d.json", line: 1, column: 33 });
    expect(problemOf(() => parseJson('{\n  "k\\u0041": 1,\n  "kA": 2\n}', "d.json"))).toMatchObject({ location: { line: 3, column: 3 }, message: expect.stringContaining('duplicate key "kA"') });
    const valid = '{"a": {"a": 1, "b": {"a": [ "a", "a" ]}}, "b": ["b", {"b": "b:"}], "c": "\\"a\\": 1"}';
    expect(parseJson(valid, "v.json")).toEqual(JSON.parse(valid));
  });

  it("refuses invisible and control characters in strings, written as themselves or escaped, at their line and column", () => {
    const problems = (text: string) => {
      try {
        parseJson(text, "i.json");
      } catch (error) {
        if (error instanceof SpecError) return error.diagnostics.map((diagnostic) => ({ ...diagnostic.location, message: diagnostic.message }));
        throw error;
      }
      return [];
    };
    expect(problems('{"a": "x\u202Ey"}')).toEqual([{ file: "i.json", line: 1, column: 9, message: expect.stringMatching(/^the text has U\+202E \(RIGHT-TO-LEFT OVERRIDE\), a bidirectional control/) }]);
    expect(problems('{\n  "k\\u200b": 1\n}')).toEqual([{ file: "i.json", line: 2, column: 5, message: expect.stringMatching(/^the escape \\u200b writes U\+200B \(ZERO WIDTH SPACE\)/) }]);
    // A tag character is a surrogate pair; an escaped backslash before "u" is no escape.
    expect(problems('["\\uDB40\\uDC01"]')[0]?.message).toMatch(/^the escape \\uDB40\\uDC01 writes U\+E0001, an invisible format character/);
    expect(problems('["\\\\u202e", "\\u00e9", "é ✓ 🚀", "tab\\there"]')).toEqual([]);
    expect(problems('{"a": "\\u001b[2J"}')[0]?.message).toMatch(/^the escape \\u001b writes the control character U\+001B \(ESCAPE\), which a terminal acts on/);
  });

  it("names a character that does not show where it is a syntax error", () => {
    expect(problemOf(() => parseJson('{"a": 1,\u200b"b": 2}', "s.json")).message).toBe("expected a property name in double quotes, found U+200B (ZERO WIDTH SPACE)");
  });

  it("refuses absurd nesting with a message instead of a stack overflow", () => {
    const problem = problemOf(() => parseJson("[".repeat(200_000), "deep.json"));
    expect(problem.message).toContain("nested too deeply");
  });
});

describe("parseWebIdl", () => {
  it("gives the line and column of a syntax error, and the line itself", () => {
    const problem = problemOf(() => parseWebIdl("interface A {\n  undefined f(long a b);\n};\n", "a.webidl"));
    expect(problem.location).toEqual({ file: "a.webidl", line: 2, column: 21 });
    expect(problem.sourceLine).toBe("  undefined f(long a b);");
    expect(problem.message).toContain("WebIDL syntax error: Unterminated operation");
  });

  it("reads a file that starts with a byte-order mark, and refuses invisible characters anywhere else, the line shown without them", () => {
    expect(parseWebIdl('\ufeffenum A { "x" };\n', "a.webidl")).toHaveLength(1);
    const problem = problemOf(() => parseWebIdl('enum A { "x" };\n// a \u2067comment\n', "a.webidl"));
    expect(problem.location).toEqual({ file: "a.webidl", line: 2, column: 6 });
    expect(problem.message).toMatch(/^the text has U\+2067 \(RIGHT-TO-LEFT ISOLATE\), a bidirectional control/);
    expect(problem.sourceLine).toBe("// a \ufffdcomment");
  });

  it("reports webidl2's validation errors as invalid WebIDL", () => {
    const problem = problemOf(() => parseWebIdl("interface A {\n  undefined f();\n};\n", "a.webidl"));
    expect(problem.message).toMatch(/^invalid WebIDL: .*Exposed/);
  });
});
