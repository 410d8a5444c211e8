/** `openrpc`: the API as an OpenRPC document. */
import type { Command } from "commander";
import type { CliContext } from "./context.js";
import { loadSpec, specOptions, type SpecFlags } from "./options.js";

export function registerOpenRpc(program: Command, cli: CliContext): void {
  specOptions(program.command("openrpc").description("print the API as an OpenRPC 1.x document")).action(async (options: SpecFlags) => {
    const { openRpcDocument } = await import("../emit/openrpc.js");
    cli.output.out(`${JSON.stringify(openRpcDocument(await loadSpec(options)), null, 2)}\n`);
  });
}
