/** The change feed for agency systems: the audited writes of the cases an agency reaches, in a durable order. */
import { defineModule } from '../kernel/module';
import { ChangesResolver } from './changes.resolver';

export const changesModule = defineModule({
  name: 'changes',
  resolvers: [ChangesResolver],
});
export { feedCursor, feedPosition, readFeed } from './changes.service';
export type { FeedEvent, FeedReader } from './changes.service';
