import { loadApi } from "../../generator/load.js";
import type { Api } from "../../generator/model/api.js";

let bundled: Promise<Api> | undefined;

/** The model of the bundled spec, built once per test file. */
export function bundledApi(): Promise<Api> {
  bundled ??= loadApi();
  return bundled;
}
