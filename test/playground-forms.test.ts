/** The playground's data: each param's form read from the schema tree (generator/playground-forms.ts), and its copy-as commands (templates/playground/commands.ts). */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { resolveSpecFiles } from "../generator/config.js";
import { loadApi } from "../generator/load.js";
import { playgroundData } from "../generator/playground.js";
import { curlCommand, shellWord, wscatCommand } from "../templates/playground/commands.js";
import { bundledApi } from "./support/api.js";
import { fixture } from "./support/cli.js";

const run = promisify(execFile);
const paramsOf = (data: ReturnType<typeof playgroundData>, name: string) => Object.fromEntries(data.functions.find((fn) => fn.name === name)!.params.map((param) => [param.name, param]));

describe("the playground's forms", () => {
  it("reads the bundled spec's params: DeviceId as one text field, a string $ref as a string, every named shape present, enums with their meanings", async () => {
    const data = playgroundData(await bundledApi());
    const connect = paramsOf(data, "CMAPI_WLAN_Connect");
    // DeviceId is a union of a decimal string and a number: one text field takes either.
    expect(connect["deviceId"]!.node.kind).toBe("string");
    expect(connect["ssid"]).toMatchObject({ required: true, node: { kind: "string" } });
    expect(connect["bssid"]!.required).toBe(false);
    // Every function's params are described, and every named shape they use is there once.
    const refs = new Set<string>();
    const walk = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      const record = node as Record<string, unknown>;
      if (record["kind"] === "ref") refs.add(record["name"] as string);
      Object.values(record).forEach(walk);
    };
    walk(data.functions);
    walk(data.shapes);
    expect([...refs].filter((name) => !(name in data.shapes))).toEqual([]);
    const enums = JSON.stringify(data).match(/"kind":"enum"/g) ?? [];
    expect(enums.length).toBeGreaterThan(0);
    const withMeanings = Object.values(data.shapes).concat(data.functions.flatMap((fn) => fn.params.map((param) => param.node)));
    expect(withMeanings.some((node) => node.kind === "object" && node.properties.some((property) => property.node.kind === "enum" && property.node.meanings.some(Boolean)))).toBe(true);
  });

  it("reads a vendor's union as a picker of its alternatives, a list of objects, and an optional enum with its default and meanings", async () => {
    const api = await loadApi(await resolveSpecFiles({ idl: ["bundled", fixture("playground/forms.webidl")], schema: ["bundled", fixture("playground/forms.schema.json")] }));
    const data = playgroundData(api);
    const probe = paramsOf(data, "CMAPI_AcmeProbe_SendDiagnosticProbeToEveryConfiguredTargetAndWait");
    expect(probe["target"]!.node).toMatchObject({ kind: "ref", name: "AcmeProbeTarget" });
    expect(data.shapes["AcmeProbeTarget"]).toMatchObject({
      kind: "union",
      alternatives: [
        { label: "AcmeWiredTarget", node: { kind: "ref", name: "AcmeWiredTarget" } },
        { label: "AcmeRadioTarget", node: { kind: "ref", name: "AcmeRadioTarget" } },
      ],
    });
    expect(probe["steps"]!.node).toMatchObject({ kind: "array", minItems: 1, items: { kind: "ref", name: "AcmeProbeStep" } });
    expect(data.shapes["AcmeProbeStep"]).toMatchObject({
      kind: "object",
      properties: [
        { name: "label", required: true },
        { name: "repeat", required: false, node: { kind: "integer", default: { value: 1 } } },
      ],
    });
    expect(probe["mode"]).toMatchObject({
      required: false,
      node: { kind: "enum", values: ["quick", "thorough"], meanings: ["A single echo, answered within a second.", "Ten echoes, their round trips averaged."], default: { value: "quick" } },
    });
  });
});

describe("the playground's copy-as commands", () => {
  const request = { jsonrpc: "2.0" as const, cmapiversion: "1.1", method: "CMAPI_WLAN_Connect", id: "1", params: { ssid: 'Joe\'s café "5G" $HOME `x`' } };

  it("quotes the request so that a shell passes it through unchanged", async () => {
    const { stdout } = await run("sh", ["-c", `printf %s ${shellWord(JSON.stringify(request))}`]);
    expect(JSON.parse(stdout)).toEqual(request);
  });

  it("writes curl with every header and wscat with the endpoint", () => {
    const curl = curlCommand("http://127.0.0.1:8080/cmapi", { Origin: "http://127.0.0.1:8080", "X-Cmapi-Client": "c1" }, request);
    expect(curl.split(" \\\n  ")).toEqual([
      "curl -sS -X POST 'http://127.0.0.1:8080/cmapi'",
      "-H 'Content-Type: application/json'",
      "-H 'Origin: http://127.0.0.1:8080'",
      "-H 'X-Cmapi-Client: c1'",
      `--data-raw ${shellWord(JSON.stringify(request))}`,
    ]);
    expect(wscatCommand("ws://127.0.0.1:8080/cmapi", request)).toBe(`wscat -c 'ws://127.0.0.1:8080/cmapi' -w 5 -x ${shellWord(JSON.stringify(request))}`);
  });
});
