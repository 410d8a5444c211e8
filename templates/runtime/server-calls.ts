/** The requests server-node.ts is running, counted so that close() can let them finish. */
import { JSONRPC_ERRORS, type CmapiResponseMessage } from "./protocol.js";
import type { CmapiServerCore, RequestFacts, Session } from "./server.js";

export interface CallsInProgress {
  /** Runs one request and sends its answer, counted until the answer is sent. */
  handleText(session: Session, text: string, reply: (response: CmapiResponseMessage) => void, facts?: RequestFacts): Promise<void>;
  /** Resolves when no request is running, or after `timeoutMs`. */
  whenIdle(timeoutMs: number): Promise<void>;
}

export function callsInProgress(core: CmapiServerCore): CallsInProgress {
  let inProgress = 0;
  const idleWaiters = new Set<() => void>();
  return {
    async handleText(session, text, reply, facts = {}) {
      inProgress++;
      try {
        const answer = await core.handleText(session, text, facts);
        try {
          reply(answer);
        } catch (error) {
          // A result that JSON cannot carry (a BigInt, a cycle) when results are not validated: the client still gets an answer.
          core.log("an answer could not be sent", error);
          reply(core.response(answer.id, { error: { ...JSONRPC_ERRORS.INTERNAL_ERROR } }));
        }
      } finally {
        inProgress--;
        if (inProgress === 0) for (const done of [...idleWaiters]) done();
      }
    },
    whenIdle(timeoutMs) {
      if (inProgress === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          idleWaiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        idleWaiters.add(done);
      });
    },
  };
}
