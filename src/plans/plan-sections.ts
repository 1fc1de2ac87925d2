import { AppError, badInput } from '../kernel/errors';
import { text } from '../kernel/validate';
import { PLAN_TEMPLATES, requiredSectionsFromDatabase } from '../reference';
import { PlanAgreementInput, PlanSectionsInput } from './plan-sections.inputs';
import {
  AgreementAnswer, AgreementStatus, CooperationPartner, DisabilityGroup, PlanAgreement, PlanChildVoice, PlanEducation, PlanEmployment,
  PlanFamily, PlanHealth, PlanSection, PlanSupportVolume,
} from './plan-sections.types';

/** Pure rules of a plan's sections: what an input writes, how a stored section reads, when a plan may be activated. */

const MAX_ITEMS = 100;
type Content = Record<string, unknown>;

function list<T>(path: string, items: T[]): T[] {
  if (items.length > MAX_ITEMS) throw badInput(path, `must have at most ${MAX_ITEMS} entries`);
  return items;
}

/** A section must say something: one given with nothing in it is bad input, not a filled section. */
function filled(path: string, content: Content): Content {
  const some = Object.values(content).some((v) => (Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined));
  if (!some) throw badInput(path, 'must fill at least one field of the section');
  return content;
}

/** The sections an input writes, validated, as stored (`plan_section.content`); the field paths under `at`. */
export function sectionsOf(input: PlanSectionsInput, at: string): Map<PlanSection, Content> {
  const out = new Map<PlanSection, Content>();
  const { health, family, childVoice, education, employment, supportVolume } = input;
  if (health) {
    const group = health.disabilityGroup ?? null;
    if (health.disabilityValidUntil && (!group || group === DisabilityGroup.NONE)) {
      throw badInput(`${at}.health.disabilityValidUntil`, 'is given only with a disability group');
    }
    out.set(PlanSection.HEALTH, filled(`${at}.health`, {
      disabilityGroup: group, disabilityValidUntil: health.disabilityValidUntil ?? null,
      medications: list(`${at}.health.medications`, health.medications).map((m, i) => ({
        name: text(`${at}.health.medications.${i}.name`, m.name, { max: 300, required: true }),
        dose: text(`${at}.health.medications.${i}.dose`, m.dose, { max: 300, required: true }),
      })),
      treatmentAndRehabilitation: text(`${at}.health.treatmentAndRehabilitation`, health.treatmentAndRehabilitation, { max: 5000 }),
      description: text(`${at}.health.description`, health.description, { max: 5000 }),
    }));
  }
  if (family) {
    out.set(PlanSection.FAMILY, filled(`${at}.family`, {
      people: list(`${at}.family.people`, family.people).map((p, i) => ({
        name: text(`${at}.family.people.${i}.name`, p.name, { max: 300, required: true }), relation: p.relation, role: p.role,
        contactArrangement: text(`${at}.family.people.${i}.contactArrangement`, p.contactArrangement, { max: 2000 }),
      })),
      birthFamily: text(`${at}.family.birthFamily`, family.birthFamily, { max: 5000 }),
      contactArrangements: text(`${at}.family.contactArrangements`, family.contactArrangements, { max: 5000 }),
      familySupport: text(`${at}.family.familySupport`, family.familySupport, { max: 5000 }),
    }));
  }
  if (childVoice) {
    out.set(PlanSection.CHILD_VOICE, filled(`${at}.childVoice`, {
      opinionOnPlan: text(`${at}.childVoice.opinionOnPlan`, childVoice.opinionOnPlan, { max: 5000 }),
      opinionOnFamily: text(`${at}.childVoice.opinionOnFamily`, childVoice.opinionOnFamily, { max: 5000 }),
    }));
  }
  if (input.placementConditions !== undefined && input.placementConditions !== null) {
    out.set(PlanSection.PLACEMENT, { conditions: text(`${at}.placementConditions`, input.placementConditions, { max: 5000, required: true }) });
  }
  if (education) {
    out.set(PlanSection.EDUCATION, { stage: education.stage, school: text(`${at}.education.school`, education.school, { max: 300 }),
      description: text(`${at}.education.description`, education.description, { max: 5000 }) });
  }
  if (employment) {
    out.set(PlanSection.EMPLOYMENT, { status: employment.status,
      description: text(`${at}.employment.description`, employment.description, { max: 5000 }) });
  }
  if (input.wishesAndInterests !== undefined && input.wishesAndInterests !== null) {
    out.set(PlanSection.WISHES_AND_INTERESTS,
      { description: text(`${at}.wishesAndInterests`, input.wishesAndInterests, { max: 5000, required: true }) });
  }
  if (supportVolume) {
    const level = supportVolume.careLevel ?? null;
    if (level !== null && !(Number.isInteger(level) && level >= 1 && level <= 4)) {
      throw badInput(`${at}.supportVolume.careLevel`, 'must be a care level from 1 to 4');
    }
    out.set(PlanSection.SUPPORT_VOLUME, { careLevel: level,
      description: text(`${at}.supportVolume.description`, supportVolume.description, { max: 5000, required: true }) });
  }
  if (input.cooperationPartners) {
    out.set(PlanSection.COOPERATION_PARTNERS, filled(`${at}.cooperationPartners`, {
      partners: list(`${at}.cooperationPartners`, input.cooperationPartners).map((p, i) => ({
        organisation: text(`${at}.cooperationPartners.${i}.organisation`, p.organisation, { max: 300, required: true }), kind: p.kind,
        role: text(`${at}.cooperationPartners.${i}.role`, p.role, { max: 300, required: true }),
        workContact: text(`${at}.cooperationPartners.${i}.workContact`, p.workContact, { max: 300 }),
      })),
    }));
  }
  return out;
}

