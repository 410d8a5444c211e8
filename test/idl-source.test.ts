/**
 * The WebIDL sources the reader keeps for lint and diff (model/idl-source.ts): each declaration's
 * name token and the tokens before it, per file in the order read, carried by the model but left out
 * of its JSON and of copies.
 */
import { describe, expect, it } from "vitest";
import { readIdl } from "../generator/model/idl-reader.js";
import { parseWebIdl } from "../generator/parse/webidl.js";
import { bundledApi } from "./support/api.js";

const IDL = `/** Radio bands. */
enum Band {
  "low",
  // opencmapi-gen-lint-ignore DESCRIPTION_ENUM_VALUE: obvious
  "high"
};

[Exposed=Window, SCR="7.3"]
interface Network {
  // opencmapi-gen-lint-ignore DESCRIPTION_FUNCTION: being written
  [Result=RFInfo, Errors=(1, 2)]
  undefined CMAPI_Network_GetRFInfo(DOMString radio, ResultCallback cb);
};
`;

describe("the WebIDL sources the reader keeps", () => {
  const [source] = readIdl(parseWebIdl(IDL, "net.webidl"), "net.webidl").sources;

  it("records each declaration's name token, with the tokens before it that carry its comments", () => {
    expect(source!.file).toBe("net.webidl");
    // The tokens and their trivia are the whole text.
    expect(source!.tokens.map((token) => token.trivia + token.value).join("")).toBe(IDL);
    const [band, network] = source!.definitions;
    expect(band).toMatchObject({ kind: "enum", name: "Band", at: { value: "Band", line: 2 } });
    if (band?.kind !== "enum") throw new Error("no enum");
    expect(band.values.map((value) => [value.value, value.at?.value, value.at?.line])).toEqual([
      ["low", '"low"', 3],
      ["high", '"high"', 5],
    ]);
    expect(band.values[1]!.at!.trivia).toContain("opencmapi-gen-lint-ignore DESCRIPTION_ENUM_VALUE");
    if (network?.kind !== "interface") throw new Error("no interface");
    const [operation] = network.operations;
    expect(operation).toMatchObject({ name: "CMAPI_Network_GetRFInfo", at: { value: "CMAPI_Network_GetRFInfo", line: 12 } });
    expect(operation!.own[0]!.trivia).toContain("opencmapi-gen-lint-ignore DESCRIPTION_FUNCTION");
    expect(operation!.own.map((token) => token.value)).toEqual(["[", "]", "undefined", "CMAPI_Network_GetRFInfo", "(", ")", ";"]);
    expect(operation!.args.map((arg) => [arg.name, arg.at?.value])).toEqual([
      ["radio", "radio"],
      ["cb", "cb"],
    ]);
    expect(operation!.errors.map((error) => [error.code, error.at?.value])).toEqual([
      [1, "1"],
      [2, "2"],
    ]);
  });

  it("are on the model, one per file, but not in its JSON nor in a copy", async () => {
    const api = await bundledApi();
    expect(api.idlSources?.map((file) => file.file)).toHaveLength(1);
    expect(api.idlSources![0]!.definitions.length).toBeGreaterThan(10);
    expect(Object.keys(api)).not.toContain("idlSources");
    expect(JSON.stringify(api)).not.toContain('"trivia"');
    expect({ ...api }.idlSources).toBeUndefined();
  });
});
