/**
 * The playground page for `mock --playground`, for the spec it is given: its data (the groups, each
 * function with a form description and example params, every callback, the cmapiversion) and its
 * script, bundled by esbuild from templates/playground/app.ts with the runtime's browser client and
 * the spec's validators, compiled now by the validators emitter (ajv standalone code, so that the
 * page runs under a CSP without eval). Nothing comes from a generated folder.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { exampleValue } from "./emit/examples.js";
import { emitValidators } from "./emit/validators.js";
import type { Api, JsonSchema } from "./model/api.js";
import { followRefs } from "./model/schema-keywords.js";
import { schemaShape } from "./model/schema-types.js";
import { packageRoot } from "./package-root.js";
import type { ParamKind, PlaygroundData } from "../templates/playground/app.js";

/** The module name app.ts imports the spec's compiled validators from; esbuild is handed them under it. */
const VALIDATORS_MODULE = "cmapi:validators";

export interface PlaygroundPage {
  html: string;
  script: string;
}

/** How the form asks for a value of this schema. */
function paramKind(api: Api, schema: JsonSchema): ParamKind {
  const target = followRefs(api.schemaDefs, schema);
  if (Array.isArray(target["enum"]) && target["enum"].every((value) => typeof value === "string")) {
    const declared = api.types.find((type) => type.kind === "enum" && type.schema === target);
    return { kind: "enum", values: target["enum"], meanings: declared?.kind === "enum" ? declared.valueDescriptions : [] };
  }
  const shape = schemaShape(target);
  if (shape.kind === "string" || shape.kind === "integer" || shape.kind === "number" || shape.kind === "boolean") return { kind: shape.kind };
  // DeviceId: a decimal string or a number, typed as text (the validators accept either).
  if (shape.kind === "union" && shape.of.every((alternative) => ["string", "integer", "number"].includes(schemaShape(followRefs(api.schemaDefs, alternative)).kind))) return { kind: "string" };
  return { kind: "json" };
}

export function playgroundData(api: Api): PlaygroundData {
  return {
    cmapiVersion: api.cmapiVersion,
    groups: api.groups.map((group) => ({ name: group.name, title: group.title, extension: group.extension })),
    functions: api.methods.map((method) => {
      const example = exampleValue(api, method.paramsSchema) as Record<string, unknown>;
      const properties = method.paramsSchema["properties"] as Record<string, JsonSchema>;
      return {
        name: method.name,
        group: method.group,
        description: method.description,
        params: method.params.map((param) => ({ name: param.name, optional: param.optional, example: example[param.name], description: param.description, ...paramKind(api, properties[param.name]!) })),
      };
    }),
    callbacks: api.callbacks.map((callback) => callback.callbackId),
  };
}

export async function buildPlayground(api: Api): Promise<PlaygroundPage> {
  const dir = join(packageRoot(), "templates", "playground");
  const validators = emitValidators(api).get("validators.js")!;
  const [template, bundle] = await Promise.all([
    readFile(join(dir, "index.html"), "utf8"),
    build({
      entryPoints: [join(dir, "app.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      target: "es2020",
      write: false,
      logLevel: "silent",
      minify: true,
      plugins: [
        {
          name: "spec-validators",
          setup(plugin) {
            plugin.onResolve({ filter: /^cmapi:validators$/ }, () => ({ path: VALIDATORS_MODULE, namespace: "spec" }));
            plugin.onLoad({ filter: /.*/, namespace: "spec" }, () => ({ contents: validators, loader: "js" }));
          },
        },
      ],
    }),
  ]);
  const json = JSON.stringify(playgroundData(api)).replace(/</g, "\\u003c");
  return { html: template.replace("/*DATA*/", () => json), script: bundle.outputFiles[0]!.text };
}
