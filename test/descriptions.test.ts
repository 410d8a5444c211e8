/**
 * Descriptions are written once, in the WebIDL, and reach every output: the model, the schema the
 * emitters read, the types' JSDoc, the Markdown and HTML reference and the OpenRPC document.
 */
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveSpecFiles } from "../generator/config.js";
import { SpecError } from "../generator/diagnostics.js";
import { referenceData } from "../generator/emit/html-docs.js";
import { emitDocs } from "../generator/emit/docs.js";
import { openRpcDocument } from "../generator/emit/openrpc.js";
import { emitTypes } from "../generator/emit/types.js";
import { apiFromTexts, type SpecTexts } from "../generator/load.js";
import type { Api, EnumType } from "../generator/model/api.js";

const VENDOR_IDL = `
/** Thermal readings. */
[Exposed=Window, Extension]
interface AcmeThermal {
  /** Reads one temperature sensor. Answers "processing" while the sensor warms up. */
  [Interim, Result=AcmeReading, Errors=(0x00000101)]
  undefined CMAPI_AcmeThermal_Read(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which sensor to read; the RF front end when absent. */
    optional AcmeSensor sensor = "frontEnd",
    ResultCallback cb);
  /** Forgets the peak reading. */
  undefined CMAPI_AcmeThermal_ResetPeak(DeviceId deviceId, ResultCallback cb);
};

/** A temperature sensor of the modem. */
enum AcmeSensor {
  /** The RF front end, the hottest part under load. */
  "frontEnd",
  "board"
};

/** One reading. */
dictionary AcmeReading {
  /** Temperature in degrees Celsius, to 0.1. */
  required double celsius;
  double peakCelsius;
};
`;

function vendorSchema(overrides: { readingPeakDescription?: string; celsiusDescription?: string } = {}) {
  return {
    "CMAPI_AcmeThermal_Read.params": {
      type: "object",
      properties: { deviceId: { $ref: "#/$defs/DeviceId" }, sensor: { $ref: "#/$defs/AcmeSensor", default: "frontEnd" } },
      required: ["deviceId"],
      additionalProperties: false,
    },
    "CMAPI_AcmeThermal_Read.result": { $ref: "#/$defs/AcmeReading" },
    "CMAPI_AcmeThermal_ResetPeak.params": { type: "object", properties: { deviceId: { $ref: "#/$defs/DeviceId" } }, required: ["deviceId"], additionalProperties: false },
    "CMAPI_AcmeThermal_ResetPeak.result": { $ref: "#/$defs/Empty" },
    AcmeSensor: { type: "string", enum: ["frontEnd", "board"] },
    AcmeReading: {
      type: "object",
      properties: {
        celsius: { type: "number", ...(overrides.celsiusDescription ? { description: overrides.celsiusDescription } : {}) },
        peakCelsius: { type: "number", ...(overrides.readingPeakDescription ? { description: overrides.readingPeakDescription } : {}) },
      },
      required: ["celsius"],
      additionalProperties: false,
    },
  };
}

let bundled: SpecTexts;
beforeAll(async () => {
  const files = await resolveSpecFiles({});
  bundled = {
    idl: [{ file: files.idl[0]!, text: await readFile(files.idl[0]!, "utf8") }],
    schema: [{ file: files.schema[0]!, text: await readFile(files.schema[0]!, "utf8") }],
  };
});

function withVendor(schema: object): SpecTexts {
  return {
    idl: [...bundled.idl, { file: "acme.webidl", text: VENDOR_IDL }],
    schema: [...bundled.schema, { file: "acme.schema.json", text: JSON.stringify({ $defs: schema }) }],
  };
}

