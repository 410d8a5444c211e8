/**
 * The code builder (generator/emit/code): names refuse what is no identifier, doc text cannot close
 * its comment, literals cannot inject and come out as prettier lays them out; and a spec whose texts
 * are hostile still gives generated code that compiles, with the texts in it.
 */
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { runInThisContext } from "node:vm";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { emitArtifacts } from "../generator/emit/artifacts.js";
import { _, block, blockStatement, doc, importName, indented, lineComment, moduleText, name, statement } from "../generator/emit/code/index.js";
import type { Api, JsonSchema } from "../generator/model/api.js";
import { withSchemaTree } from "../generator/model/schema-tree.js";
import { scaffoldFiles } from "../generator/scaffold.js";
import { loadAssets, loadRuntimeTemplates } from "../generator/templates.js";
import { bundledApi } from "./support/api.js";
import { tempDir } from "./support/generation.js";
import { typecheckFolder } from "./support/typecheck.js";

/** A fixed seed, so that CI runs the same cases; FUZZ_SEED picks others. */
fc.configureGlobal({ seed: Number(process.env["FUZZ_SEED"] ?? 20261203) });

const PRETTIER = { parser: "typescript", printWidth: 240, semi: true, singleQuote: false, trailingComma: "all", endOfLine: "lf" } as const;

/** Text meant to break out: comment ends, line terminators, template syntax, quotes, backslashes. */
const HOSTILE = "a */ b \u2028 c \u2029 d ` e ${f} g \" h ' i \\ j \n k \r l */";

describe("names", () => {
  it("refuses what is not an identifier, and reserved words", () => {
    for (const bad of ["", "1a", "a-b", "a b", "a;b", "delete", "await", "class", "a\u2028"]) expect(() => name(bad)).toThrow();
    expect(() => name("string", { type: true })).toThrow();
    expect(name("wlanScan").text).toBe("wlanScan");
  });

  it("never lets a name through that is not one identifier token", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let accepted = true;
        try {
          name(text);
        } catch {
          accepted = false;
        }
        if (accepted) expect(/^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u.test(text)).toBe(true);
      }),
    );
  });
});

