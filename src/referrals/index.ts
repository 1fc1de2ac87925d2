/**
 * Referrals with acceptance (issue 12): the case manager refers a case to an agency for a role, the
 * agency accepts (its involvement is created) or declines, or the referral expires or is withdrawn.
 */
import { defineModule } from '../kernel/module';
import { ReferralResolver } from './referral.resolver';

export const referralsModule = defineModule({ name: 'referrals', resolvers: [ReferralResolver],
  referenceCodes: { 'ReferInput.agencyCode': 'agency' } });
