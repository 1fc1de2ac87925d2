import { graphql } from '../graphql';
import type { CarerStatus, FosterForm, RegisterCarerInput } from '../graphql/graphql';
import { TestHub } from './hub';

export const REGISTER_CARER = graphql(`mutation SupportRegisterCarer($input: RegisterCarerInput!) {
  registerCarer(input: $input) { id status version }
}`);
export const TRANSITION_CARER = graphql(`mutation SupportTransitionCarer($input: TransitionCarerInput!) {
  transitionCarer(input: $input) { id status version allowedNext }
}`);
export const CARER_TRAINING = graphql(`mutation SupportCarerTraining($input: RecordCarerTrainingInput!) {
  recordCarerTraining(input: $input) { id initialTrainingHours furtherTrainingHours }
}`);
export const CARER_COMPETENCES = graphql(`mutation SupportCarerCompetences($input: AssessCarerCompetencesInput!) {
  assessCarerCompetences(input: $input) { id }
}`);
export const RECOGNIZE_FORM = graphql(`mutation SupportRecognizeForm($input: RecognizeCarerFormInput!) {
  recognizeCarerForm(input: $input) { id forms { form decisionRef } }
}`);

/** The support centre's steps before the court's decision, in order. */
export const STEPS_TO_OPINION: CarerStatus[] = ['INFORMATION_AND_PREPARATION', 'FIRST_HOME_VISIT', 'INITIAL_TRAINING', 'MUTUAL_ASSESSMENT',
  'PSYCHOLOGIST_OPINION'];

export interface CarerOptions {
  centre?: string;
  court?: string;
  municipalityCode?: string;
  forms?: FosterForm[];
  kind?: RegisterCarerInput['kind'];
  name?: string;
  /** competence scores, all five alike */
  competence?: number;
}

/**
 * An ACTIVE carer through the API, as the centre and the court would make one: registered, taken
 * through the centre's steps with training and a competence assessment, found suitable by the
 * orphan court of its municipality, recognised for `forms`, activated. Returns its id.
 */
export async function activeCarer(hub: TestHub, options: CarerOptions = {}): Promise<string> {
  const { centre = 'AC-RIGA-1', court = 'BT-RIGA', municipalityCode = 'RIGA', forms = ['ORDINARY'], kind = 'FOSTER_FAMILY',
    name = 'Audžuģimene Kalniņi', competence = 4 } = options;
  const c = await hub.token(centre);
  const bt = await hub.token(court);
  const must = <T>(res: { data: T | null; raw: string; errors: unknown[] }): T => {
    if (!res.data || res.errors.length > 0) throw new Error(`carer set-up failed: ${res.raw}`);
    return res.data;
  };
  const registered = must(await hub.gql(c, REGISTER_CARER, { input: { kind, name, municipalityCode, address: 'Liepu iela 3', phone: '+371 26000000' } }));
  const id = registered.registerCarer.id;
  let version = registered.registerCarer.version as number;
  const step = async (token: string, to: CarerStatus) => {
    version = must(await hub.gql(token, TRANSITION_CARER, { input: { carerId: id, to, reason: `step ${to}`, expectedVersion: version } }))
      .transitionCarer.version as number;
  };
  for (const to of STEPS_TO_OPINION) {
    if (to === 'MUTUAL_ASSESSMENT') must(await hub.gql(c, CARER_TRAINING, { input: { carerId: id, kind: 'INITIAL', hours: 60, heldOn: '2026-09-01' } }));
    if (to === 'PSYCHOLOGIST_OPINION') {
      must(await hub.gql(c, CARER_COMPETENCES, { input: { carerId: id, assessedOn: '2026-10-01', careAndProtection: competence,
        developmentalNeeds: competence, birthFamilyRelationship: competence, permanency: competence, teamwork: competence } }));
    }
    await step(c, to);
  }
  await step(bt, 'SUITABILITY_DECIDED');
  if (kind === 'FOSTER_FAMILY') {
    for (const form of forms) {
      must(await hub.gql(bt, RECOGNIZE_FORM, { input: { carerId: id, form, decisionRef: `BT ${form}`, decidedOn: '2026-10-15' } }));
    }
  }
  await step(c, 'ACTIVE');
  return id;
}
