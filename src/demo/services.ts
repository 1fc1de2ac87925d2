import { TargetGroup } from '../cases';
import { ServicePeriod, ServiceUnit } from '../plans';
import { ServiceType } from '../plans';
import { CaseDraft, isChild } from './model';
import { AgencyRef, ProviderKind } from './reference';

/** The services basket per target group (004 table 1), plus the cross-cutting ones. */
export const BASKET: Record<TargetGroup, ServiceType[]> = {
  [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE]: [
    ServiceType.CRISIS_CENTRE, ServiceType.FAMILY_LIKE_CARE_HOME, ServiceType.YOUTH_HOME, ServiceType.SOCIAL_CORRECTION_HOME,
    ServiceType.HOLIDAY_HOME, ServiceType.DAY_CARE_CENTRE, ServiceType.MULTIFUNCTIONAL_CENTRE, ServiceType.MOBILE_CRISIS_SERVICE,
    ServiceType.SPECIALIST_CONSULTATIONS, ServiceType.GROUP_SESSIONS, ServiceType.SOCIAL_MENTOR,
  ],
  [TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT]: [
    ServiceType.DAY_CARE_CENTRE, ServiceType.MULTIFUNCTIONAL_CENTRE, ServiceType.RESPITE_CARE, ServiceType.SHORT_TERM_CARE,
    ServiceType.HOME_CARE, ServiceType.SPECIALIST_CONSULTATIONS, ServiceType.HOLIDAY_HOME, ServiceType.FAMILY_LIKE_CARE_HOME,
  ],
  [TargetGroup.ADULT_WITH_MENTAL_DISORDER]: [
    ServiceType.DAY_CARE_CENTRE, ServiceType.SPECIALISED_WORKSHOP, ServiceType.HALFWAY_HOUSE,
    ServiceType.GROUP_HOME_WITH_REHABILITATION, ServiceType.GROUP_HOME_WITH_CARE, ServiceType.SHORT_TERM_CARE,
    ServiceType.HOME_PSYCHIATRIC_NURSING, ServiceType.SUPPORTED_EMPLOYMENT, ServiceType.SOCIAL_MENTOR, ServiceType.HOME_CARE,
    ServiceType.GROUP_SESSIONS, ServiceType.SPECIALIST_CONSULTATIONS, ServiceType.RESPITE_CARE,
  ],
};

type Provider = ProviderKind | 'SOCIAL_SERVICE' | 'INSTITUTION' | 'SUPPORT' | 'NONE';

interface ServiceSpec { unit: ServiceUnit; period: ServicePeriod; min: number; max: number; step: number; provider: Provider }

const { HOUR, DAY, SESSION, MONTH } = ServiceUnit;
const WEEK = ServicePeriod.WEEK;
const PER_MONTH = ServicePeriod.MONTH;

