import pino, { Logger } from 'pino';

/**
 * Structured logs. Personal data never reaches a log line: we log ids, codes of agencies and
 * counts, never names or personal codes; the redact list is a second net for mistakes.
 */
export function createLogger(level: string): Logger {
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
  });
}

export type { Logger };
