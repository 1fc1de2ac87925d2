import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST a receiver got. */
export interface Received {
  headers: IncomingHttpHeaders;
  raw: string;
  body: { id: string; caseId: string; entity: string; entityId: string | null; operation: string; at: string; categories: string[];
    cursor: string; subscriptionId: string };
  /** When it arrived (ms since the epoch). */
  receivedAt: number;
  /** The status it was answered. */
  status: number;
}

/**
 * A webhook endpoint on the loopback, over real HTTP: records every POST and answers what `answer`
 * says (200 unless told otherwise), after `delayMs`.
 */
export class WebhookReceiver {
  readonly got: Received[] = [];
  answer: (nth: number) => number = () => 200;
  delayMs = 0;
  private server!: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => { raw += chunk.toString(); });
      req.on('end', () => {
        const status = this.answer(this.got.length);
        this.got.push({ headers: req.headers, raw, body: JSON.parse(raw) as Received['body'], receivedAt: Date.now(), status });
        setTimeout(() => {
          res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
        }, this.delayMs);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/events`;
    return this;
  }

  /** The events' ids in the order they first arrived. */
  firstArrivals(): string[] {
    return [...new Set(this.got.map((r) => r.body.id))];
  }

  async until(done: (got: Received[]) => boolean, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done(this.got) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (!done(this.got)) throw new Error(`the receiver did not get what was expected in time (got ${this.got.length} POSTs)`);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
