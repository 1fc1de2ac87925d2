/**
 * Alerts and an inbox per agency (issue 12): raised by rules with the write that causes them, or by
 * the job that finds due items past their date; each shown only where its recipient may read it.
 */
import { defineModule } from '../kernel/module';
import { AlertsResolver } from './alerts.resolver';

export { raiseOverdueAlerts } from './alerts.service';

export const alertsModule = defineModule({ name: 'alerts', resolvers: [AlertsResolver] });
