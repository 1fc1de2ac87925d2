import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType, getNullableType, GraphQLError, GraphQLFormattedError, GraphQLSchema, isListType, Kind, ValidationRule,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { QueryLimits } from '../kernel/config';
import { IN_PARENT_ROW } from '../kernel/query-cost';

/** A list without `first` (a plan's goals, a case's involvements) counts as this many items. */
const LIST_GUESS = 10;

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, http: { status: 400 } } });
}

/**
 * Lists multiply what they select: by `first` where it is given, else by a guess; a connection's
 * `edges` is counted at its field. A list whose items come in its parent's row (`@InParentRow`,
 * kernel/query-cost.ts: a plan's goals, sections' people…) counts its selection once: the query
 * cannot lengthen it, and multiplying it by the guess at every level made a plan history of a page
 * of 50 cases (one statement per relation for the whole page) cost more than 100 cases' follow-ups
 * (issue 19: the full case page agency systems ask for was refused while costing 8 statements).
 */
const estimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const first = typeof args.first === 'number' ? Math.max(args.first, 0) : null;
  if (first !== null) return 1 + childComplexity * first;
  const list = isListType(getNullableType(field.type)) && !getNamedType(field.type).name.endsWith('Edge')
    && field.extensions?.[IN_PARENT_ROW] !== true;
  return 1 + childComplexity * (list ? LIST_GUESS : 1);
};

/** Documents with more operations than the limit are refused at validation. */
function maxOperations(limit: number): ValidationRule {
  return (context) => ({
    Document(node) {
      const n = node.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
      if (n > limit) context.reportError(tooComplex(`Operations limit of ${limit} exceeded, found ${n}`));
    },
  });
}

/** Cost and root fields, once the operation is known (with its variables: `first: $first` counts too). */
function costPlugin(schema: () => GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const roots = operation?.selectionSet.selections.length ?? 0;
          if (roots > limits.rootFields) throw tooComplex(`Root fields limit of ${limits.rootFields} exceeded, found ${roots}`);
          let cost: number;
          try {
            cost = getComplexity({ schema: schema(), query: document, variables: request.variables ?? {},
              operationName: request.operationName ?? undefined, estimators: [estimator] });
          } catch {
            // variables that do not fit their types: Apollo refuses them next, naming the variable
            return;
          }
          if (cost > limits.cost) throw tooComplex(`Query cost limit of ${limits.cost} exceeded, estimated ${cost}`);
        },

      };
    },
  };
}

/** The protections to add to Apollo: GraphQL Armor for tokens, depth, aliases and directives (and hidden field suggestions), our cost. */
export function queryLimits(schema: () => GraphQLSchema, limits: QueryLimits, suggestFields: boolean) {
  const armor = new ApolloArmor({
    // graphql-js counts tokens itself while parsing (parseOptions below); Armor's would run before the parse, outside Apollo's error handling
    maxTokens: { enabled: false },
    maxDepth: { n: limits.depth, ignoreIntrospection: true },
    maxAliases: { n: limits.aliases },
    maxDirectives: { n: limits.directives },
    // weighted by `first`, which Armor's cost does not know: ours, below
    costLimit: { enabled: false },
    // suggestions name fields the caller did not ask about: the schema, for whoever probes it
    blockFieldSuggestion: { enabled: !suggestFields },
  }).protect();
  return {
    plugins: [...armor.plugins, costPlugin(schema, limits)],
    validationRules: [...armor.validationRules, maxOperations(limits.operations)],
    parseOptions: { maxTokens: limits.tokens },
  };
}

const LIMIT_MESSAGE = /^(?:Syntax Error: )?((?:Query depth|Aliases|Directives|Operations) limit of \d+ exceeded.*)$/;
const TOKEN_MESSAGE = /^Syntax Error: Document contains more that (\d+) tokens/;

/**
 * Limits found while parsing or validating come back as syntax or validation errors (Apollo
 * re-codes validation errors): they are answered as QUERY_TOO_COMPLEX, naming the limit.
 */
export function asLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const limit = LIMIT_MESSAGE.exec(formatted.message);
  if (limit) return { message: limit[1], extensions: { code: QUERY_TOO_COMPLEX } };
  const tokens = TOKEN_MESSAGE.exec(formatted.message);
  if (tokens) return { message: `Token limit of ${tokens[1]} exceeded`, extensions: { code: QUERY_TOO_COMPLEX } };
  return formatted;
}