/** The agreement as stored, validated (`today`: an answer is not given in the future). */
export function agreementOf(agreement: PlanAgreementInput, at: string, today: string) {
  if (agreement.on > today) throw badInput(`${at}.on`, 'must not be in the future');
  const refused = agreement.status === AgreementAnswer.REFUSED;
  const reason = text(`${at}.refusalReason`, agreement.refusalReason, { max: 2000, required: refused });
  if (!refused && reason) throw badInput(`${at}.refusalReason`, 'is given only with REFUSED');
  return { status: agreement.status as unknown as AgreementStatus, on: agreement.on, by: agreement.by, refusalReason: reason };
}

/**
 * The sections a target group's template requires, as the synced register (`plan_template.required_sections`,
 * read with the plan or the case) holds them. Without a row (a register never synced) what the shipped
 * template requires: activation never gets laxer for want of a sync.
 */
export function requiredSectionsOf(targetGroup: string, fromDatabase: unknown): string[] {
  if (fromDatabase === null || fromDatabase === undefined) return [...PLAN_TEMPLATES.required.get(targetGroup) ?? []];
  return requiredSectionsFromDatabase(targetGroup, fromDatabase);
}

/** What a plan still lacks to be activated: the template's required sections not filled, and the client's answer. */
export function missingForActivation(required: readonly string[], filledSections: Iterable<string>, agreement: AgreementStatus): string[] {
  const have = new Set(filledSections);
  const sections = required.filter((s) => !have.has(s));
  const answered = agreement === AgreementStatus.AGREED || agreement === AgreementStatus.REFUSED;
  return [...sections, ...(answered ? [] : ['AGREEMENT'])];
}

/** The refusal of an activation that lacks something, naming every part missing (`field`: the input that asked for it). */
export function activationRefused(field: string, missing: string[]): AppError {
  const names = missing.map((m) => (m === 'AGREEMENT' ? "the client's agreement or refusal" : `the ${m} section`));
  return new AppError('BAD_USER_INPUT', `The plan cannot be activated without ${names.join(', ')} (the target group's plan template)`,
    { field, missing });
}

