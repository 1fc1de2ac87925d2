import { GraphQLError, GraphQLErrorOptions, GraphQLFormattedError } from 'graphql';

/** The error codes clients can rely on (`extensions.code`). */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED'
  | 'TIMEOUT' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, at?: Pick<GraphQLErrorOptions, 'nodes' | 'path'>) {
    super(message, { ...at, extensions: { code, ...extra } });
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'Not allowed') => new AppError('FORBIDDEN', message);

/** The FORBIDDEN error of a withheld field, per its query nodes and message: its occurrences differ only in path. */
const WITHHELD = new WeakMap<object, Map<string, AppError>>();

/**
 * FORBIDDEN for one field, already located at its path: graphql-js passes a located error through
 * as it is instead of wrapping it in a second one. Expected and frequent (a withheld field of every
 * object of a list: 50 on a page), so it is made once per field of the query and message, without a
 * stack, and each occurrence is an object of its own path on top of it (4 µs a constructed error, 20 ns
 * an occurrence). Its message, locations and extensions are read through; assigning one sets the
 * occurrence's own.
 */
export function forbiddenAt(message: string, at: Required<Pick<GraphQLErrorOptions, 'nodes' | 'path'>>): AppError {
  const key = at.nodes;
  let byMessage = key ? WITHHELD.get(key) : undefined;
  let error = byMessage?.get(message);
  if (!error) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      error = new AppError('FORBIDDEN', message, {}, { nodes: at.nodes });
    } finally {
      Error.stackTraceLimit = limit;
    }
    if (key) {
      if (!byMessage) WITHHELD.set(key, byMessage = new Map());
      byMessage.set(message, error);
    }
  }
  return Object.create(error, { path: { value: at.path, enumerable: true, writable: true, configurable: true } }) as AppError;
}
export const conflict = (message: string, extra: Record<string, unknown> = {}) => new AppError('CONFLICT', message, extra);
/** `field` is the path of the offending input field, e.g. `input.client.personalCode`. */
export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });

const KNOWN_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED',
  'TIMEOUT', 'SERVICE_UNAVAILABLE', 'QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

/**
 * What leaves the hub: known errors as they are; anything else becomes a generic internal error,
 * so no SQL, stack trace or data from an exception message reaches a client outside development.
 * Variable coercion messages quote the offending value, which may be personal data: dropped.
 */
export function formatError(formatted: GraphQLFormattedError, development: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (development) return formatted;
  if (!KNOWN_CODES.has(code)) {
    // the request id (set where the error was logged) lets a caller quote the failure to the operators
    const requestId = formatted.extensions?.requestId;
    return { message: 'Internal error', path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(typeof requestId === 'string' ? { requestId } : {}) } };
  }
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, message: withoutQuotedValue(formatted.message), extensions };
}

function withoutQuotedValue(message: string): string {
  const m = /^Variable "([^"]+)" got invalid value .*? at "([^"]+)"; (.*)$/s.exec(message)
    ?? /^Variable "([^"]+)" got invalid value .*?; (.*)$/s.exec(message);
  if (!m) return message;
  return m.length === 4 ? `Variable "${m[1]}" has an invalid value at "${m[2]}": ${m[3]}` : `Variable "${m[1]}" has an invalid value: ${m[2]}`;
}
