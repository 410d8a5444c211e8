/** Writes opencmapi-gen.config.schema.json and generator/config-validator.ts (see config-schema.ts). Run: npm run config-schema:generate */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { CONFIG_SCHEMA_FILE } from "../../generator/config.js";
import { configSchema } from "../../generator/config-schema.js";
import { configValidatorCode } from "../../generator/config-validator-code.js";

export const CONFIG_SCHEMA_PATH = fileURLToPath(new URL(`../../${CONFIG_SCHEMA_FILE}`, import.meta.url));
export const CONFIG_VALIDATOR_PATH = fileURLToPath(new URL("../../generator/config-validator.ts", import.meta.url));
export const configSchemaText = () => `${JSON.stringify(configSchema(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(CONFIG_SCHEMA_PATH, configSchemaText());
  await writeFile(CONFIG_VALIDATOR_PATH, configValidatorCode());
  console.log(`wrote ${CONFIG_SCHEMA_PATH} and ${CONFIG_VALIDATOR_PATH}`);
}
