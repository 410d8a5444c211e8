import { beforeAll, describe, expect, it } from "vitest";
import type { Api, ErrorCode } from "../generator/model/api.js";
import { bundledApi } from "./support/api.js";
import { scrRows, table4Rows, table5Rows } from "./support/seed.js";

let api: Api;
let table4: ErrorCode[];
beforeAll(async () => {
  api = await bundledApi();
  table4 = api.errorCodes.filter((row) => row.source === "Table 4");
});

/** "0X00000010" as printed in the seed; "0x00000010" in the schema. */
const sameHex = (printed: string, written: string) => printed.replace(/^0X/, "0x").replace(/ to 0X/, "-0x") === written;

describe("Table 4: return values and error codes", () => {
  it("has every row of the seed's table, in order, with its exact description and category", () => {
    const rows = table4Rows();
    expect(rows.length).toBeGreaterThan(200);
    expect(table4.length).toBe(rows.length);
    rows.forEach((row, index) => {
      const written = table4[index]!;
      expect(sameHex(row.hex, written.hex), `${row.hex} vs ${written.hex}`).toBe(true);
      expect(written.message, row.hex).toBe(row.description);
      expect(written.category, row.hex).toBe(row.category);
    });
  });

  it("uses the hex column's value as the code, keeping the integer column's misprints as aliases", () => {
    for (const row of table4Rows().filter((item) => item.integerColumn !== "")) {
      const written = table4.find((item) => sameHex(row.hex, item.hex))!;
      expect(written.integerColumn).toBe(row.integerColumn);
      const printed = Number(row.integerColumn);
      if (printed === written.code) expect(written.aliases).toEqual([]);
      else expect(written.aliases).toEqual([printed]);
    }
    const connected = table4.find((item) => item.hex === "0x00000010")!;
    expect(connected).toMatchObject({ code: 16, integerColumn: "10", aliases: [10] });
  });

  it("keeps 0x00000140 twice, the second one documented as a duplicate", () => {
    const rows = table4.filter((item) => item.code === 0x140);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.duplicate).toBeUndefined();
    expect(rows[1]!.duplicate).toMatch(/twice/);
  });

  it("describes the PIN/PUK codes as templates carrying a status word in the low 16 bits", () => {
    const wrongPin = table4.find((item) => item.hex === "0x1001SW1SW2")!;
    expect(wrongPin).toMatchObject({ code: 0x10010000, rangeEnd: 0x1001ffff, template: true, message: "Wrong PIN." });
    expect(table4.filter((item) => item.template)).toHaveLength(7);
  });

  it("marks the reserved code and the reserved range", () => {
    expect(table4.find((item) => item.code === 3)).toMatchObject({ reserved: true });
    expect(table4.find((item) => item.code === 0x30000000)).toMatchObject({ reserved: true, rangeEnd: 0x3fffffff });
  });

  it("keeps the security codes above 2^31 exact", () => {
    expect(table4.find((item) => item.hex === "0xF0000001")!.code).toBe(4026531841);
  });

  it("adds the JSON-RPC 2.0 reserved codes, and the one server error the runtime answers (-32001, too many requests in progress)", () => {
    const jsonRpc = api.errorCodes.filter((row) => row.source === "JSON-RPC 2.0").map((row) => row.code);
    expect(jsonRpc).toEqual([-32700, -32600, -32601, -32602, -32603, -32001]);
  });
});

describe("Table 5: UICC status words", () => {
  it("has every row with its description, and a pattern that matches the status words it stands for", () => {
    const rows = table5Rows();
    expect(api.statusWords.map((row) => row.sw)).toEqual(rows.map((row) => row.sw));
    rows.forEach((row, index) => {
      const written = api.statusWords[index]!;
      expect(written.description).toBe(row.description);
      const example = row.sw.replace(" ", "").replace(/X/g, "3");
      expect(new RegExp(written.pattern).test(example), `${written.pattern} ~ ${example}`).toBe(true);
    });
  });
});

describe("SCR profiles", () => {
  it("has every SCR row of the seed with its section and status", () => {
    for (const row of scrRows()) {
      const profile = api.profiles.find((item) => item.prefix === row.prefix)!;
      const written = profile.requirements.find((item) => item.item === row.item);
      expect(written, row.item).toMatchObject({
        function: row.function,
        section: row.section,
        status: row.status === "M" ? "mandatory" : "optional",
        source: "seed",
      });
    }
  });

  it("has the seven device classes, each covering all 21 groups", () => {
    expect(api.profiles.map((profile) => profile.deviceClass)).toEqual(["mobile-broadband-device", "laptop", "wireless-router", "m2m", "smart-phone", "tablet", "cloud"]);
    for (const profile of api.profiles) expect(new Set(profile.requirements.map((row) => row.section)).size).toBe(21);
  });

  it("fills the rows the seed lost for mobile broadband devices from the laptop table, marked as assumed", () => {
    const broadband = api.profiles[0]!;
    const seedItems = new Set(
      scrRows()
        .filter((row) => row.prefix === "MBD")
        .map((row) => row.item),
    );
    const laptop = api.profiles.find((profile) => profile.prefix === "LAP")!;
    for (const row of broadband.requirements) {
      if (seedItems.has(row.item)) continue;
      expect(row.source, row.item).toBe("assumed");
      const twin = laptop.requirements.find((item) => item.item === row.item.replace("MBD", "LAP"))!;
      expect(row).toMatchObject({ section: twin.section, status: twin.status });
    }
  });
});
