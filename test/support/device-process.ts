/**
 * A device in its own process, to be killed and started again on the same port: the generated
 * server with short timings. `node --import tsx device-process.ts PORT` prints "port N" once it
 * listens; on stdin, `emit TAG N` emits one SMSReceived callback whose body is "TAG N" and prints
 * "emitted TAG N COUNT" (COUNT: the clients it went to). SIGTERM closes it gracefully; SIGKILL is a power cut.
 */
import { createInterface } from "node:readline";
import { hashSecret, hashedSecrets, startCmapiServer } from "../../generated/server.js";
import { skeletonHandlers } from "../../generated/handlers.skeleton.js";
import type { RFInfoResult } from "../../generated/types.js";
import { TEST_COST, TEST_SECRETS } from "./secrets.js";

const RF_RESULT: RFInfoResult = { RFInfoListElements: 0, RFInfoList: [] };

// SMSReceived needs administrator: the clients open the API with TEST_SECRETS, and again after each restart.
const credentials = hashedSecrets({ operator: await hashSecret(TEST_SECRETS.operator, TEST_COST) });
const server = await startCmapiServer(
  { ...skeletonHandlers, CMAPI_Network_GetRFInfo: () => RF_RESULT },
  { port: Number(process.argv[2] ?? 0), pollTimeoutMs: 2000, heartbeatMs: 1000, closeTimeoutMs: 1000, maxInFlightPerSession: 64, credentials },
);
console.log(`port ${server.port}`);

createInterface({ input: process.stdin }).on("line", (line) => {
  const [command, tag, n] = line.trim().split(/\s+/);
  if (command !== "emit") return;
  const count = server.emit("CMAPI_Callback_SMSReceived", { deviceId: "1", message: { msgID: `${tag}-${n}`, status: "unread", storage: "device", address: "+15551234567", body: `${tag} ${n}` } });
  console.log(`emitted ${tag} ${n} ${count}`);
});

process.on("SIGTERM", () => {
  void server.close().then(() => process.exit(0));
});
