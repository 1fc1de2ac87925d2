import pino, { Logger } from 'pino';

/**
 * Structured logs. Personal data never reaches a log line: we log ids, codes of agencies and
 * counts, never names or personal codes; the redact list is a second net for mistakes.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    base: { service: 'casehub' },
    redact: {
      paths: [
        'req.headers.authorization', 'authorization', 'token', '*.token',
        'personalCode', '*.personalCode', 'givenName', '*.givenName', 'familyName', '*.familyName',
        'variables', '*.variables',
      ],
      censor: '[redacted]',
    },
  }, destination);
}

export type { Logger };

/**
 * What of an unexpected error may be logged: its kind, the database's error code and rule, and
 * where in the code it was thrown. Never its message: database and parser messages quote the
 * values they choke on, which may be personal data or anything a client sent.
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const driver = (error as { driverError?: { code?: string; constraint?: string; table?: string; routine?: string } }).driverError;
  const at = error.stack?.split('\n').find((line) => line.trim().startsWith('at '))?.trim();
  return {
    name: error.name,
    ...(driver ? { sqlState: driver.code, constraint: driver.constraint, table: driver.table, routine: driver.routine } : {}),
    ...(at ? { at } : {}),
  };
}
