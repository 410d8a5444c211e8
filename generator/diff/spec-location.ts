/**
 * Where `diff` finds a spec version: a folder holding one .webidl and one .schema.json, or an
 * opencmapi-gen.config.json naming several (a vendor's files beside the bundled ones), or a
 * .webidl beside its schema; or `bundled`, the spec this package carries (as `--idl bundled` names
 * its file elsewhere), so that `diff bundled DIR` compares a vendor's or a newer spec with it. The
 * word always means the bundled spec: a folder of that name is `./bundled`.
 */
import { access, readdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { BUNDLED, CONFIG_FILE, resolveSpecFiles, type SpecOptions } from "../config.js";
import { SpecError } from "../diagnostics.js";
import { bundledSpec } from "../package-root.js";

export async function locateSpec(path: string): Promise<SpecOptions> {
  if (path === BUNDLED) {
    const { idl, schema } = bundledSpec();
    return { idl: [idl], schema: [schema] };
  }
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    throw new SpecError([{ message: `no such file or folder (give a spec folder, its .webidl, or "${BUNDLED}" for the bundled spec)`, location: { file: path } }], 2);
  }
  if (!isFolder) {
    if (!path.endsWith(".webidl")) throw new SpecError([{ message: "give a folder, or a .webidl file with its .schema.json beside it", location: { file: path } }], 2);
    return { idl: [path], schema: [join(dirname(path), `${basename(path, ".webidl")}.schema.json`)] };
  }
  const config = join(path, CONFIG_FILE);
  if (
    await access(config).then(
      () => true,
      () => false,
    )
  )
    return resolveSpecFiles({ config }, path);
  const names = await readdir(path);
  const idl = names.filter((name) => name.endsWith(".webidl"));
  const schema = names.filter((name) => name.endsWith(".schema.json"));
  if (idl.length !== 1 || schema.length !== 1) {
    throw new SpecError([{ message: `a spec folder holds one .webidl and one .schema.json; found ${idl.length} and ${schema.length} (a spec in several files needs an ${CONFIG_FILE} naming them in order)`, location: { file: path } }], 2);
  }
  return { idl: [join(path, idl[0]!)], schema: [join(path, schema[0]!)] };
}