/** How each service is measured and who usually provides it. */
const SPECS: Record<ServiceType, ServiceSpec> = {
  [ServiceType.CRISIS_CENTRE]: { unit: DAY, period: PER_MONTH, min: 10, max: 30, step: 1, provider: 'CRISIS-CENTRE' },
  [ServiceType.FAMILY_LIKE_CARE_HOME]: { unit: MONTH, period: PER_MONTH, min: 1, max: 1, step: 1, provider: 'FAMILY-HOME' },
  [ServiceType.YOUTH_HOME]: { unit: MONTH, period: PER_MONTH, min: 1, max: 1, step: 1, provider: 'YOUTH-HOME' },
  [ServiceType.SOCIAL_CORRECTION_HOME]: { unit: MONTH, period: PER_MONTH, min: 1, max: 1, step: 1, provider: 'NONE' },
  [ServiceType.HOLIDAY_HOME]: { unit: DAY, period: PER_MONTH, min: 2, max: 8, step: 1, provider: 'NONE' },
  [ServiceType.DAY_CARE_CENTRE]: { unit: DAY, period: WEEK, min: 2, max: 5, step: 1, provider: 'DAY-CENTRE' },
  [ServiceType.MULTIFUNCTIONAL_CENTRE]: { unit: SESSION, period: WEEK, min: 1, max: 3, step: 1, provider: 'DAY-CENTRE' },
  [ServiceType.MOBILE_CRISIS_SERVICE]: { unit: HOUR, period: PER_MONTH, min: 2, max: 6, step: 0.5, provider: 'CRISIS-CENTRE' },
  [ServiceType.SPECIALISED_WORKSHOP]: { unit: DAY, period: WEEK, min: 2, max: 5, step: 1, provider: 'DAY-CENTRE' },
  [ServiceType.HALFWAY_HOUSE]: { unit: MONTH, period: PER_MONTH, min: 1, max: 1, step: 1, provider: 'GROUP-HOME' },
  [ServiceType.GROUP_HOME_WITH_REHABILITATION]: { unit: MONTH, period: PER_MONTH, min: 1, max: 1, step: 1, provider: 'GROUP-HOME' },
  [ServiceType.GROUP_HOME_WITH_CARE]: { unit: MONTH, period: PER_MONTH, min: 1, max: 1, step: 1, provider: 'GROUP-HOME' },
  [ServiceType.SHORT_TERM_CARE]: { unit: DAY, period: PER_MONTH, min: 3, max: 14, step: 1, provider: 'INSTITUTION' },
  [ServiceType.RESPITE_CARE]: { unit: DAY, period: PER_MONTH, min: 2, max: 10, step: 1, provider: 'INSTITUTION' },
  [ServiceType.HOME_CARE]: { unit: HOUR, period: WEEK, min: 2, max: 20, step: 0.5, provider: 'SOCIAL_SERVICE' },
  [ServiceType.HOME_PSYCHIATRIC_NURSING]: { unit: SESSION, period: PER_MONTH, min: 2, max: 8, step: 1, provider: 'NONE' },
  [ServiceType.SUPPORTED_EMPLOYMENT]: { unit: HOUR, period: PER_MONTH, min: 8, max: 40, step: 1, provider: 'SOCIAL_SERVICE' },
  [ServiceType.SOCIAL_MENTOR]: { unit: HOUR, period: PER_MONTH, min: 4, max: 20, step: 1, provider: 'SOCIAL_SERVICE' },
  [ServiceType.GROUP_SESSIONS]: { unit: SESSION, period: PER_MONTH, min: 1, max: 4, step: 1, provider: 'SUPPORT' },
  [ServiceType.SPECIALIST_CONSULTATIONS]: { unit: HOUR, period: PER_MONTH, min: 1, max: 6, step: 0.5, provider: 'SUPPORT' },
};

/** Service types that fit the case: a youth home and a social mentor only from 15. */
export function basketFor(draft: CaseDraft, ageYears: number): ServiceType[] {
  const basket = BASKET[draft.targetGroup];
  return ageYears >= 15 ? basket : basket.filter((s) => s !== ServiceType.YOUTH_HOME && s !== ServiceType.SOCIAL_MENTOR);
}

export interface PlannedService { type: ServiceType; provider: AgencyRef | null; volume: number; unit: ServiceUnit; period: ServicePeriod }

/** Volume, unit, period and a provider of the region (or the social service) for one service. */
export function planService(draft: CaseDraft, type: ServiceType): PlannedService {
  const spec = SPECS[type];
  const { rng } = draft;
  const region = draft.municipality.region;
  const steps = Math.round((spec.max - spec.min) / spec.step);
  const volume = spec.min + rng.int(0, steps) * spec.step;
  let provider: AgencyRef | null;
  switch (spec.provider) {
    case 'SOCIAL_SERVICE': provider = draft.municipality.socialService; break;
    case 'INSTITUTION': provider = isChild(draft) ? region.bsac : region.vsac; break;
    case 'SUPPORT':
      provider = isChild(draft) && region.supportCentres.length > 0 ? rng.pick(region.supportCentres)
        : region.assessmentTeams.length > 0 ? rng.pick(region.assessmentTeams) : null;
      break;
    case 'NONE': provider = null; break;
    default: provider = region.providers[spec.provider] ?? null;
  }
  return { type, provider, volume, unit: spec.unit, period: spec.period };
}
