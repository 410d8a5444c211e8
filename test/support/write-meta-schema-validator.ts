/** Writes generator/model/meta-schema-validator.ts (see meta-schema-code.ts). Run: npm run meta-schema:generate */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { metaSchemaValidatorCode } from "../../generator/model/meta-schema-code.js";

export const META_SCHEMA_VALIDATOR = fileURLToPath(new URL("../../generator/model/meta-schema-validator.ts", import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(META_SCHEMA_VALIDATOR, metaSchemaValidatorCode());
  console.log(`wrote ${META_SCHEMA_VALIDATOR}`);
}