describe("doc and line comments", () => {
  it("keep hostile text inside the comment, whatever it holds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom("*", "/", "\n", "\r", "\u2028", "\u2029", "`", "$", "{", "}", "a", " ", "@") }), async (text) => {
        const module = moduleText([statement(_`${doc(text)}\nexport const x = 1;`), statement(_`${lineComment(text)}\nexport const y = 2;`)]);
        // Exactly the two declarations parse: the comments hid everything else.
        const formatted = await prettier.format(module, PRETTIER);
        expect(formatted).toBe(module);
        const code = module.replace(/\/\*\*[\s\S]*?\*\//, "").replace(/^\/\/.*$/gmu, "");
        expect(code.replace(/\s+/g, " ").trim()).toBe("export const x = 1; export const y = 2;");
      }),
      { numRuns: 150 },
    );
  });
});

describe("literals", () => {
  const json = fc.jsonValue({ maxDepth: 3 }).filter((value) => JSON.stringify(value).length < 3000);

  it("evaluate to the value, and the key __proto__ stays a property", () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = moduleText([statement(_`export const x = ${value};`)]);
        const evaluated = runInThisContext(`(${text.replace("export const x =", "").replace(/;\s*$/, "")})`) as unknown;
        expect(JSON.stringify(evaluated)).toBe(JSON.stringify(value));
      }),
    );
    const text = moduleText([statement(_`export const x = ${JSON.parse('{"__proto__": {"polluted": true}}')};`)]);
    const evaluated = runInThisContext(`(${text.replace("export const x =", "").replace(/;\s*$/, "")})`) as object;
    expect(Object.getPrototypeOf(evaluated)).toBe(Object.prototype);
    expect(Object.keys(evaluated)).toEqual(["__proto__"]);
  });

  it("are laid out as prettier lays them out, at any depth", async () => {
    await fc.assert(
      fc.asyncProperty(json, fc.integer({ min: 0, max: 3 }), fc.stringMatching(/^[a-z]{1,40}$/), async (value, depth, variable) => {
        let body = _`const ${name(`v${variable}`)} = ${value};`;
        for (let level = 0; level < depth; level++) body = block(_`if (x)`, [body]);
        const module = moduleText([statement(_`declare const x: boolean;`), statement(body)]);
        expect(module).toBe(await prettier.format(module, PRETTIER));
      }),
      { numRuns: 300 },
    );
  });

  it("refuse what is not JSON", () => {
    for (const bad of [undefined, () => 1, Symbol("s"), 1n, Number.NaN, Infinity, new Date(0)]) expect(() => _`${bad}`).toThrow();
  });
});

describe("modules", () => {
  it("import what their code uses, one import a module, and indent their blocks", () => {
    const a = importName("a", "./a.js");
    const B = importName("B", "./a.js", "type");
    const T = importName("T", "./types.js", "namespace");
    const ws = importName("WebSocket", "ws");
    const text = moduleText([blockStatement(block(_`export function f(b: ${B}, t: ${T}.X)`, [_`return ${a}(b, t, ${ws}, {${indented([_`deep: 1,`])}\n});`]))]);
    expect(text).toBe(
      ['import { WebSocket } from "ws";', 'import { a, type B } from "./a.js";', 'import type * as T from "./types.js";', "", "export function f(b: B, t: T.X) {", "  return a(b, t, WebSocket, {", "    deep: 1,", "  });", "}", ""].join(
        "\n",
      ),
    );
  });

  it("refuse one name imported from two modules", () => {
    expect(() => moduleText([statement(_`${importName("a", "./a.js")}(${importName("a", "./b.js")});`)])).toThrow(/imported from both/);
  });
});

/** The bundled model with hostile text in every description, message and title the TypeScript emitters write. */
function hostileApi(api: Api): Api {
  return {
    ...api,
    methods: api.methods.map((method) => ({ ...method, description: `${method.description ?? ""} ${HOSTILE}` })),
    groups: api.groups.map((group) => ({ ...group, title: `${group.title} ${HOSTILE}` })),
    errorCodes: api.errorCodes.map((row) => ({ ...row, message: `${row.message} ${HOSTILE}` })),
    profiles: api.profiles.map((profile) => ({ ...profile, title: `${profile.title} ${HOSTILE}` })),
  };
}

/** The bundled model with hostile text in every definition's description and every property's (the types' doc comments). */
function hostileSchemaApi(api: Api): Api {
  const hostile = (schema: JsonSchema): JsonSchema => (typeof schema === "object" && schema !== null ? { ...schema, description: `${String(schema.description ?? "")} ${HOSTILE}` } : schema);
  const defs = Object.fromEntries(
    Object.entries(api.schemaDefs).map(([key, def]) => {
      const properties = typeof def === "object" && def !== null && typeof def.properties === "object" && def.properties !== null ? (def.properties as Record<string, JsonSchema>) : undefined;
      const withProperties = properties ? { ...def, properties: Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, hostile(schema)])) } : def;
      return [key, hostile(withProperties)];
    }),
  );
  const { schema: _tree, ...rest } = api;
  return withSchemaTree({ ...rest, schemaDefs: defs });
}

describe("a spec with hostile texts", () => {
  it("gives types whose doc comments hold the texts and that compile", async () => {
    const api = hostileSchemaApi(await bundledApi());
    const types = (await emitArtifacts(api, ["types"], { runtime: await loadRuntimeTemplates(), assets: await loadAssets() })).get("types.ts")!;
    const dir = await tempDir("opencmapi-gen-hostile-types-");
    await writeFile(join(dir, "types.ts"), types);
    expect(await typecheckFolder(dir)).toBe("");
    // `*/` neutralised, U+2028 a comment line of its own, the backtick and `${` as written.
    expect(types).toContain("a *\\/ b");
    expect(types).toContain("\n   *  c\n");
    expect(types).toContain(" d ` e ${f} g ");
    expect(types).not.toContain("\u2028");
    expect(await prettier.format(types, PRETTIER)).toBe(types);
  }, 120_000);

  it("gives server, client, errors, node client and scaffold handlers that compile and show the texts", async () => {
    const api = hostileApi(await bundledApi());
    const profile = api.profiles.find((item) => item.deviceClass === "laptop") ?? api.profiles[0]!;
    const files = await emitArtifacts(api, ["errors", "client", "node", "server"], { runtime: await loadRuntimeTemplates(), assets: await loadAssets(), profile });
    const dir = await tempDir("opencmapi-gen-hostile-");
    const { files: project } = scaffoldFiles(api, { dir, spec: { idl: [], schema: [] }, profile, packageSpec: "0.0.0", toolVersion: "0.0.0" });
    const written = new Map<string, string>([...[...files].map(([path, text]) => [`src/generated/${path}`, text] as const), ["src/handlers.ts", project.get("src/handlers.ts")!] as const]);
    for (const [path, text] of written) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    await symlink(fileURLToPath(new URL("../node_modules", import.meta.url)), join(dir, "node_modules"), "dir");
    expect(await typecheckFolder(dir)).toBe("");
    // The texts survive, `*/` neutralised and line breaks as comment lines.
    const neutralised = "a *\\/ b";
    expect(written.get("src/generated/server.ts")).toContain(neutralised);
    expect(written.get("src/generated/server.ts")).toContain(`Profile ${profile.title.split(" a */")[0]} ${neutralised}`);
    expect(written.get("src/generated/profile.ts")).toContain(neutralised);
    expect(written.get("src/handlers.ts")).toContain(neutralised);
    expect(written.get("src/handlers.ts")).toContain("\n  //  c\n");
    expect(written.get("src/generated/client.ts")).toContain(" *  c");
    expect(written.get("src/generated/errors.ts")).toContain(neutralised);
    // And, formatted, they are as they were written.
    for (const path of ["src/generated/server.ts", "src/generated/client.ts", "src/generated/errors.ts", "src/generated/profile.ts", "src/handlers.ts"]) {
      expect(await prettier.format(written.get(path)!, PRETTIER), path).toBe(written.get(path));
    }
  }, 120_000);
});
