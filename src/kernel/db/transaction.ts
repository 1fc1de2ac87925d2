import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AppError, badInput, conflict } from '../errors';

/** Messages for the database rules a client can run into; no values are ever echoed. */
const CONSTRAINT_MESSAGES: Record<string, string> = {
  care_case_one_open_per_group: 'The client already has an open case in this target group',
  involvement_one_case_manager: 'The case already has an active case manager',
  involvement_case_needs_manager: 'An open case needs exactly one active case manager',
  support_plan_one_active: 'The case already has an active support plan',
  support_plan_case_id_version_key: 'The support plan was changed at the same time; try again',
  case_client_pseudonymised: "The client's identifiers and the case's texts were removed when the retention period after "
    + 'closure ended; the case is kept for statistics only and takes no more changes (open a new case for the person)',
};

interface PgError { code?: string; constraint?: string }

/** SQLSTATE classes and codes that mean the database cannot serve now (connection, shutdown, overload). */
const UNAVAILABLE_STATES = /^(08|57P0|53300)/;
/** What pg and the pool say when the server does not answer or the connection is gone. */
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|ECONNREFUSED|ECONNRESET|EPIPE|Client has encountered a connection error/;

/**
 * Whether a failure is the database being unreachable or stalled (answered 503
 * SERVICE_UNAVAILABLE), or a statement that ran past its time (TIMEOUT), or neither.
 */
export function databaseFailure(error: unknown): 'SERVICE_UNAVAILABLE' | 'TIMEOUT' | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { driverError?: PgError }).driverError?.code ?? (error as PgError).code;
  if (code === '57014') return 'TIMEOUT';
  if (code && UNAVAILABLE_STATES.test(code)) return 'SERVICE_UNAVAILABLE';
  return UNAVAILABLE_MESSAGES.test(error.message) ? 'SERVICE_UNAVAILABLE' : null;
}

/** Turns a database rule violation into a client error; anything else is rethrown untouched. */
export function translateDbError(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const { code, constraint = '' } = error.driverError as PgError;
  const message = CONSTRAINT_MESSAGES[constraint];
  if (code === '23505' || (code === '23514' && constraint === 'involvement_case_needs_manager')) {
    return conflict(message ?? 'Conflicts with an existing record', { constraint });
  }
  if (code === '23514' || code === '23503' || code === '23502' || code?.startsWith('22')) {
    return badInput('input', message ?? `The input breaks the rule ${constraint || 'of the data model'}`);
  }
  return error;
}

/** Runs `work` as one transaction: all of it is written, or nothing. */
export async function inTransaction<T>(ds: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ds.transaction(work);
  } catch (error) {
    const translated = translateDbError(error);
    throw translated instanceof AppError ? translated : error;
  }
}
