/** The schema tree (generator/model/schema-tree.ts): the spec's JSON Schema read once into typed nodes. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Api, JsonSchema } from "../generator/model/api.js";
import { readFileSync } from "node:fs";
import { allowsNull, forEachNode, intersectionParts, isOwnPart, propertiesByName, resolved, schemaTree, withSchemaTree, type SchemaNode } from "../generator/model/schema-tree.js";
import { methodParamsDef } from "../generator/model/schema-keywords.js";
import { loadApi } from "../generator/load.js";
import { resolveSpecFiles } from "../generator/config.js";
import { bundledApi } from "./support/api.js";
import { fixture } from "./support/cli.js";

/** The node of one definition of a small spec. */
const read = (defs: Record<string, JsonSchema>, name = "It") => schemaTree(defs).definition(name);

describe("the kinds read from small schemas", () => {
  it("a type array is a union of one node per type, each with the schema's constraints", () => {
    const node = read({ It: { type: ["string", "null"], maxLength: 4 } });
    expect(node.kind).toBe("union");
    if (node.kind !== "union") return;
    expect(node.exclusive).toBe(false);
    expect(node.of.map((member) => member.kind)).toEqual(["string", "null"]);
    expect(node.of[0]).toMatchObject({ kind: "string", maxLength: 4 });
    expect(allowsNull(node)).toBe(true);
  });

  it("reads constraints without a type as that type's, and says the type was not written", () => {
    expect(read({ It: { maxLength: 3 } })).toMatchObject({ kind: "string", maxLength: 3, typeWritten: false });
    expect(read({ It: { minimum: 0 } })).toMatchObject({ kind: "number", minimum: 0, typeWritten: false });
    expect(read({ It: { type: "string", maxLength: 3 } })).toMatchObject({ kind: "string", typeWritten: true });
  });

  it("reads object and array keywords without a type (a bare required beside a $ref) as that type's, so no assertion is lost", () => {
    const node = read({ It: { allOf: [{ $ref: "#/$defs/Base" }, { required: ["x"] }] }, Base: { type: "object", properties: { x: { type: "string" } } } });
    const parts = intersectionParts(node);
    expect(parts.map((part) => part.kind)).toEqual(["object", "object"]);
    expect(parts[1]).toMatchObject({ typeWritten: false, requiredOnly: ["x"], additionalPropertiesWritten: false });
    expect(read({ It: { minItems: 2 } })).toMatchObject({ kind: "array", typeWritten: false, itemsWritten: false, minItems: 2 });
  });

  it("an allOf of one part is an intersection that keeps the outer schema's description", () => {
    const node = read({ It: { description: "Outer words", allOf: [{ $ref: "#/$defs/Inner" }] }, Inner: { type: "string" } });
    expect(node).toMatchObject({ kind: "intersection", description: "Outer words" });
    expect(intersectionParts(node).map((part) => part.kind)).toEqual(["string"]);
  });

  it("tells a $ref's own sibling constraints from the parts of an allOf", () => {
    const node = read({ It: { $ref: "#/$defs/Inner", maxLength: 4, allOf: [{ minLength: 1 }] }, Inner: { type: "string" } });
    if (node.kind !== "intersection") throw new Error(`an intersection expected, not ${node.kind}`);
    expect(node.of.map((part) => isOwnPart(part, node))).toEqual([true, true, false]);
  });

  it("a oneOf is an exclusive union, an anyOf not", () => {
    expect(read({ It: { oneOf: [{ type: "string" }, { type: "integer" }] } })).toMatchObject({ kind: "union", exclusive: true });
    expect(read({ It: { anyOf: [{ type: "string" }, { type: "integer" }] } })).toMatchObject({ kind: "union", exclusive: false });
  });

  it("an enum with a type is an enum of its values, a const a const", () => {
    expect(read({ It: { type: "string", enum: ["GSM", "LTE"] } })).toMatchObject({ kind: "enum", values: ["GSM", "LTE"] });
    expect(read({ It: { const: "2.0" } })).toMatchObject({ kind: "const", value: "2.0" });
    expect(read({ It: { type: "null", const: null } })).toMatchObject({ kind: "const", value: null });
  });

  it("a $ref beside its own constraints is an intersection of the reference and the constraints", () => {
    const defs = { Ssid: { type: "string", maxLength: 32 }, It: { $ref: "#/$defs/Ssid", minLength: 1 } };
    const tree = schemaTree(defs);
    const node = tree.definition("It");
    expect(node.kind).toBe("intersection");
    if (node.kind !== "intersection") return;
    const [reference, constraints] = node.of;
    expect(reference).toMatchObject({ kind: "ref", name: "Ssid" });
    expect(reference?.kind === "ref" && reference.target).toBe(tree.definition("Ssid"));
    expect(constraints).toMatchObject({ kind: "string", minLength: 1, maxLength: undefined });
  });

  it("a $ref with only annotations beside it is a reference carrying them", () => {
    const node = read({ Mode: { enum: ["a", "b"] }, It: { $ref: "#/$defs/Mode", default: "a", description: "How." } });
    expect(node).toMatchObject({ kind: "ref", name: "Mode", default: { value: "a" }, description: "How." });
    expect(resolved(node)).toMatchObject({ kind: "enum", values: ["a", "b"] });
  });

  it("an object's properties keep their order and say whether they are required; additionalProperties false is never", () => {
    const node = read({ It: { type: "object", properties: { b: { type: "integer" }, a: { type: "string" } }, required: ["a", "c"], additionalProperties: false } });
    expect(node.kind).toBe("object");
    if (node.kind !== "object") return;
    expect(node.properties.map(({ name, required, schema }) => [name, required, schema.kind])).toEqual([
      ["b", false, "integer"],
      ["a", true, "string"],
    ]);
    expect(node.requiredOnly).toEqual(["c"]);
    expect(node.additionalProperties.kind).toBe("never");
    expect(read({ It: { type: "object" } })).toMatchObject({ kind: "object", additionalProperties: { kind: "any" } });
  });

  it("a oneOf of bare required lists (a CmapiResponse: result or error) is a presence rule of the object, not a union", () => {
    const node = read({
      It: { type: "object", properties: { id: { type: ["string", "null"] }, result: {}, error: { type: "object" } }, required: ["id"], oneOf: [{ required: ["result"] }, { required: ["error"] }] },
    });
    expect(node).toMatchObject({ kind: "object", presence: { exclusive: true, alternatives: [["result"], ["error"]] } });
  });

  it("lists the assertions it does not model, such as not and patternProperties", () => {
    expect(read({ It: { type: "string", not: { const: "" } } })).toMatchObject({ kind: "string", unmodelled: ["not"] });
    expect(read({ It: { type: "object", patternProperties: { "^x-": {} } } })).toMatchObject({ kind: "object", unmodelled: ["patternProperties"] });
    expect(read({ It: { type: "string", description: "d", "x-cmapi-name": "n" } })).toMatchObject({ unmodelled: [], extensions: { "x-cmapi-name": "n" } });
  });

  it("reads true and an empty schema as any, false as never", () => {
    const node = read({ It: { type: "array", prefixItems: [true, false], items: {} } });
    expect(node.kind === "array" && [...node.prefixItems, node.items].map((item) => item.kind)).toEqual(["any", "never", "any"]);
  });

  it("a recursive definition refers to its own node, and walking it ends", () => {
    const defs = { Tree: { type: "object", properties: { children: { type: "array", items: { $ref: "#/$defs/Tree" } } } } };
    const tree = read(defs, "Tree");
    const items = tree.kind === "object" && tree.properties[0]!.schema.kind === "array" ? tree.properties[0]!.schema.items : undefined;
    expect(items?.kind === "ref" && items.target).toBe(tree);
    expect(resolved(items!)).toBe(tree);
    const kinds: string[] = [];
    forEachNode(tree, (node) => kinds.push(node.kind));
    expect(kinds).toEqual(["object", "array", "ref", "any"]);
  });

  it("a union that includes itself: allowsNull ends", () => {
    const node = read({ It: { anyOf: [{ $ref: "#/$defs/It" }, { type: "string" }] } });
    expect(allowsNull(node)).toBe(false);
    expect(allowsNull(read({ It: { anyOf: [{ $ref: "#/$defs/It" }, { type: "null" }] } }))).toBe(true);
  });

  it("a chain of references that never ends at a schema resolves to any", () => {
    expect(resolved(read({ A: { $ref: "#/$defs/B" }, B: { $ref: "#/$defs/A" } }, "A")).kind).toBe("any");
  });

  it("resolves a dangling reference to any, keeping the reference's annotations", () => {
    const node = read({ It: { $ref: "#/$defs/Missing", description: "Gone." } });
    expect(node).toMatchObject({ kind: "ref", name: "Missing", target: undefined });
    expect(resolved(node)).toMatchObject({ kind: "any", description: "Gone." });
  });

  it("is read anew on every call: there is no cache to go stale (the model reads its tree once, as api.schema)", () => {
    const defs: Record<string, JsonSchema> = { It: { type: "string" } };
    expect(schemaTree(defs)).not.toBe(schemaTree(defs));
    defs["It"] = { type: "integer" };
    expect(schemaTree(defs).definition("It").kind).toBe("integer");
  });

  it("throws for a definition the spec does not have", () => {
    expect(() => read({ It: { type: "string" } }, "Other")).toThrow("no schema definition Other");
  });
});