describe("descriptions written in the WebIDL", () => {
  let api: Api;
  beforeAll(() => {
    api = apiFromTexts(withVendor(vendorSchema({ readingPeakDescription: "Highest reading since the last ResetPeak, in degrees Celsius." })));
  });

  it("give each argument its doc comment, in the model and in the params schema", () => {
    const read = api.methods.find((method) => method.name === "CMAPI_AcmeThermal_Read")!;
    expect(read.params.map((param) => [param.name, param.description])).toEqual([
      ["deviceId", "The device, from CMAPI_Device_Open."],
      ["sensor", "Which sensor to read; the RF front end when absent."],
    ]);
    expect((read.paramsSchema["properties"] as Record<string, { description?: string }>)["sensor"]!.description).toBe("Which sensor to read; the RF front end when absent.");
  });

  it("read [Interim] on the functions that may answer before the final response, and on no other", () => {
    expect(api.methods.find((method) => method.name === "CMAPI_AcmeThermal_Read")!.interim).toBe(true);
    expect(api.methods.find((method) => method.name === "CMAPI_AcmeThermal_ResetPeak")!.interim).toBe(false);
  });

  it("give each enum value its meaning, and list the meanings in the enum's schema description", () => {
    const sensor = api.types.find((type) => type.name === "AcmeSensor") as EnumType;
    expect(sensor.valueDescriptions).toEqual(["The RF front end, the hottest part under load.", ""]);
    expect(api.schemaDefs["AcmeSensor"]!["description"]).toBe('A temperature sensor of the modem.\n\n- "frontEnd": The RF front end, the hottest part under load.');
  });

  it("keep a member's schema-only description when the WebIDL has none", () => {
    const reading = api.types.find((type) => type.name === "AcmeReading");
    expect(reading?.kind === "dictionary" && reading.members.map((member) => member.description)).toEqual(["Temperature in degrees Celsius, to 0.1.", "Highest reading since the last ResetPeak, in degrees Celsius."]);
  });

  it("reach the types' JSDoc, so an editor shows them on hover", () => {
    const types = emitTypes(api).get("types.ts")!;
    expect(types).toMatch(/\/\*\*\s*\n\s*\* Which sensor to read; the RF front end when absent\.\s*\n\s*\*\/\s*\n\s*sensor\?: AcmeSensor/);
    expect(types).toMatch(/\* Temperature in degrees Celsius, to 0\.1\.\s*\n\s*\*\/\s*\n\s*celsius: number/);
    expect(types).toContain('- "frontEnd": The RF front end, the hottest part under load.');
  });

  it("reach the Markdown and HTML reference and the OpenRPC document", () => {
    const docs = [...emitDocs(api)];
    // Tables are padded to line up; compare with single spaces.
    const page = docs.find(([path]) => path.endsWith("acmethermal.md"))![1].replace(/ +/g, " ");
    expect(page).toContain('| `sensor` | [`AcmeSensor`](types.md#type-acmesensor) | no (default `"frontEnd"`) | Which sensor to read; the RF front end when absent. |');
    const typesPage = docs.find(([path]) => path.endsWith("types.md"))![1].replace(/ +/g, " ");
    expect(typesPage).toContain('| `"frontEnd"` | The RF front end, the hottest part under load. |');

    const html = referenceData(api);
    const group = html.groups.find((candidate) => candidate.name === "AcmeThermal")!;
    expect(group.methods[0]!.params[1]).toMatchObject({ name: "sensor", description: "Which sensor to read; the RF front end when absent." });

    const openRpc = openRpcDocument(api) as { methods: { name: string; params: { name: string; description?: string }[] }[] };
    expect(openRpc.methods.find((method) => method.name === "CMAPI_AcmeThermal_Read")!.params[1]).toMatchObject({ name: "sensor", description: "Which sensor to read; the RF front end when absent." });
  });
});

describe("a description written in both files", () => {
  it("is refused when the two differ, at the schema's place, since one text would be lost", () => {
    let problems: string[] = [];
    try {
      apiFromTexts(withVendor(vendorSchema({ celsiusDescription: "Degrees." })));
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      problems = error.diagnostics.map((diagnostic) => `${diagnostic.location.file} ${diagnostic.location.pointer ?? ""}: ${diagnostic.message}`);
    }
    expect(problems).toEqual([
      "acme.schema.json /$defs/AcmeReading/properties/celsius/description: member celsius of AcmeReading is described differently in the WebIDL (acme.webidl:25) and in the schema; write its description once, in the WebIDL",
    ]);
  });

  it("is accepted when the two agree", () => {
    expect(() => apiFromTexts(withVendor(vendorSchema({ celsiusDescription: "Temperature in degrees Celsius, to 0.1." })))).not.toThrow();
  });
});
