/** Drives a server over HTTP with autocannon: a load's requests on N connections for a while. */
import autocannon from 'autocannon';
import type { Check, Load } from './scenarios';
import { forbiddenCount } from './scenarios';

export interface DriveResult {
  /** Answers received within the run. */
  requests: number;
  /** Requests sent: the answered ones and those cut off at the end (the server finishes them all the same). */
  sent: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p99: number; mean: number; max: number };
  /** Connection errors and timeouts (no answer). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Answers that failed their scenario's check (non-200, missing data, an error other than FORBIDDEN), by reason. */
  failed: number;
  failures: Record<string, number>;
  /** FORBIDDEN errors per answer (fields the policy withheld), averaged. */
  forbiddenPerAnswer: number;
  /** CPU of the load generator itself (this process), ms per request. */
  benchCpuMsPerRequest: number;
}

interface Context { check?: Check }

export async function drive(baseUrl: string, load: Load, options: { connections: number; seconds: number }): Promise<DriveResult> {
  const failures: Record<string, number> = {};
  let failed = 0;
  let answers = 0;
  let forbidden = 0;
  const cpu0 = process.cpuUsage();
  const result = await autocannon({
    url: `${baseUrl}/graphql`,
    connections: options.connections,
    duration: options.seconds,
    // a slow report is slow, not failed: no answer within 2 minutes is
    timeout: 120,
    requests: [{
      method: 'POST',
      path: '/graphql',
      setupRequest: (request: autocannon.Request, context: Context) => {
        const next = load.next();
        context.check = next.check;
        return { ...request, method: 'POST', path: '/graphql', headers: next.headers, body: next.body };
      },
      onResponse: (status: number, body: string, context: Context) => {
        answers += 1;
        const reason = (context.check ?? load.check)(status, body);
        if (reason) {
          failed += 1;
          failures[reason] = (failures[reason] ?? 0) + 1;
        } else {
          forbidden += forbiddenCount(body);
        }
      },
    } as autocannon.Request],
  });
  const cpu = process.cpuUsage(cpu0);
  const requests = result.requests.total;
  return {
    requests,
    sent: Math.max(requests, result.requests.sent ?? requests),
    seconds: result.duration,
    rps: requests / result.duration,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.average, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    failed,
    failures,
    forbiddenPerAnswer: answers ? forbidden / Math.max(1, answers - failed) : 0,
    benchCpuMsPerRequest: requests ? (cpu.user + cpu.system) / 1000 / requests : 0,
  };
}
