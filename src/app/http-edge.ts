import { STATUS_CODES } from 'node:http';
import { Socket } from 'node:net';
import { ConnectionError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { errorForLog } from '../kernel/logger';

/**
 * The HTTP edge of the hub, apart from its routes: limits and timeouts against clients, answers to
 * requests no route sees, the health check's database probe, and the drain on shutdown.
 */

export const errorBody = (message: string, code?: string) => ({ errors: [{ message, ...(code ? { extensions: { code } } : {}) }] });

/**
 * What Fastify may write to the log: no headers, query strings, bodies or error messages (they
 * quote what a client sent), only the method, route pattern, status and the error's kind.
 */
export const SAFE_SERIALIZERS = {
  req: (req: { method?: string; routeOptions?: { url?: string } }) => ({ method: req.method, route: req.routeOptions?.url }),
  res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
  err: errorForLog,
};

/**
 * Stops taking requests (Fastify answers 503 to any that still arrive on open connections), lets
 * those in flight finish within the grace period, answers the ones still running 503, and closes
 * every connection.
 */
export async function drain(http: FastifyInstance, inFlight: Set<FastifyReply>, graceMs: number): Promise<void> {
  const closed = http.close();
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'grace over'>((resolve) => { timer = setTimeout(() => resolve('grace over'), graceMs); });
  const outcome = await Promise.race([closed, graceOver]);
  clearTimeout(timer);
  if (outcome !== 'grace over') return;
  const answered = [...inFlight].filter((reply) => !reply.sent).map((reply) => {
    const written = new Promise<void>((resolve) => reply.raw.once('close', () => resolve()));
    void reply.code(503).header('connection', 'close').send(errorBody('The hub is stopping; try again', 'SERVICE_UNAVAILABLE'));
    return written;
  });
  // the 503s reach their clients before the connections are cut (a moment at most)
  await Promise.race([Promise.all(answered), new Promise((resolve) => setTimeout(resolve, 1_000))]);
  http.server.closeAllConnections();
  await closed;
}

/** `/healthz` and `/readyz` answer within this, whatever the database does. */
const HEALTH_TIMEOUT_MS = 2_000;

/** The database answers SELECT 1 within the health timeout. */
export async function databaseAnswers(db: DataSource): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS); });
  try {
    return await Promise.race([db.query('SELECT 1').then(() => true, () => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

export const MAX_BODY_BYTES = 1_000_000;
/** A longer URL (a GET query in the query string) is answered 414. */
export const MAX_URL_BYTES = 8_192;

/**
 * A request whose head does not fit Node's header limit never reaches a route: answered here,
 * 414 when it is the URL that is too long, else 431, and the connection closed. Nothing is echoed.
 */
export function answerClientError(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let status = 400;
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    // Node hands over the bytes it read (typed otherwise by Fastify)
    const raw: unknown = error.rawPacket;
    const firstLine = Buffer.isBuffer(raw) ? raw.subarray(0, MAX_URL_BYTES + 64).indexOf('\r\n') : -1;
    status = firstLine === -1 || firstLine > MAX_URL_BYTES ? 414 : 431;
  } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408;
  }
  const body = JSON.stringify(errorBody(status === 414 ? 'URI too long' : status === 431 ? 'Request headers too large'
    : status === 408 ? 'Request timeout' : 'Bad request'));
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: application/json\r\n`
    + `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/**
 * Timeouts against clients that hold connections open. A request's head and body must arrive
 * within 60 s (slow senders; 1 MB still fits a poor mobile link); a socket silent for 2 min is
 * closed (longer than any query the hub runs, so a slow report is not cut off); an idle keep-alive
 * connection is kept 72 s, longer than the usual 60 s of load balancers, so they close it first and
 * never send on a connection the hub has closed.
 */
export const TIMEOUTS = { requestTimeout: 60_000, connectionTimeout: 120_000, keepAliveTimeout: 72_000 };

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A client's correlation id (`X-Request-Id`), kept only when it is a UUID: nothing a client writes freely reaches logs or audit. */
export function clientRequestIdOf(req: FastifyRequest): string | null {
  const sent = req.headers['x-request-id'];
  return typeof sent === 'string' && UUID.test(sent) ? sent.toLowerCase() : null;
}

