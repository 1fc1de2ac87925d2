import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  DocumentNode, getNamedType, getNullableType, GraphQLError, GraphQLFormattedError, GraphQLSchema, isListType, Kind, ValidationRule,
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

/**
 * What a document costs depends on it and on the numbers and switches its variables give (`first: $first`,
 * `@include(if: $x)`; a null counts as given): kept per parsed document (Apollo keeps the documents it has
 * parsed, so a repeated query is the same object) and operation, instead of walking the same query again on
 * every request (~0.5 ms of a page of 50 cases). Only number, boolean and null variables make the key, so no
 * text a caller sent is kept beyond its request.
 */
class Costs {
  private static readonly PER_DOCUMENT = 64;
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  private static key(operationName: string | undefined, variables: Record<string, unknown>): string {
    let key = operationName ?? '';
    for (const [name, value] of Object.entries(variables)) {
      if (value === null || typeof value === 'number' || typeof value === 'boolean') key += `\u0000${name}=${String(value)}`;
    }
    return key;
  }

  /** The cost, computed once per document and key; throws as getComplexity does (then nothing is kept). */
  of(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, compute: () => number): number {
    const known = this.byDocument.get(document) ?? new Map<string, number>();
    const key = Costs.key(operationName, variables);
    const kept = known.get(key);
    if (kept !== undefined) return kept;
    const cost = compute();
    // a document asked with ever new numbers keeps its latest few
    if (known.size >= Costs.PER_DOCUMENT) known.clear();
    this.byDocument.set(document, known.set(key, cost));
    return cost;
  }
}

/** Cost and root fields, once the operation is known (with its variables: `first: $first` counts too). */
function costPlugin(schema: () => GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  const costs = new Costs();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const roots = operation?.selectionSet.selections.length ?? 0;
          if (roots > limits.rootFields) throw tooComplex(`Root fields limit of ${limits.rootFields} exceeded, found ${roots}`);
          const variables = request.variables ?? {};
          const operationName = request.operationName ?? undefined;
          let cost: number;
          try {
            cost = costs.of(document, operationName, variables, () => getComplexity({ schema: schema(), query: document, variables,
              operationName, estimators: [estimator] }));
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
