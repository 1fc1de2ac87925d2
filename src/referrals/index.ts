/**
 * Referrals with acceptance (issue 12): the case manager refers a case to an agency for a role, the
 * agency accepts (its involvement is created) or declines, or the referral expires or is withdrawn.
 * A transfer to another municipality's social service is a referral of the case-manager role.
 */
import { defineModule } from '../kernel/module';
import { ReferralResolver } from './referral.resolver';
import { CaseTransferFields } from './transfer.fields';

export const referralsModule = defineModule({ name: 'referrals', resolvers: [ReferralResolver, CaseTransferFields],
  referenceCodes: { 'ReferInput.agencyCode': 'agency', 'TransferCaseInput.toMunicipalityCode': 'municipality' } });
