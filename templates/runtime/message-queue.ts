/**
 * The messages a session has sent, or must send, its client and that the client has not
 * acknowledged: numbered 1, 2, ..., counted in messages and in bytes so that the server can bound
 * what each client makes it hold. The long-poll queue and the WebSocket replay buffer are both one.
 * Carried into generated/runtime/.
 */

export interface QueuedMessage {
  seq: number;
  text: string;
}

export class MessageQueue {
  private items: QueuedMessage[] = [];
  private heldBytes = 0;
  private next = 1;

  get length(): number {
    return this.items.length;
  }

  /** UTF-16 code units, which is what the strings cost in memory (twice, for one-byte strings). */
  get bytes(): number {
    return this.heldBytes;
  }

  /** The number the next message will get. */
  get nextSeq(): number {
    return this.next;
  }

  get first(): QueuedMessage | undefined {
    return this.items[0];
  }

  [Symbol.iterator](): Iterator<QueuedMessage> {
    return this.items[Symbol.iterator]();
  }

  push(text: string): QueuedMessage {
    const item = { seq: this.next++, text };
    this.items.push(item);
    this.heldBytes += text.length;
    return item;
  }

  /** Drops the messages up to `seq`, which the client has received. */
  acknowledge(seq: number): void {
    let kept = 0;
    while (kept < this.items.length && this.items[kept]!.seq <= seq) this.heldBytes -= this.items[kept++]!.text.length;
    if (kept > 0) this.items = this.items.slice(kept);
  }

  /** Drops the oldest message; returns it. */
  dropOldest(): QueuedMessage | undefined {
    const item = this.items.shift();
    if (item) this.heldBytes -= item.text.length;
    return item;
  }

  clear(): void {
    this.items = [];
    this.heldBytes = 0;
  }
}
