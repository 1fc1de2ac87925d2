import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** Whether the field being resolved selects `name` directly (through fragments too), e.g. a connection's `totalCount`. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean => (set?.selections ?? []).some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name;
    if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet);
    if (seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    return within(info.fragments[s.name.value]?.selectionSet);
  });
  return info.fieldNodes.some((node: FieldNode) => within(node.selectionSet));
}
