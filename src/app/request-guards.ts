import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit } from 'graphql';

/** A client error that ends the request before execution, with its HTTP status. */
function refused(code: string, message: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

const NUL = '\u0000';

function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulPath(item, `${path}.${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Requests the hub does not run, refused with 400 before anything executes: subscriptions (not
 * supported over this API), and text holding a NUL character, which no field accepts (PostgreSQL
 * cannot store it). The offending value is never echoed.
 */
export const requestGuards: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, request }) {
        if (operation?.operation === 'subscription') {
          throw refused('BAD_REQUEST', 'Subscriptions are not supported; use queries and mutations');
        }
        const inVariables = nulPath(request.variables ?? {}, 'variables');
        if (inVariables) throw refused('BAD_USER_INPUT', `Text must not contain a NUL character (${inVariables})`);
        let inDocument = false;
        visit(document, { [Kind.STRING]: (node) => { if (node.value.includes(NUL)) inDocument = true; } });
        if (inDocument) throw refused('BAD_USER_INPUT', 'Text must not contain a NUL character (in the query)');
      },
    };
  },
};
