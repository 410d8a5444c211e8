/**
 * `init`: the first opencmapi-gen.config.json of a project. It names the shipped schema in
 * `$schema` (editors complete and check the file from it), the spec files and the output folder,
 * and the flags given to init; defaults that may change (the artifacts) are left out.
 */
import { existsSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { BUNDLED, CONFIG_SCHEMA_FILE, type CommandLineOptions } from "./config.js";

/**
 * How the config names the schema: through the project's node_modules when opencmapi-gen is
 * installed there (the path stays right on every machine that runs `npm install`), else relative to
 * the package it came with (a clone); npx's cache is no place to point at, so it gets the
 * node_modules path too, which holds once the project installs opencmapi-gen.
 */
export function schemaReference(configDir: string, packageRoot: string): string {
  const installed = join(configDir, "node_modules", "opencmapi-gen", CONFIG_SCHEMA_FILE);
  const conventional = `./node_modules/opencmapi-gen/${CONFIG_SCHEMA_FILE}`;
  if (existsSync(installed) || packageRoot.split(sep).includes("_npx")) return conventional;
  const path = relative(configDir, join(packageRoot, CONFIG_SCHEMA_FILE)).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** A path as the config holds it: relative to the config's folder ("bundled" and absolute paths outside it stay). */
function asInConfig(file: string, cwd: string, configDir: string): string {
  if (file === BUNDLED) return BUNDLED;
  const absolute = resolve(cwd, file);
  const inside = relative(configDir, absolute);
  return isAbsolute(inside) ? absolute : inside.split(sep).join("/") || ".";
}

export function initialConfig(flags: CommandLineOptions, where: { cwd: string; configDir: string; schema: string }): Record<string, unknown> {
  const paths = (files: string[] | undefined) => (files && files.length > 0 ? files.map((file) => asInConfig(file, where.cwd, where.configDir)) : [BUNDLED]);
  return {
    $schema: where.schema,
    idl: paths(flags.idl),
    schema: paths(flags.schema),
    out: asInConfig(flags.out ?? "generated", where.cwd, where.configDir),
    ...(flags.emit !== undefined ? { emit: flags.emit.split(",").map((item) => item.trim()) } : {}),
    ...(flags.profile !== undefined ? { profile: flags.profile } : {}),
    ...(flags.lang !== undefined ? { lang: flags.lang } : {}),
  };
}
