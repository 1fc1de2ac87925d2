import { accessLogModule } from '../access-log';
import { assessmentsModule } from '../assessments';
import { birthFamilyModule } from '../birth-family';
import { placedChildModule } from '../placed-child';
import { carersModule } from '../carers';
import { casesModule } from '../cases';
import { centreServicesModule } from '../centre-services';
import { changesModule } from '../changes';
import { clientsModule } from '../clients';
import { alertsModule } from '../alerts';
import { discoveryModule } from '../discovery';
import { referralsModule } from '../referrals';
import { emergencyAccessModule } from '../emergency-access';
import { followUpsModule } from '../follow-ups';
import { involvementsModule } from '../involvements';
import { FeatureModule } from '../kernel/module';
import { mentorsModule } from '../mentors';
import { nodesModule } from '../nodes';
import { monitoringModule } from '../monitoring';
import { permanencyModule } from '../permanency';
import { waitingListModule } from '../waiting-list';
import { placementsModule } from '../placements';
import { plansModule } from '../plans';
import { providerMovesModule } from '../provider-moves';
import { qualityModule } from '../quality';
import { referenceModule } from '../reference';
import { reportingModule } from '../reporting';
import { webhooksModule } from '../webhooks';

/**
 * The hub's features, each after the ones it builds on (a feature's loaders may use those of the
 * features listed before it). Adding a feature: its folder, one line here, its rows in the policy table.
 */
export const MODULES: readonly FeatureModule[] = [
  referenceModule,
  clientsModule,
  discoveryModule,
  casesModule,
  involvementsModule,
  plansModule,
  assessmentsModule,
  followUpsModule,
  placementsModule,
  permanencyModule,
  birthFamilyModule,
  placedChildModule,
  waitingListModule,
  carersModule,
  mentorsModule,
  providerMovesModule,
  monitoringModule,
  accessLogModule,
  emergencyAccessModule,
  alertsModule,
  referralsModule,
  reportingModule,
  qualityModule,
  changesModule,
  webhooksModule,
  nodesModule,
  centreServicesModule,
];

/** Every TypeORM entity of every feature. */
export const ENTITIES = MODULES.flatMap((m) => m.entities ?? []);
