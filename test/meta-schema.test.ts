/** The meta-schema check compiled ahead of time: fresh, and finding what ajv's validateSchema finds. */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { metaSchemaErrors } from "../generator/model/meta-schema.js";
import { metaSchemaValidatorCode } from "../generator/model/meta-schema-code.js";
import { newCmapiAjv } from "../generator/model/schema-ajv.js";
import { bundledSpec } from "../generator/package-root.js";
import { fixture } from "./support/cli.js";
import { META_SCHEMA_VALIDATOR } from "./support/write-meta-schema-validator.js";

/** What ajv itself says: null when valid, else each error's place and message. */
function ajvSays(schema: Record<string, unknown>): { instancePath: string; message?: string }[] | null {
  const ajv = newCmapiAjv();
  return ajv.validateSchema(schema) ? null : ajv.errors!.map(({ instancePath, message }) => ({ instancePath, message }));
}

const precompiledSays = (schema: Record<string, unknown>) => metaSchemaErrors(schema)?.map(({ instancePath, message }) => ({ instancePath, message })) ?? null;

const bundled = async () => JSON.parse(await readFile(bundledSpec().schema, "utf8")) as Record<string, any>;

describe("the precompiled meta-schema validators", () => {
  it("are what the installed ajv compiles (npm run meta-schema:generate writes them)", async () => {
    expect(await readFile(META_SCHEMA_VALIDATOR, "utf8")).toBe(metaSchemaValidatorCode());
  });

  it("accept the bundled schema, as ajv does", async () => {
    const schema = await bundled();
    expect(ajvSays(schema)).toBeNull();
    expect(precompiledSays(schema)).toBeNull();
  });

  const mutations: Record<string, (schema: Record<string, any>) => void> = {
    "a type that is a number": (schema) => (schema["$defs"].DeviceId = { type: 5 }),
    "required as a string": (schema) => (schema["$defs"].DeviceId = { type: "object", required: "deviceId" }),
    "properties as an array": (schema) => (schema["$defs"].DeviceId = { type: "object", properties: [] }),
    "a minimum that is text, deep inside": (schema) => (schema["$defs"].DeviceId = { anyOf: [{ items: { properties: { a: { minimum: "1" } } } }] }),
    "an empty enum and a pattern that is a number": (schema) => (schema["$defs"].DeviceId = { enum: [], pattern: 5 }),
    "duplicate types and a $ref that is an object": (schema) => (schema["$defs"].DeviceId = { type: ["string", "string"], $ref: {} }),
    "a $defs that is an array": (schema) => (schema["$defs"] = []),
    "$schema with a trailing #": (schema) => ((schema["$schema"] = "https://json-schema.org/draft/2020-12/schema#"), (schema["$defs"].DeviceId = { const: 1, minProperties: 1.5 })),
    "$schema naming a vocabulary's meta-schema": (schema) => ((schema["$schema"] = "https://json-schema.org/draft/2020-12/meta/validation"), (schema["minLength"] = -1)),
    "no $schema": (schema) => ((schema["$schema"] = undefined), (schema["$defs"].DeviceId = { maxItems: "x" })),
  };
  for (const [name, mutate] of Object.entries(mutations)) {
    it(`find what ajv finds: ${name}`, async () => {
      const schema = await bundled();
      mutate(schema);
      const expected = ajvSays(JSON.parse(JSON.stringify(schema)));
      expect(expected).not.toBeNull();
      expect(precompiledSays(JSON.parse(JSON.stringify(schema)))).toEqual(expected);
    });
  }

  it("find what ajv finds in the bad schemas of the test corpus", async () => {
    let invalid = 0;
    for (const file of ["misspelt-keyword", "not-a-schema", "remote-ref", "no-defs", "dangling-ref"]) {
      const schema = JSON.parse(await readFile(fixture(`bad/${file}.schema.json`), "utf8")) as Record<string, unknown>;
      expect(precompiledSays(schema), file).toEqual(ajvSays(schema));
      invalid += ajvSays(schema) === null ? 0 : 1;
    }
    expect(invalid).toBeGreaterThan(0);
  });

  it("throw as ajv does for a $schema it does not know", async () => {
    const schema = { ...(await bundled()), $schema: "http://json-schema.org/draft-07/schema#" };
    expect(() => newCmapiAjv().validateSchema(schema)).toThrow('no schema with key or ref "http://json-schema.org/draft-07/schema#"');
    expect(() => metaSchemaErrors(schema)).toThrow('no schema with key or ref "http://json-schema.org/draft-07/schema#"');
  });
});
