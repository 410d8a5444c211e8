/**
 * A loopback TCP proxy that makes a flaky network: it delays every chunk of bytes (in order) and
 * cuts connections at random, both driven by a seeded generator so that a run can be repeated. The
 * chaos lasts `chaosMs`, after which the proxy forwards faithfully; `close()` ends everything.
 */
import { createServer, connect, type AddressInfo, type Server, type Socket } from "node:net";

export interface ChaosOptions {
  /** Where the proxy forwards to, on 127.0.0.1. */
  targetPort: number;
  seed: number;
  /** Each chunk is held back 0 to this many ms (order kept). */
  maxDelayMs: number;
  /** A connection lives a random time between these before it is cut, while the chaos lasts. */
  minLifeMs: number;
  maxLifeMs: number;
  /** How long the chaos lasts from start; afterwards connections are left alone. */
  chaosMs: number;
}

export interface ChaosProxy {
  readonly port: number;
  /** Connections cut so far. */
  readonly cuts: number;
  close(): Promise<void>;
}

/** mulberry32: a small, good enough generator of numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startChaosProxy(options: ChaosOptions): Promise<ChaosProxy> {
  const random = seededRandom(options.seed);
  const started = Date.now();
  const chaotic = () => Date.now() - started < options.chaosMs;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sockets = new Set<Socket>();
  let cuts = 0;

  const later = (ms: number, work: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      work();
    }, ms);
    timers.add(timer);
  };

  /** Forwards `from` to `to`, each chunk held back a random time, in order as TCP keeps it: one queue, one timer at a time. */
  const pipe = (from: Socket, to: Socket) => {
    const queue: { at: number; chunk: Buffer | "end" }[] = [];
    let draining = false;
    const drain = () => {
      const head = queue[0];
      if (!head) {
        draining = false;
        return;
      }
      draining = true;
      later(Math.max(0, head.at - Date.now()), () => {
        queue.shift();
        if (!to.destroyed) {
          if (head.chunk === "end") to.end();
          else to.write(head.chunk);
        }
        drain();
      });
    };
    const push = (chunk: Buffer | "end") => {
      queue.push({ at: Date.now() + (chaotic() ? random() * options.maxDelayMs : 0), chunk });
      if (!draining) drain();
    };
    from.on("data", (chunk: Buffer) => push(chunk));
    from.on("end", () => push("end"));
  };

  const server: Server = createServer((client) => {
    const upstream = connect(options.targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => undefined);
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    pipe(client, upstream);
    pipe(upstream, client);
    if (chaotic()) {
      later(options.minLifeMs + random() * (options.maxLifeMs - options.minLifeMs), () => {
        if (!chaotic() || client.destroyed) return;
        cuts++;
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get cuts() {
      return cuts;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
