import { Arg } from 'type-graphql';

/** The `idempotencyKey` argument every mutation takes (see runMutation). */
export function IdempotencyKey(): ReturnType<typeof Arg> {
  return Arg('idempotencyKey', () => String, {
    nullable: true,
    description: 'Repeating the request with the same key and input returns the first result and writes nothing (kept 24 h)',
  });
}
