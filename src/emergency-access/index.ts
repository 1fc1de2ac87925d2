/**
 * Emergency access (ārkārtas piekļuve, ACCESS.md policy v2): an orphan court, a crisis centre or
 * the social service where an adult in crisis is found reaches a case it is not involved in, for
 * 24 hours at most, with the EMERGENCY column of the matrix; the managing service's DPO reviews it.
 */
import { defineModule } from '../kernel/module';
import { EmergencyAccessFields } from './emergency-access.fields';
import { EmergencyAccessResolver } from './emergency-access.resolver';

export const emergencyAccessModule = defineModule({ name: 'emergency-access', resolvers: [EmergencyAccessResolver, EmergencyAccessFields] });