/** The sections of a stored plan (`sections`: section → content, as the loader reads them) as the API shows them. */
export function readSections(caseId: string, sections: Record<string, unknown> | null) {
  // a pseudonymised plan's content is the retention marker, not an object: the section reads as emptied
  const of = (section: PlanSection): Content | null => {
    const value = sections?.[section];
    if (value === undefined || value === null) return null;
    return typeof value === 'object' && !Array.isArray(value) ? value as Content : {};
  };
  const str = (c: Content, key: string) => (typeof c[key] === 'string' ? c[key] as string : null);
  const arr = (c: Content, key: string) => (Array.isArray(c[key]) ? c[key] as Content[] : []);
  const health = of(PlanSection.HEALTH);
  const family = of(PlanSection.FAMILY);
  const voice = of(PlanSection.CHILD_VOICE);
  const placement = of(PlanSection.PLACEMENT);
  const education = of(PlanSection.EDUCATION);
  const employment = of(PlanSection.EMPLOYMENT);
  const wishes = of(PlanSection.WISHES_AND_INTERESTS);
  const volume = of(PlanSection.SUPPORT_VOLUME);
  const partners = of(PlanSection.COOPERATION_PARTNERS);
  return {
    filledSections: Object.values(PlanSection).filter((s) => of(s) !== null),
    health: health && Object.assign(new PlanHealth(), {
      caseId, disabilityGroup: str(health, 'disabilityGroup'), disabilityValidUntil: str(health, 'disabilityValidUntil'),
      medications: arr(health, 'medications').map((m) => ({ caseId, name: str(m, 'name'), dose: str(m, 'dose') })),
      treatmentAndRehabilitation: str(health, 'treatmentAndRehabilitation'), description: str(health, 'description'),
    }),
    family: family && Object.assign(new PlanFamily(), {
      caseId, people: arr(family, 'people').map((p) => ({ caseId, name: str(p, 'name'), relation: str(p, 'relation'), role: str(p, 'role'),
        contactArrangement: str(p, 'contactArrangement') })),
      birthFamily: str(family, 'birthFamily'), contactArrangements: str(family, 'contactArrangements'), familySupport: str(family, 'familySupport'),
    }),
    childVoice: voice && Object.assign(new PlanChildVoice(), { caseId, opinionOnPlan: str(voice, 'opinionOnPlan'),
      opinionOnFamily: str(voice, 'opinionOnFamily') }),
    placementConditions: placement && str(placement, 'conditions'),
    education: education && Object.assign(new PlanEducation(), { caseId, stage: str(education, 'stage'), school: str(education, 'school'),
      description: str(education, 'description') }),
    employment: employment && Object.assign(new PlanEmployment(), { caseId, status: str(employment, 'status'),
      description: str(employment, 'description') }),
    wishesAndInterests: wishes && str(wishes, 'description'),
    supportVolume: volume && Object.assign(new PlanSupportVolume(), { caseId,
      careLevel: typeof volume.careLevel === 'number' ? volume.careLevel : null, description: str(volume, 'description') }),
    cooperationPartners: partners && arr(partners, 'partners').map((p) => Object.assign(new CooperationPartner(), {
      caseId, organisation: str(p, 'organisation'), kind: str(p, 'kind'), role: str(p, 'role'), workContact: str(p, 'workContact') })),
  };
}

export type ReadSections = ReturnType<typeof readSections>;

/** The agreement as the API shows it. */
export function readAgreement(caseId: string, row: { agreement: AgreementStatus; agreementOn: string | null;
  agreementBy: string | null; agreementRefusalReason: string | null }): PlanAgreement {
  return Object.assign(new PlanAgreement(), { caseId, status: row.agreement, on: row.agreementOn, by: row.agreementBy,
    refusalReason: row.agreementRefusalReason });
}
