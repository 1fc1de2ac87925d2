import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit } from 'graphql';

/** A client error that ends the request before execution, with its HTTP status. */
function refused(code: string, message: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a text cannot be stored, or null: a NUL character (PostgreSQL cannot store it), a lone UTF-16
 * surrogate (not Unicode), or U+FFFD (what invalid UTF-8 bytes in the request decode to).
 */
function unstorableText(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode (it holds a lone surrogate)';
  if (text.includes('\uFFFD')) return 'must be valid UTF-8 (it holds bytes that are not)';
  return null;
}

/** The first text in a value that cannot be stored: its path and why. */
function firstUnstorable(value: unknown, path: string): { path: string; reason: string } | null {
  if (typeof value === 'string') {
    const reason = unstorableText(value);
    return reason ? { path, reason } : null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = firstUnstorable(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Requests the hub does not run, refused with 400 before anything executes: subscriptions (not
 * supported over this API), and text no field accepts (NUL, broken Unicode). The offending value is
 * never echoed; its place is named.
 */
export const requestGuards: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, request }) {
        if (operation?.operation === 'subscription') {
          throw refused('BAD_REQUEST', 'Subscriptions are not supported; use queries and mutations');
        }
        const inVariables = firstUnstorable(request.variables ?? {}, 'variables');
        if (inVariables) {
          throw new GraphQLError(`Text ${inVariables.reason} (${inVariables.path})`,
            { extensions: { code: 'BAD_USER_INPUT', field: inVariables.path, http: { status: 400 } } });
        }
        let inDocument: string | null = null;
        visit(document, { [Kind.STRING]: (node) => { inDocument ??= unstorableText(node.value); } });
        if (inDocument) throw refused('BAD_USER_INPUT', `Text ${inDocument} (in the query)`);
      },
      // Apollo refuses a persisted query whose hash does not match its text (or of another version) with a 400 but no
      // code: a client's mistake, so BAD_REQUEST, not an internal error (runs before the plugin that logs those)
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const status = (error.extensions?.http as { status?: number } | undefined)?.status;
          if (!error.extensions?.code && status !== undefined && status >= 400 && status < 500) {
            Object.assign(error.extensions, { code: 'BAD_REQUEST' });
          }
        }
      },
    };
  },
};
