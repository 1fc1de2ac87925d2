import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLFormattedError } from 'graphql';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../kernel/context';
import { databaseFailure } from '../kernel/db/transaction';
import { errorForLog } from '../kernel/logger';
import { errorBody } from './http-edge';
import type { HubMetrics } from './metrics';

/** The audit flush before any answer leaves: Apollo awaits willSendResponse before it writes the body. */
export function auditBeforeAnswer(db: DataSource, metrics: HubMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          try {
            // no personal data leaves the hub unaudited: the reads are recorded before the answer is sent
            await contextValue.audit.flush(db);
          } catch (error) {
            metrics.auditWriteFailed();
            contextValue.log.error({ err: errorForLog(error) }, 'audit write failed; answer withheld');
            response.http.status = 503;
            response.body = { kind: 'single',
              singleResult: errorBody('The audit trail is unavailable; no data was returned', 'AUDIT_UNAVAILABLE') };
          }
        },
      };
    },
  };
}

/** A database that cannot serve is the answer's status too, so load balancers and clients retry. */
export const unavailableIs503: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const { body } = response;
        const codes = body.kind === 'single' ? (body.singleResult.errors ?? []).map((e) => e.extensions?.code) : [];
        if (codes.includes('SERVICE_UNAVAILABLE') || codes.includes('TIMEOUT')) response.http.status = 503;
      },
    };
  },
};

/** The start of graphql-js's own error when a request's variables hold more than 50 invalid values. */
const VARIABLE_ERROR_LIMIT = 'Too many errors processing variables';

/** Unexpected failures are logged (message only: no variables, no data); clients get a generic error. */
export const unexpectedErrorsLogged: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          // graphql-js stops coercing variables after 50 errors with an error of its own and no code: the input's fault
          if (!error.extensions?.code && !error.originalError && error.message.startsWith(VARIABLE_ERROR_LIMIT)) {
            Object.assign(error.extensions, { code: 'BAD_USER_INPUT' });
          }
          if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
            contextValue.log.error({ err: errorForLog(error.originalError ?? error), path: error.path }, 'resolver failed');
            // kept when the error is masked, so the caller can quote it
            Object.assign(error.extensions, { requestId: contextValue.requestId });
          }
        }
      },
    };
  },
};

/** A database that cannot serve now, or a statement past its time: the client may try again (503). */
export function asDatabaseFailure(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const failure = databaseFailure(error);
  if (failure === 'SERVICE_UNAVAILABLE') {
    return { message: 'The database is unavailable; try again shortly', path: formatted.path, extensions: { code: failure } };
  }
  if (failure === 'TIMEOUT') {
    return { message: 'The request took too long and was stopped; nothing it was writing was kept', path: formatted.path,
      extensions: { code: failure } };
  }
  return formatted;
}

