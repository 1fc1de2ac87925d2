/**
 * Who accessed a case: the audit trail read back by the managing service, its DPO and inspectors,
 * and by the person through the state portal (the access report).
 */
import { defineModule } from '../kernel/module';
import { AccessLogFields, AccessReportFields } from './access-log.fields';
import { AccessLogResolver } from './access-log.resolver';

export const accessLogModule = defineModule({ name: 'access-log', resolvers: [AccessLogResolver, AccessLogFields, AccessReportFields] });
