/** Who accessed a case: the audit trail read back by the managing service, its DPO and inspectors. */
import { defineModule } from '../kernel/module';
import { AccessLogFields } from './access-log.fields';
import { AccessLogResolver } from './access-log.resolver';

export const accessLogModule = defineModule({ name: 'access-log', resolvers: [AccessLogResolver, AccessLogFields] });
