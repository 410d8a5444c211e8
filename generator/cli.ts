/** The opencmapi-gen command line. `main` returns the exit code, so tests can run it in process. */
import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { BUNDLED, CONFIG_FILE, readConfigFile, resolveOptions, resolveSpecFiles, type CommandLineOptions, type GeneratorOptions } from "./config.js";
import type { check as Check, generate as Generate } from "./generate.js";
import type { SpecFiles } from "./load.js";
import { SpecError, formatLocation } from "./diagnostics.js";
import { ARTIFACTS, ARTIFACTS_FOR_SCAFFOLD } from "./emit/artifacts.js";
import { findProfile } from "./model/profiles.js";
import type { Api } from "./model/api.js";
import { packageVersion } from "./package-root.js";
import { ERROR_FORMATS, findingText, findingsOf, githubAnnotation, reportJson, withPointerLines, type ErrorFormat, type Report } from "./report-format.js";
import { apiCounts, summarizeApi } from "./summary.js";
import { peerPackageWarnings } from "./peer-check.js";
import { FileSystemError, problemLine, unwrappedFileSystemError } from "./write/fs-errors.js";
import { Interrupted } from "./write/interrupt.js";

// Loaded when a command runs: the model and the emitters pull in webidl2, ajv and ts-morph,
// which `--version` and `--help` should not pay for.
const loadApi = async (files?: SpecFiles) => (await import("./load.js")).loadApi(files);
const generate: typeof Generate = async (...args) => (await import("./generate.js")).generate(...args);
const check: typeof Check = async (...args) => (await import("./generate.js")).check(...args);

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit codes: 0 fine, 1 the spec (or the generated output) is wrong, 2 bad usage, unreadable input or a file system that refuses, 128 + n interrupted by signal n, 70 a bug. */
export async function main(argv: string[], output: CliOutput = processOutput): Promise<number> {
  let exitCode = 0;
  let reporting: { command: string; format: ErrorFormat } = { command: "opencmapi-gen", format: "text" };
  const program = new Command("opencmapi-gen")
    .description("Code generator for the OMA Open Connection Manager Web API (OpenCMAPI 1.1)")
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .showHelpAfterError("(run opencmapi-gen --help for usage)")
    .hook("preAction", (_program, action) => {
      reporting = { command: action.name(), format: action.opts<{ errorFormat?: ErrorFormat }>().errorFormat ?? "text" };
    });
  const errorFormatOption = () => new Option("--error-format <format>", "how problems are printed: text, json (one document) or github-actions (workflow annotations)").choices(ERROR_FORMATS).default("text");
  /** Prints a report in the json or github-actions format; false for text, which each command prints its own way. */
  const printReport = (report: Report, code: number): boolean => {
    if (reporting.format === "text") return false;
    const findings = withPointerLines(report.findings, readTextOrUndefined);
    if (reporting.format === "json") output.out(reportJson({ ...report, findings }, code));
    else output.out(findings.map((finding) => `${githubAnnotation(finding)}\n`).join(""));
    return true;
  };

  /** Every command reads the spec the same way: --idl/--schema (each repeatable), else the config file, else the bundled spec. */
  const specOptions = (command: Command) =>
    command
      .addOption(new Option("--idl <file>", `a WebIDL file; repeat it to add a vendor's files ("${BUNDLED}" names the bundled one) (default: the config's, else the bundled spec/opencmapi.webidl)`).argParser(collect))
      .addOption(new Option("--schema <file>", `a JSON Schema file; repeatable like --idl (default: the config's, else the bundled spec/opencmapi.schema.json)`).argParser(collect))
      .option("-c, --config <file>", "a config file (default: ./opencmapi-gen.config.json when it exists)");
  const loadSpec = async (flags: SpecFlags) => loadApi(await resolveSpecFiles(flags));

  specOptions(program.command("ir").description("print the intermediate model of the API as JSON"))
    .option("--compact", "one line of JSON instead of an indented document")
    .action(async (options: SpecFlags & { compact?: boolean }) => {
      const api = await loadSpec(options);
      output.out(JSON.stringify(api, null, options.compact ? undefined : 2) + "\n");
    });

  specOptions(program.command("openrpc").description("print the API as an OpenRPC 1.x document")).action(async (options: SpecFlags) => {
    const { openRpcDocument } = await import("./emit/openrpc.js");
    output.out(`${JSON.stringify(openRpcDocument(await loadSpec(options)), null, 2)}\n`);
  });

  program
    .command("diff")
    .description("compare two spec versions and class each change as breaking or compatible (exit 1 when something breaks)")
    .argument("<old>", `the old spec: a folder with a .webidl and a .schema.json (or an ${CONFIG_FILE} naming several), the .webidl file, or "${BUNDLED}" for the bundled spec`)
    .argument("<new>", "the new spec, likewise")
    .option("--json", "print the list of changes as JSON (--error-format json prints them in the report document)")
    .addOption(errorFormatOption())
    .action(async (oldPath: string, newPath: string, flags: { json?: boolean }) => {
      const [{ locateSpec }, { changeFindings, compareApis, formatChanges }, { changeLocator }, { apiFromTexts, readSpecTexts }] = await Promise.all([
        import("./diff/spec-location.js"),
        import("./diff/compare.js"),
        import("./diff/places.js"),
        import("./load.js"),
      ]);
      const [oldSpec, newSpec] = await Promise.all([locateSpec(oldPath), locateSpec(newPath)]);
      const [oldTexts, newTexts] = await Promise.all([readSpecTexts(oldSpec), readSpecTexts(newSpec)]);
      const [before, after] = [apiFromTexts(oldTexts), apiFromTexts(newTexts)];
      const changes = compareApis(before, after);
      if (changes.some((change) => change.breaking)) exitCode = 1;
      // Each change where its item is defined: the new version's file for one added or changed, the old one's for one removed.
      const locate = changeLocator({ api: before, texts: oldTexts }, { api: after, texts: newTexts });
      const located = changes.map((change) => ({ change, location: locate(change) }));
      const listed = located.map(({ change, location }) => ({
        breaking: change.breaking,
        kind: change.kind,
        subject: change.subject,
        detail: change.detail,
        file: location.file,
        line: location.line,
        column: location.column,
        pointer: location.pointer,
      }));
      const report = { command: "diff", ok: exitCode === 0, findings: changeFindings(changes, locate), details: { changes: listed } };
      const where = new Map(located.map(({ change, location }) => [change, formatLocation({ ...location, file: relative(process.cwd(), location.file) || location.file })]));
      const readable = formatChanges(changes, (change) => where.get(change)!);
      if (printReport(report, exitCode)) {
        // A workflow log is read by people too, as for lint and check: the readable list goes with the annotations.
        if (reporting.format === "github-actions") output.err(readable);
        return;
      }
      output.out(flags.json ? `${JSON.stringify(listed, null, 2)}\n` : readable);
    });

  specOptions(program.command("conformance").description("call a running server and report which functions of a device class's profile it implements (exit 1 when a mandatory one is missing)"))
    .requiredOption("--profile <class>", "the SCR device class")
    .requiredOption("--url <url>", "the server's endpoint: ws://host:port/cmapi or http://host:port/cmapi (wss://, https:// likewise); one that does not answer is exit 2")
    .option("--json", "print the report as JSON")
    .option("--credential <level=secret>", "open the API at this level with this secret before the calls (administrator=... or operator=...)")
    .action(async (options: SpecFlags & { profile: string; url: string; json?: boolean; credential?: string }) => {
      const { CannotProbe, checkConformance, checkUrl, formatConformance } = await import("./conformance.js");
      // A URL that is malformed or where nothing answers, or credentials the device refuses: one line and exit 2, before any function is called.
      const cannotProbe = (error: unknown) => {
        if (!(error instanceof CannotProbe)) throw error;
        output.err(`opencmapi-gen conformance: ${error.message}\n`);
        exitCode = 2;
      };
      try {
        checkUrl(options.url);
      } catch (error) {
        return cannotProbe(error);
      }
      const api = await loadSpec(options);
      const [level] = Object.entries(credentialFlags(options.credential === undefined ? [] : [options.credential])) as ["administrator" | "operator", string][];
      const report = await checkConformance(api, findProfile(api, options.profile), options.url, level ? { credentials: { accessLevel: level[0], securityRequest: level[1] } } : {}).catch(cannotProbe);
      if (!report) return;
      output.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatConformance(report));
      if (report.missingMandatory.length > 0) exitCode = 1;
    });

  specOptions(program.command("scaffold"))
    .description("create a device vendor's project: package.json, the generated bindings, handler stubs, a start script")
    .argument("<dir>", "the project folder to create")
    .option("--profile <class>", "an SCR device class: stubs for its mandatory functions only")
    .option("--package <spec>", "how the project depends on opencmapi-gen (a version range, a path or a tarball)")
    .action(async (dir: string, flags: SpecFlags & { profile?: string; package?: string }) => {
      const { apiFromTexts, readSpecTexts } = await import("./load.js");
      const spec = await readSpecTexts(await resolveSpecFiles(flags));
      const api = apiFromTexts(spec);
      const profile = flags.profile !== undefined ? findProfile(api, flags.profile) : undefined;
      const target = resolve(dir);
      const version = packageVersion();
      const [{ SCAFFOLD_OUT, scaffoldFiles, writeScaffold }, { interruptibly }] = await Promise.all([import("./scaffold.js"), import("./write/interrupt.js")]);
      const { files, specInProject } = scaffoldFiles(api, { dir: target, spec, ...(profile ? { profile } : {}), packageSpec: flags.package ?? `^${version}`, toolVersion: version });
      const generation = { ...specInProject, out: join(target, SCAFFOLD_OUT), emit: [...ARTIFACTS_FOR_SCAFFOLD], ignore: [], ...(profile ? { profile: profile.deviceClass } : {}) };
      await interruptibly({ asItWas: `${label(target)} is as it was`, done: `${label(target)} holds the whole project` }, output.err, (control) => writeScaffold(target, files, generation, control));
      output.out(`opencmapi-gen: scaffolded ${label(target)}; next: cd ${dir} && npm install && npm start\n`);
    });

  specOptions(program.command("mock").description("serve a mock device for the spec (the bundled one unless --idl/--schema/--config say otherwise) over WebSocket and HTTP, for web-app development"))
    .option("-p, --port <port>", "the port (default: a free one)")
    .option("--host <host>", "the address to listen on", "127.0.0.1")
    .option("--seed <seed>", "makes the mock's data the same from run to run", "1")
    .option("--allow-origin <origin...>", "web app origins allowed besides the server's own")
    .option("--playground", "also serve the playground page at /playground/ (same origin, so the mock admits it)")
    .option("--credential <level=secret...>", "the secret CMAPI_API_Open takes for a level (administrator=..., operator=...; repeatable); a level left out gets a random secret, printed at start")
    .action(async (flags: SpecFlags & { port?: string; host: string; seed: string; allowOrigin?: string[]; playground?: boolean; credential?: string[] }) => {
      const port = flags.port === undefined ? undefined : Number(flags.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new SpecError([{ message: `not a port: ${flags.port}`, location: { file: "--port" } }], 2);
      const credentials = credentialFlags(flags.credential ?? []);
      const api = await loadSpec(flags);
      const [{ FIRE_CALLBACK_PATH, PLAYGROUND_PATH, startMock }, { seedFrom }, { MOCK_PIN, MOCK_PUK }] = await Promise.all([import("./mock/start.js"), import("./mock/random.js"), import("./mock/device.js")]);
      const mock = await startMock(api, {
        ...(port !== undefined ? { port } : {}),
        host: flags.host,
        seed: seedFrom(flags.seed),
        playground: flags.playground === true,
        ...(flags.allowOrigin ? { allowedOrigins: flags.allowOrigin } : {}),
        log: (message) => output.err(`opencmapi-gen mock: ${message}\n`),
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
    });

  specOptions(program.command("validate").description("check the spec files and say what they define"))
    .addOption(errorFormatOption())
    .action(async (options: SpecFlags) => {
      const spec = await resolveSpecFiles(options);
      const api = await loadApi(spec);
      await compileSchemaStrictly(api, spec.schema[0]!);
      if (reporting.format !== "json") output.out(summarizeApi(api));
      else printReport({ command: "validate", ok: true, findings: [], details: { counts: apiCounts(api) } }, 0);
    });

  specOptions(program.command("lint").description("check the spec's style: descriptions, units, names, unused definitions, error lists, secrets in results, list counts (exit 1 on findings)"))
    .addOption(errorFormatOption())
    .option("--list-rules", "print the rules with their categories and stop")
    .action(async (options: SpecFlags & { listRules?: boolean }) => {
      if (options.listRules) {
        output.out((await import("./lint/rules.js")).formatRules());
        return;
      }
      const [{ lintSpec, countByRule, lintSummary }, { parseLintConfig }, { apiFromTexts, readSpecTexts }] = await Promise.all([import("./lint/runner.js"), import("./lint/config.js"), import("./load.js")]);
      const { path, config } = await readConfigFile(options);
      const lintConfig = parseLintConfig(config["lint"], path);
      const texts = await readSpecTexts(await resolveSpecFiles(options));
      const result = lintSpec(apiFromTexts(texts), texts, lintConfig);
      const counts = countByRule(result.findings);
      if (result.findings.length > 0) exitCode = 1;
      const summary = lintSummary(result, counts);
      const readable = result.findings.map((finding) => `${findingText(finding)}\n`).join("");
      if (printReport({ command: "lint", ok: exitCode === 0, findings: result.findings, details: { rules: result.rules, counts, ignored: result.ignored } }, exitCode)) {
        if (reporting.format === "github-actions" && exitCode !== 0) output.err(readable + summary);
        return;
      }
      if (exitCode === 0) output.out(summary);
      else output.err(readable + summary);
    });

  const generatorOptions = (command: Command) =>
    specOptions(command)
      .option("-o, --out <dir>", "the output folder (default: generated)")
      .option("--emit <list>", `artifacts to emit, comma-separated: ${ARTIFACTS.join(",")} (default: all)`)
      .option("--profile <class>", "an SCR device class (laptop, wireless-router, m2m, smart-phone, tablet, cloud, mobile-broadband-device): only its mandatory functions need handlers")
      .option("--lang <lang>", "ts (TypeScript modules) or js (JavaScript modules with .d.ts beside) (default: ts)");
  const label = (dir: string) => `${relative(process.cwd(), dir) || "."}/`;
  const warnAboutPeerPackages = async (options: GeneratorOptions) => {
    const warnings = await peerPackageWarnings(options);
    if (warnings) output.err(warnings);
  };

  const watchUntilInterrupted = async (flags: CommandLineOptions & { force?: boolean }) => {
    const [{ watchGenerate }, { recoveryLine }] = await Promise.all([import("./watch.js"), import("./generate.js")]);
    const stopping = new AbortController();
    const stop = (signal: NodeJS.Signals) => stopping.abort(signal);
    // `on`, not `once`: a second Ctrl-C while a run finishes its renames must not kill the process half-way.
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    const clock = () => new Date().toTimeString().slice(0, 8);
    let stopped: Awaited<ReturnType<typeof watchGenerate>> | undefined;
    try {
      stopped = await watchGenerate(
        flags,
        {
          generated: (report, options, elapsed) => {
            const recovered = recoveryLine(report, label(options.out));
            if (recovered) output.err(`[${clock()}] ${recovered}\n`);
            output.out(
              `[${clock()}] ${label(options.out)}: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed (${elapsed} ms)${report.written.length > 0 ? `: ${report.written.join(", ")}` : ""}\n`,
            );
          },
          failed: (error) => {
            output.err(`[${clock()}] generation failed; the output is left as it was:\n`);
            reportError(error, output);
          },
          watching: (files) => output.out(`watching ${files.map((file) => relative(process.cwd(), file) || file).join(", ")} (Ctrl-C stops)\n`),
        },
        stopping.signal,
      );
    } finally {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    }
    // Ctrl-C is how a watch is stopped: exit 0, saying what became of a run that was writing.
    const folder = stopped?.out ? label(stopped.out) : "the output folder";
    output.out(
      `stopped watching${stopped?.lastRun === "rolled back" ? `; the run in progress was rolled back: ${folder} holds the last generation` : stopped?.lastRun === "finished" ? `; the run in progress finished its write first: ${folder} holds the new generation` : ""}\n`,
    );
  };

  generatorOptions(program.command("generate").description("write the generated bindings into the output folder"))
    .option("--force", "overwrite files in the output folder that opencmapi-gen did not write")
    .option("-w, --watch", "generate again whenever a spec file or the config changes; Ctrl-C stops")
    .action(async (flags: CommandLineOptions & { force?: boolean; watch?: boolean }) => {
      if (flags.watch) {
        await watchUntilInterrupted(flags);
        return;
      }
      const options = await resolveOptions(flags);
      const started = performance.now();
      const [{ interruptibly }, { recoveryLine }] = await Promise.all([import("./write/interrupt.js"), import("./generate.js")]);
      const folder = { asItWas: `${label(options.out)} is as it was`, done: `${label(options.out)} holds the new generation` };
      const report = await interruptibly(folder, output.err, (control) => generate(options, { force: flags.force === true, control }));
      const elapsed = Math.round(performance.now() - started);
      const recovered = recoveryLine(report, label(options.out));
      if (recovered) output.err(`${recovered}\n`);
      output.out(`opencmapi-gen: ${label(options.out)}: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed (${elapsed} ms)\n`);
      await warnAboutPeerPackages(options);
    });

  generatorOptions(program.command("check").description("fail (exit 1) when the output folder is not what generate would write"))
    .addOption(errorFormatOption())
    .action(async (flags: CommandLineOptions) => {
      const options = await resolveOptions(flags);
      const report = await check(options);
      await warnAboutPeerPackages(options);
      const { checkFindings, formatCheckReport, isUpToDate } = await import("./check-report.js");
      const upToDate = isUpToDate(report);
      if (!upToDate) exitCode = 1;
      if (printReport({ command: "check", ok: upToDate, findings: checkFindings(report, options.out), details: { files: report.files } }, exitCode)) {
        if (!upToDate && reporting.format === "github-actions") output.err(formatCheckReport(report, label(options.out)));
        return;
      }
      if (upToDate) output.out(`opencmapi-gen: ${label(options.out)} is up to date (${report.files} files)\n`);
      else output.err(formatCheckReport(report, label(options.out)));
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (thrown) {
    const error = unwrappedFileSystemError(thrown) ?? thrown;
    if (error instanceof SpecError && reporting.format !== "text") {
      exitCode = error.exitCode;
      printReport({ command: reporting.command, ok: false, findings: findingsOf(error.diagnostics) }, exitCode);
      // A workflow log is read by people too: the annotations go with the usual lines.
      if (reporting.format === "github-actions") reportError(error, output);
    } else exitCode = reportError(error, output);
  }
  return exitCode;
}

type SpecFlags = Pick<CommandLineOptions, "idl" | "schema" | "config">;

/** commander's way to let an option be given several times. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function readTextOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** ajv's strict mode catches what the meta-schema allows but nobody meant, like a misspelt keyword. */
async function compileSchemaStrictly(api: Api, file: string): Promise<void> {
  const { compileAllDefinitions } = await import("./model/schema-ajv.js");
  try {
    compileAllDefinitions(api);
  } catch (error) {
    throw new SpecError([{ message: `the schema does not compile: ${(error as Error).message}`, location: { file } }]);
  }
}

function reportError(error: unknown, output: CliOutput): number {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
    return 2;
  }
  // The file system said no (a read-only folder, a full disk, a file where a folder goes): the user's to fix, exit 2.
  const fileSystem = error instanceof FileSystemError ? error : unwrappedFileSystemError(error);
  if (fileSystem) {
    output.err(fileSystem.problems.map((problem) => `opencmapi-gen: ${problemLine(problem)}\n`).join(""));
    return 2;
  }
  // A signal: the one line says what state the output folder was left in.
  if (error instanceof Interrupted) {
    output.err(`opencmapi-gen: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof SpecError) {
    // A problem found at a JSON pointer is shown on its line too.
    const located = withPointerLines(findingsOf(error.diagnostics), readTextOrUndefined);
    output.err(located.map((finding) => `${findingText(finding)}\n`).join(""));
    const count = error.diagnostics.length;
    output.err(`opencmapi-gen: ${count} problem${count === 1 ? "" : "s"} found\n`);
    return error.exitCode;
  }
  // A bug of ours, not the user's input: say so briefly; the stack is there on request.
  output.err(`opencmapi-gen: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env["OPENCMAPI_DEBUG"] && error instanceof Error && error.stack) output.err(`${error.stack}\n`);
  return 70;
}

/** `--credential administrator=SECRET` (the mock's repeatable flag, conformance's single one): a usage error says which one is wrong without repeating the secret. */
function credentialFlags(written: readonly string[]): Partial<Record<"administrator" | "operator", string>> {
  const credentials: Partial<Record<"administrator" | "operator", string>> = {};
  for (const [index, text] of written.entries()) {
    const equals = text.indexOf("=");
    const level = equals < 0 ? text : text.slice(0, equals);
    const secret = equals < 0 ? "" : text.slice(equals + 1);
    if ((level !== "administrator" && level !== "operator") || secret === "") {
      throw new SpecError(
        [
          {
            message: `--credential number ${index + 1} is not administrator=<secret> or operator=<secret>${level !== "administrator" && level !== "operator" ? ` (the level ${JSON.stringify(level.slice(0, 20))} is not one)` : " (the secret is empty)"}`,
            location: { file: "--credential" },
          },
        ],
        2,
      );
    }
    credentials[level] = secret;
  }
  return credentials;
}
