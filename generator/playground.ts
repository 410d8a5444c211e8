/**
 * The playground page for `mock --playground`, for the spec it is given: its data (the groups, each
 * function with its params' form descriptions (playground-forms.ts) and example params, every
 * callback, the cmapiversion) and its script, bundled by esbuild from templates/playground/app.ts
 * with the runtime's browser client and the spec's validators, compiled now by the validators
 * emitter (ajv standalone code, so that the page runs under a CSP without eval; with allErrors, so
 * that the page shows every error at its field). Nothing comes from a generated folder.
 */
import { readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { build } from "esbuild";
import { exampleOf } from "./emit/examples.js";
import { emitValidators } from "./emit/validators.js";
import type { Api } from "./model/api.js";
import { propertiesByName } from "./model/schema-tree.js";
import { FormReader } from "./playground-forms.js";
import { packageRoot } from "./package-root.js";
import type { PlaygroundData } from "../templates/playground/data.js";

/** The module name app.ts imports the spec's compiled validators from; esbuild is handed them under it. */
const VALIDATORS_MODULE = "cmapi:validators";

export interface PlaygroundPage {
  html: string;
  script: string;
}

export function playgroundData(api: Api): PlaygroundData {
  const tree = api.schema;
  const forms = new FormReader(api);
  const functions = api.methods.map((method) => {
    const paramsNode = tree.read(method.paramsSchema);
    const properties = propertiesByName(paramsNode);
    return {
      name: method.name,
      group: method.group,
      description: method.description,
      access: method.access,
      // The WebIDL's order and words for each param; its form from the params schema.
      params: method.params.map((param) => {
        const schema = properties.get(param.name);
        return { name: param.name, required: !param.optional, node: schema ? forms.read(schema, param.description) : { kind: "json" as const, description: param.description } };
      }),
      example: exampleOf(paramsNode) as Record<string, unknown>,
    };
  });
  return {
    cmapiVersion: api.cmapiVersion,
    groups: api.groups.map((group) => ({ name: group.name, title: group.title, extension: group.extension })),
    functions,
    shapes: forms.shapes,
    callbacks: api.callbacks.map((callback) => ({ callbackId: callback.callbackId, access: callback.access })),
  };
}

export async function buildPlayground(api: Api): Promise<PlaygroundPage> {
  const dir = join(packageRoot(), "templates", "playground");
  // Not optimized: a page validates one form at a time, and the mock starts sooner without the passes.
  const validators = emitValidators(api, { allErrors: true, optimize: false });
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
            // The validators' modules as emitted (validators.ts and the modules it imports), from memory.
            plugin.onResolve({ filter: new RegExp(`^${VALIDATORS_MODULE}$`) }, () => ({ path: "validators.ts", namespace: "spec" }));
            plugin.onResolve({ filter: /^\./, namespace: "spec" }, (args) => ({ path: posix.join(posix.dirname(args.importer), args.path), namespace: "spec" }));
            plugin.onLoad({ filter: /.*/, namespace: "spec" }, (args) => {
              const contents = validators.get(args.path);
              if (contents === undefined) throw new Error(`the playground's validators import ${args.path}, which emitValidators did not write`);
              return { contents, loader: args.path.endsWith(".ts") ? "ts" : "js" };
            });
          },
        },
      ],
    }),
  ]);
  const json = JSON.stringify(playgroundData(api)).replace(/</g, "\\u003c");
  return { html: template.replace("/*DATA*/", () => json), script: bundle.outputFiles[0]!.text };
}
