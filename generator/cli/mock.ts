/** `mock`: a mock device served for the spec, until Ctrl-C. */
import type { Command } from "commander";
import { SpecError } from "../diagnostics.js";
import type { CliContext } from "./context.js";
import { credentialFlags, loadSpec, specOptions, type SpecFlags } from "./options.js";

type MockFlags = SpecFlags & { port?: string; host: string; seed: string; allowOrigin?: string[]; playground?: boolean; credential?: string[]; quiet?: boolean; tick: string };

export function registerMock(program: Command, cli: CliContext): void {
  specOptions(program.command("mock").description("serve a mock device for the spec (the bundled one unless --idl/--schema/--config say otherwise) over WebSocket and HTTP, for web-app development"))
    .option("-p, --port <port>", "the port (default: a free one)")
    .option("--host <host>", "the address to listen on", "127.0.0.1")
    .option("--seed <seed>", "makes the mock's data the same from run to run", "1")
    .option("--allow-origin <origin...>", "web app origins allowed besides the server's own")
    .option("--playground", "also serve the playground page at /playground/ (same origin, so the mock admits it)")
    .option("--credential <level=secret...>", "the secret CMAPI_API_Open takes for a level (administrator=..., operator=...; repeatable); a level left out gets a random secret, printed at start")
    .option("--quiet", "no line per request on stderr (what the mock cannot do for the spec is still said)")
    .option("--tick <ms>", "every this many ms the signals drift one step and SignalStrengthChanged is sent; 0 turns it off (signals then move only when read)", "5000")
    .action((flags: MockFlags) => runMock(cli, flags));
}

async function runMock(cli: CliContext, flags: MockFlags): Promise<void> {
  const { output } = cli;
  const port = flags.port === undefined ? undefined : Number(flags.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new SpecError([{ message: `not a port: ${flags.port}`, location: { file: "--port" } }], 2);
  const tickMs = Number(flags.tick);
  if (!(Number.isInteger(tickMs) && tickMs >= 0)) throw new SpecError([{ message: `not a number of milliseconds: ${flags.tick}`, location: { file: "--tick" } }], 2);
  const credentials = credentialFlags(flags.credential ?? []);
  const api = await loadSpec(flags);
  const [{ FIRE_CALLBACK_PATH, PLAYGROUND_PATH, startMock }, { seedFrom }, { MOCK_PIN, MOCK_PUK }] = await Promise.all([import("../mock/start.js"), import("../mock/random.js"), import("../mock/device.js")]);
  const mock = await startMock(api, {
    ...(port !== undefined ? { port } : {}),
    host: flags.host,
    seed: seedFrom(flags.seed),
    playground: flags.playground === true,
    ...(flags.allowOrigin ? { allowedOrigins: flags.allowOrigin } : {}),
    log: (message) => output.err(`opencmapi-gen mock: ${message}\n`),
    logRequests: flags.quiet !== true,
    ...(tickMs > 0 ? { tickMs } : {}),
    credentials,
  });
  output.out(`opencmapi-gen mock device: ${mock.server.url} (WebSocket: ${mock.server.url.replace(/^http/, "ws")}); ${api.title}, cmapiversion ${api.cmapiVersion}, ${api.methods.length} functions; PIN ${MOCK_PIN}, PUK ${MOCK_PUK}.\n`);
  output.out(`fire a callback: curl -X POST -H 'Content-Type: application/json' ${new URL(FIRE_CALLBACK_PATH, mock.server.url).href}<callbackId>. Ctrl-C stops it.\n`);
  if (flags.playground) output.out(`playground: ${new URL(PLAYGROUND_PATH, mock.server.url).href}\n`);
  // Like Jupyter's token: printed once, to the terminal of whoever started the mock; never logged elsewhere.
  for (const level of mock.generated) output.out(`${level} secret (random, this run only; --credential ${level}=... sets one): ${mock.secrets[level]}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void mock.server.close().then(resolve);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
