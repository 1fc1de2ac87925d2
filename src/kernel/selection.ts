import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** The names of the fields the field being resolved selects directly (through fragments too). */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        collect(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  info.fieldNodes.forEach((node: FieldNode) => collect(node.selectionSet));
  return names;
}

/** Whether the field being resolved selects `name` directly (through fragments too), e.g. a connection's `totalCount`. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return selectedFields(info).has(name);
}

/** Whether every field it selects directly is one of `fields` (a lighter read serves it). */
export function selectsOnly(info: GraphQLResolveInfo, fields: ReadonlySet<string>): boolean {
  for (const name of selectedFields(info)) if (!fields.has(name)) return false;
  return true;
}

/**
 * The names of the fields selected at `path` below the field being resolved (response fields through
 * fragments too), e.g. a connection's nodes at `['edges', 'node']`.
 */
export function selectedFieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  const collect = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (depth === path.length) names.add(s.name.value);
        else if (s.name.value === path[depth]) collect(s.selectionSet, depth + 1, new Set());
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        collect(s.selectionSet, depth, seen);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        collect(info.fragments[s.name.value]?.selectionSet, depth, seen);
      }
    }
  };
  info.fieldNodes.forEach((node: FieldNode) => collect(node.selectionSet, 0, new Set()));
  return names;
}
