import { GraphQLArgument, GraphQLField, GraphQLInputField, GraphQLNamedType } from 'graphql';
import { MAX_PAGE } from '../../kernel/cursor';

/**
 * Descriptions that follow from a convention of the schema rather than from the domain: Relay
 * connection plumbing, ids, page arguments, a mutation's input. Used only where the code gives none.
 */
const words = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

export function conventionalTypeDescription(type: GraphQLNamedType): string | undefined {
  const edge = /^(\w+)Edge$/.exec(type.name);
  if (edge) return `One item of a page of ${words(edge[1])} entries, with its cursor`;
  const connection = /^(\w+)Connection$/.exec(type.name);
  if (connection) return `A page of ${words(connection[1])} entries (Relay cursor connection)`;
  return undefined;
}

export function conventionalFieldDescription(typeName: string, field: GraphQLField<unknown, unknown> | GraphQLInputField): string | undefined {
  const plumbing = typeName.endsWith('Connection') || typeName.endsWith('Edge') || typeName === 'AccessReport';
  if (plumbing) {
    switch (field.name) {
      case 'edges': return 'The items of this page, in the order of the list, each with its cursor';
      case 'pageInfo': return 'Where this page stands: ask the next one with `after: pageInfo.endCursor` while `hasNextPage`';
      case 'totalCount': return 'How many items the whole list has for the caller (every page together)';
      case 'cursor': return "This item's place in the list: ask `after` it for the items that follow";
      case 'node': return 'The item';
    }
  }
  if (field.name === 'id') return `The ${words(typeName)}'s id: stable and unique, the key a client cache stores it under`;
  if (field.name === 'caseId') return typeName.endsWith('Input') ? 'The case (its id)' : 'The id of the case it belongs to';
  if (field.name === 'createdAt') return 'When it was recorded in the hub';
  if (field.name === 'authorAgency') return 'The agency that wrote it';
  if (field.name === 'authorUserId') return "Who in the author agency wrote it (their token's subject)";
  return undefined;
}

export function conventionalArgumentDescription(typeName: string, fieldName: string, arg: GraphQLArgument): string | undefined {
  switch (arg.name) {
    case 'first': return `How many items to return: 0 to ${MAX_PAGE} (more is BAD_USER_INPUT)${arg.defaultValue !== undefined ? `, ${String(arg.defaultValue)} when not given` : ''}`;
    case 'after': return 'Return the items after this cursor (an edge\'s `cursor` or `pageInfo.endCursor` of the page before); from the start when not given';
    case 'input': return typeName === 'Mutation' ? `What to record (see ${String(arg.type).replace(/!$/, '')})` : undefined;
    case 'idempotencyKey': return 'Any string up to the client: repeating the request with the same key and input returns the first result and writes nothing (kept at least 24 hours)';
    case 'id': return `The id of what ${fieldName} acts on`;
    default: return undefined;
  }
}
