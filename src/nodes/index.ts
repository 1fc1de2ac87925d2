/** Relay object identification: `node(id:)` refetches a case-owned object by its id, under the same rules as its case. */
import { defineModule } from '../kernel/module';
import { createNodeLoaders } from './node.loaders';
import { NodeResolver } from './node.resolver';

export const nodesModule = defineModule({
  name: 'nodes',
  resolvers: [NodeResolver],
  loaders: { key: 'nodes', create: ({ db }) => createNodeLoaders(db) },
  facts: (loaders) => ({ nodeOf: (id) => loaders.nodes.nodeOf.load(id) }),
});