describe("the tree of the bundled spec", () => {
  let api: Api;
  beforeAll(async () => {
    api = await bundledApi();
  });

  /** Every node of every definition, each once. */
  const everyNode = () => {
    const nodes: SchemaNode[] = [];
    const seen = new Set<SchemaNode>();
    for (const definition of schemaTree(api.schemaDefs).definitions.values()) forEachNode(definition, (node) => nodes.push(node), seen);
    return nodes;
  };

  it("has a node for every definition", () => {
    expect([...schemaTree(api.schemaDefs).definitions.keys()]).toEqual(Object.keys(api.schemaDefs));
  });

  it("reads a method's paramsSchema as the very node of its definition", () => {
    const tree = schemaTree(api.schemaDefs);
    for (const method of api.methods) expect(tree.read(method.paramsSchema), method.name).toBe(tree.definition(methodParamsDef(method.name)));
  });

  it("resolves every $ref", () => {
    const dangling = everyNode().flatMap((node) => (node.kind === "ref" && node.target === undefined ? [node.pointer] : []));
    expect(dangling).toEqual([]);
  });

  it("models every assertion the spec makes", () => {
    const unmodelled = everyNode().flatMap((node) => node.unmodelled.map((keyword) => `${node.pointer}: ${keyword}`));
    expect(unmodelled).toEqual([]);
  });

  it("reads the SSID members as the Ssid type narrowed by minLength 1", () => {
    const tree = schemaTree(api.schemaDefs);
    const network = tree.definition("WlanNetworkSettings");
    const ssid = network.kind === "object" ? network.properties.find((property) => property.name === "ssid")?.schema : undefined;
    expect(ssid?.kind).toBe("intersection");
    expect(ssid?.kind === "intersection" && ssid.of.map((part) => resolved(part))).toEqual([tree.definition("Ssid"), expect.objectContaining({ kind: "string", minLength: 1 })]);
  });
});

