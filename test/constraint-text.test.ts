/** The constraints the references show beside each param and member, in plain words. */
import { beforeAll, describe, expect, it } from "vitest";
import { constraintPhrases, phrasesMarkdown } from "../generator/emit/constraint-text.js";
import { emitDocs } from "../generator/emit/docs.js";
import type { Api, TypeRef } from "../generator/model/api.js";
import { schemaTree } from "../generator/model/schema-tree.js";
import { bundledApi } from "./support/api.js";

const defs = {
  Ssid: { type: "string", maxLength: 32 },
  Percent: { type: "integer", minimum: 0, maximum: 100 },
  Pin: { type: "string", pattern: "^[0-9]+$" },
  Secret: { type: "string", writeOnly: true },
  SecretAlias: { $ref: "#/$defs/Secret" },
};
const UNSIGNED_SHORT: TypeRef = { kind: "integer", idlType: "unsigned short", minimum: 0, maximum: 65535 };
const words = (schema: Record<string, unknown>, type?: TypeRef) => phrasesMarkdown(constraintPhrases(schemaTree(defs).read(schema), type));

describe("constraint phrases", () => {
  it("say string lengths, patterns and formats", () => {
    expect(words({ type: "string", minLength: 1, maxLength: 32 })).toBe("1-32 characters");
    expect(words({ type: "string", maxLength: 8 })).toBe("at most 8 characters");
    expect(words({ type: "string", minLength: 8, maxLength: 8, pattern: "^[0-9]+$" })).toBe("exactly 8 characters; pattern `^[0-9]+$`");
    expect(words({ type: "string", format: "date-time" })).toBe("format `date-time`");
    expect(words({ type: "string" })).toBe("");
  });

  it("merge a $ref's constraints with its own", () => {
    expect(words({ $ref: "#/$defs/Ssid", minLength: 1 })).toBe("1-32 characters");
    // A plain reference: the named type's section says it.
    expect(words({ $ref: "#/$defs/Ssid" })).toBe("");
  });

  it("say an integer's range only when it is narrower than its WebIDL type's", () => {
    expect(words({ type: "integer", minimum: 0, maximum: 65535 }, UNSIGNED_SHORT)).toBe("");
    expect(words({ type: "integer", minimum: 0, maximum: 15 }, UNSIGNED_SHORT)).toBe("0-15");
    expect(words({ type: "integer", minimum: -156, maximum: -44 }, { kind: "integer", idlType: "short", minimum: -32768, maximum: 32767 })).toBe("-156 to -44");
    expect(words({ type: "number", minimum: 0, exclusiveMaximum: 360 }, { kind: "number", idlType: "double" })).toBe("at least 0, less than 360");
    expect(words({ type: "number", exclusiveMinimum: 0, multipleOf: 0.5 })).toBe("more than 0; a multiple of 0.5");
  });

  it("say item counts, uniqueness and the items' own constraints", () => {
    expect(words({ type: "array", items: { type: "string", pattern: "^B[0-9]+$" }, minItems: 1, uniqueItems: true })).toBe("at least 1 item; no duplicates; each item: pattern `^B[0-9]+$`");
    expect(words({ type: "array", items: { type: "integer", minimum: 0, maximum: 65535 }, maxItems: 4 }, { kind: "array", items: UNSIGNED_SHORT })).toBe("at most 4 items");
  });

  it("say which form of a union a constraint is of, and nothing of null", () => {
    expect(
      words({
        anyOf: [
          { type: "string", pattern: "^[0-9]{1,10}$" },
          { type: "integer", minimum: 0 },
        ],
      }),
    ).toBe("as a string, pattern `^[0-9]{1,10}$`; as an integer, at least 0");
    expect(words({ type: ["string", "null"], maxLength: 8 })).toBe("at most 8 characters");
  });

  it("say write-only and read-only", () => {
    expect(words({ type: "string", writeOnly: true })).toBe("write-only: results never carry it");
    expect(words({ type: "boolean", readOnly: true })).toBe("read-only: the device sets it");
  });

  it("say the tighter bound on each side, inclusive or exclusive, also across the parts of an intersection", () => {
    expect(words({ type: "number", minimum: 0, maximum: 100, exclusiveMaximum: 50 })).toBe("at least 0, less than 50");
    expect(words({ type: "number", minimum: 0, exclusiveMinimum: 10 })).toBe("more than 10");
    expect(words({ type: "number", minimum: 10, exclusiveMinimum: 10 })).toBe("more than 10");
    expect(words({ type: "number", minimum: 20, exclusiveMinimum: 10, exclusiveMaximum: 100, maximum: 99 })).toBe("20-99");
    expect(words({ $ref: "#/$defs/Percent", exclusiveMaximum: 50 })).toBe("at least 0, less than 50");
    expect(words({ allOf: [{ $ref: "#/$defs/Percent" }, { minimum: -5, exclusiveMinimum: 1 }] })).toBe("more than 1, at most 100");
  });

  it("say every multipleOf: integers as their least common multiple, others each, a step another is a multiple of left out", () => {
    expect(words({ allOf: [{ type: "integer", multipleOf: 2 }, { multipleOf: 3 }] })).toBe("a multiple of 6");
    expect(words({ allOf: [{ type: "integer", multipleOf: 2 }, { multipleOf: 4 }] })).toBe("a multiple of 4");
    expect(words({ allOf: [{ type: "number", multipleOf: 0.5 }, { multipleOf: 0.3 }] })).toBe("a multiple of 0.5 and of 0.3");
    expect(words({ allOf: [{ type: "number", multipleOf: 0.5 }, { multipleOf: 2 }] })).toBe("a multiple of 2");
  });

  it("say every pattern of every part", () => {
    expect(words({ $ref: "#/$defs/Pin", pattern: "^.{4,8}$" })).toBe("pattern `^[0-9]+$`; pattern `^.{4,8}$`");
  });

  it("say at most one item, not 0-1 items", () => {
    expect(words({ type: "array", maxItems: 1 })).toBe("at most 1 item");
    expect(words({ type: "array", minItems: 0, maxItems: 1 })).toBe("at most 1 item");
    expect(words({ type: "array", minItems: 1, maxItems: 1 })).toBe("exactly 1 item");
    expect(words({ type: "array", minItems: 0, maxItems: 4 })).toBe("at most 4 items");
    expect(words({ type: "array", minItems: 1, maxItems: 2 })).toBe("1-2 items");
  });

  it("name a union's enum form by its values' type", () => {
    expect(words({ anyOf: [{ enum: [1, 2] }, { type: "string", pattern: "^x" }] })).toBe("as a number, one of `1`, `2`; as a string, pattern `^x`");
    expect(words({ anyOf: [{ enum: ["a", "b"] }, { type: "integer", minimum: 1 }] })).toBe('as a name, one of `"a"`, `"b"`; as an integer, at least 1');
    expect(words({ anyOf: [{ enum: ["a", 1] }, { type: "boolean" }] })).toBe('as a value, one of `"a"`, `1`');
  });

  it("say write-only where the lint sees a secret: through references and the parts of an intersection", () => {
    expect(words({ $ref: "#/$defs/Secret" })).toBe("write-only: results never carry it");
    expect(words({ $ref: "#/$defs/SecretAlias" })).toBe("write-only: results never carry it");
    expect(words({ $ref: "#/$defs/Secret", minLength: 1 })).toBe("at least 1 character; write-only: results never carry it");
    expect(words({ allOf: [{ $ref: "#/$defs/Ssid" }, { $ref: "#/$defs/Secret" }] })).toBe("at most 32 characters; write-only: results never carry it");
    expect(words({ $ref: "#/$defs/Ssid" })).toBe("");
  });
});

