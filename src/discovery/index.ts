/** Discovery with minimal disclosure: whether an open case exists for a personal code, and who manages it. */
import { defineModule } from '../kernel/module';
import { DiscoveryResolver } from './discovery.resolver';

export { discoveryService, managedByOthers, spendLookup } from './discovery.service';

export const discoveryModule = defineModule({ name: 'discovery', resolvers: [DiscoveryResolver] });