describe("where each node was written", () => {
  const ACME = fixture("vendor/acme.schema.json");
  let vendor: Api;
  beforeAll(async () => {
    vendor = await loadApi(await resolveSpecFiles({ idl: ["bundled", fixture("vendor/acme.webidl")], schema: ["bundled", ACME] }));
  });
  const acmeText = () => readFileSync(ACME, "utf8");
  /** The 1-based line and column where `snippet` starts in the vendor's schema file. */
  const placeOf = (snippet: string) => {
    const lines = acmeText().split("\n");
    const index = lines.findIndex((line) => line.includes(snippet));
    return { line: index + 1, column: lines[index]!.indexOf(snippet) + 1 };
  };

  it("a vendor's definition is in the vendor's file, at its line and column", () => {
    const node = vendor.schema.definition("AcmeTemperature");
    expect(node.location).toMatchObject({ file: ACME, pointer: "/$defs/AcmeTemperature", ...placeOf('"AcmeTemperature": {') });
    const celsius = propertiesByName(node).get("celsius")!;
    expect(celsius.location).toMatchObject({ file: ACME, pointer: "/$defs/AcmeTemperature/properties/celsius", ...placeOf('"celsius": {') });
  });

  it("a property a vendor's x-cmapi-partial adds is in the vendor's file; the definition's own properties stay in the base file", () => {
    const rfInfo = propertiesByName(vendor.schema.definition("RFInfo"));
    expect(rfInfo.get("acmeFrontEndCelsius")!.location).toMatchObject({ file: ACME, pointer: "/$defs/RFInfo/properties/acmeFrontEndCelsius", ...placeOf('"acmeFrontEndCelsius"') });
    const own = [...rfInfo.values()][0]!;
    expect(own.location.file).not.toBe(ACME);
    expect(own.location.line).toBeGreaterThan(0);
  });

  it("a vendor's open-table row is at its index in the vendor's file, not at its index in the merged table", () => {
    const table = vendor.schema.definition("ErrorCode");
    const rows = table.kind === "intersection" ? table.of.find((part) => part.kind === "union") : undefined;
    const row = rows?.kind === "union" ? rows.of.at(-1)! : undefined;
    expect(row?.location).toMatchObject({ file: ACME, pointer: "/$defs/ErrorCode/anyOf/0", ...placeOf('{ "title": "0xE0000001"') });
    expect(row?.pointer).toMatch(/^\/\$defs\/ErrorCode\/anyOf\/\d\d+$/);
    const callbackIds = vendor.schema.definition("CallbackId");
    const last = callbackIds.kind === "enum" ? callbackIds.values.length - 1 : -1;
    expect(vendor.schema.locate(`/$defs/CallbackId/enum/${last}`)).toMatchObject({ file: ACME, pointer: "/$defs/CallbackId/enum/0" });
  });

  it("stays out of the model's JSON, goes with a spread, and a copy reads its tree again", () => {
    expect(JSON.parse(JSON.stringify(vendor))).not.toHaveProperty("schema");
    expect({ ...vendor, methods: [] }.schema).toBe(vendor.schema);
    const copy = withSchemaTree(structuredClone(vendor));
    expect([...copy.schema.definitions.keys()]).toEqual([...vendor.schema.definitions.keys()]);
    expect(copy.schema.definition("AcmeTemperature").location).toMatchObject({ pointer: "/$defs/AcmeTemperature", line: undefined });
  });
});