describe("the Markdown reference", () => {
  let api: Api;
  let pages: Map<string, string>;
  beforeAll(async () => {
    api = await bundledApi();
    pages = emitDocs(api);
  });
  const row = (page: string, name: string) =>
    pages
      .get(`docs/${page}`)!
      .split("\n")
      .find((line) => line.startsWith(`| \`${name}\` `))!
      .replace(/ +/g, " ");

  it("has a constraints column where some param has constraints, and a pipe in a pattern does not split the cell", () => {
    expect(row("wlan.md", "ssid")).toContain("| 1-32 characters; at most 32 bytes in UTF-8 |");
    expect(row("pin.md", "pin")).toContain("| pattern `^[0-9]{4,16}$`; write-only: results never carry it |");
    const wpsPin = pages
      .get("docs/wlan.md")!
      .split("### CMAPI_WLAN_StartWPS")[1]!
      .split("\n")
      .find((line) => line.startsWith("| `pin` "))!;
    expect(wpsPin).toContain("pattern `^([0-9]{4}\\|[0-9]{8})$`");
    expect(wpsPin.replace(/\\\|/g, "").split("|")).toHaveLength(7);
  });

  it("keeps four columns where nothing is constrained, and says a member's default where required says no", () => {
    const getStatus = pages.get("docs/wlan.md")!.split("### CMAPI_WLAN_GetStatus")[1]!;
    expect(getStatus).toContain("| name ");
    expect(getStatus.split("**Result**")[0]).not.toContain("constraints");
    expect(row("types.md", "autoConnect")).toContain("| no (default `true`) |");
  });
});
