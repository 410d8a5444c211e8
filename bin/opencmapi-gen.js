#!/usr/bin/env node
// The package's command. The CLI is TypeScript compiled to dist/ by `npm install` (the prepare script).
import { existsSync, readFileSync } from "node:fs";

// The version alone is asked for often (scripts, CI logs): answer before loading the CLI.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}\n`);
  process.exit(0);
}

const entry = new URL("../dist/generator/cli.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("opencmapi-gen: dist/ is missing; run `npm install` (or `npm run build`) in the opencmapi-gen folder\n");
  process.exit(2);
}
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0); // `opencmapi-gen ir | head` closed the pipe
  throw error;
});
const { main } = await import(entry.href);
process.exitCode = await main(args);
