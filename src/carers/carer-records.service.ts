import { CarerCategory, CarerStatus } from '../kernel/carers';
import type { RequestContext } from '../kernel/context';
import { badInput, conflict } from '../kernel/errors';
import { producesId, runMutation } from '../kernel/mutation';
import { dateOrder, pastDate, text } from '../kernel/validate';
import { auditCarer, carerService, lockCarer } from './carer.service';
import {
  AssessCarerCompetencesInput, Carer, CarerKind, RecognizeCarerFormInput, RecordCarerTrainingInput, ReviewDevelopmentPlanInput,
  SaveDevelopmentPlanInput,
} from './carer.types';

/** The court decides on a family that has been assessed: from its suitability decision on (not after an exit). */
const RECOGNISABLE: ReadonlySet<CarerStatus> = new Set([CarerStatus.SUITABILITY_DECIDED, CarerStatus.ACTIVE, CarerStatus.PAUSED]);

const COMPETENCES = ['careAndProtection', 'developmentalNeeds', 'birthFamilyRelationship', 'permanency', 'teamwork'] as const;

/** The records of a carer's process: the court's form decisions, training hours, competences, the development plan. */
export const carerRecordsService = {
  /** The orphan court's decision recognising a foster family for a form (one decision per form; a new form is a new decision). */
  async recognizeForm(ctx: RequestContext, input: RecognizeCarerFormInput, idempotencyKey: string | null): Promise<Carer> {
    const decisionRef = text('input.decisionRef', input.decisionRef, { max: 200, required: true });
    const decidedOn = pastDate('input.decidedOn', input.decidedOn);
    await runMutation(ctx, producesId('recognizeCarerForm', idempotencyKey, { input }), async (tx) => {
      const carer = await lockCarer(tx, input.carerId);
      if (carer.kind !== CarerKind.FOSTER_FAMILY) throw badInput('input.carerId', `is a ${carer.kind}; forms are recognised for foster families`);
      if (!RECOGNISABLE.has(carer.status)) {
        throw badInput('input.carerId', `a form is recognised after the suitability decision; the carer is in ${carer.status}`);
      }
      const added = await tx.query(
        `INSERT INTO carer_form (carer_id, form, decision_ref, decided_on, deciding_agency_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING form`, [input.carerId, input.form, decisionRef, decidedOn, ctx.principal.agency.id]);
      if (added.length === 0) throw conflict(`The carer is already recognised for ${input.form}`);
      await auditCarer(ctx, tx, 'recognizeCarerForm', 'CarerForm', input.carerId, ['form', 'decisionRef', 'decidedOn'],
        CarerCategory.CARER_ASSESSMENT);
      return input.carerId;
    });
    return carerService.get(ctx, input.carerId);
  },

  async recordTraining(ctx: RequestContext, input: RecordCarerTrainingInput, idempotencyKey: string | null): Promise<Carer> {
    if (!(input.hours > 0 && input.hours <= 500)) throw badInput('input.hours', 'must be more than 0 and at most 500');
    const heldOn = pastDate('input.heldOn', input.heldOn);
    const topic = text('input.topic', input.topic, { max: 300 });
    await runMutation(ctx, producesId('recordCarerTraining', idempotencyKey, { input }), async (tx) => {
      const carer = await lockCarer(tx, input.carerId);
      if (carer.status === CarerStatus.EXITED) throw badInput('input.carerId', 'the carer has exited');
      const [row] = await tx.query(
        `INSERT INTO carer_training (carer_id, kind, hours, held_on, topic, agency_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.carerId, input.kind, Math.round(input.hours * 10) / 10, heldOn, topic, ctx.principal.agency.id]);
      await auditCarer(ctx, tx, 'recordCarerTraining', 'CarerTraining', row.id, ['kind', 'hours', 'heldOn', 'topic'],
        CarerCategory.CARER_ASSESSMENT);
      return row.id as string;
    });
    return carerService.get(ctx, input.carerId);
  },

  async assessCompetences(ctx: RequestContext, input: AssessCarerCompetencesInput, idempotencyKey: string | null): Promise<Carer> {
    for (const competence of COMPETENCES) {
      const score = input[competence];
      if (!Number.isInteger(score) || score < 1 || score > 5) throw badInput(`input.${competence}`, 'must be 1 to 5');
    }
    const assessedOn = pastDate('input.assessedOn', input.assessedOn);
    const note = text('input.note', input.note, { max: 4000 });
    await runMutation(ctx, producesId('assessCarerCompetences', idempotencyKey, { input }), async (tx) => {
      const carer = await lockCarer(tx, input.carerId);
      if (carer.status === CarerStatus.EXITED) throw badInput('input.carerId', 'the carer has exited');
      const [row] = await tx.query(
        `INSERT INTO carer_competence_assessment (carer_id, assessed_on, care_and_protection, developmental_needs,
                                                  birth_family_relationship, permanency, teamwork, note, agency_id, user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [input.carerId, assessedOn, ...COMPETENCES.map((c) => input[c]), note, ctx.principal.agency.id, ctx.principal.userId]);
      await auditCarer(ctx, tx, 'assessCarerCompetences', 'CompetenceAssessment', row.id, ['assessedOn', ...COMPETENCES, 'note'],
        CarerCategory.CARER_ASSESSMENT);
      return row.id as string;
    });
    return carerService.get(ctx, input.carerId);
  },

  /** A new version of the family's development plan; the newest version is the plan in force. */
  async savePlan(ctx: RequestContext, input: SaveDevelopmentPlanInput, idempotencyKey: string | null): Promise<Carer> {
    const goals = text('input.goals', input.goals, { max: 4000, required: true });
    dateOrder('input.reviewDueOn', input.validFrom, input.reviewDueOn);
    if (input.reviewDueOn === input.validFrom) throw badInput('input.reviewDueOn', 'must be after validFrom');
    await runMutation(ctx, producesId('saveDevelopmentPlan', idempotencyKey, { input }), async (tx) => {
      const carer = await lockCarer(tx, input.carerId);
      if (carer.status === CarerStatus.EXITED) throw badInput('input.carerId', 'the carer has exited');
      const [row] = await tx.query(
        `INSERT INTO carer_development_plan (carer_id, version, goals, valid_from, review_due_on, agency_id, user_id)
         SELECT $1, COALESCE(max(version), 0) + 1, $2, $3, $4, $5, $6 FROM carer_development_plan WHERE carer_id = $1
         RETURNING id, version`,
        [input.carerId, goals, input.validFrom, input.reviewDueOn, ctx.principal.agency.id, ctx.principal.userId]);
      await auditCarer(ctx, tx, 'saveDevelopmentPlan', 'DevelopmentPlan', row.id, ['goals', 'validFrom', 'reviewDueOn'],
        CarerCategory.CARER_ASSESSMENT, [row.version > 1 ? row.version - 1 : null, row.version]);
      return row.id as string;
    });
    return carerService.get(ctx, input.carerId);
  },

  async reviewPlan(ctx: RequestContext, input: ReviewDevelopmentPlanInput, idempotencyKey: string | null): Promise<Carer> {
    const summary = text('input.summary', input.summary, { max: 4000, required: true });
    const reviewedOn = pastDate('input.reviewedOn', input.reviewedOn);
    await runMutation(ctx, producesId('reviewDevelopmentPlan', idempotencyKey, { input }), async (tx) => {
      await lockCarer(tx, input.carerId);
      const [plan] = await tx.query(
        'SELECT id, valid_from AS "validFrom" FROM carer_development_plan WHERE carer_id = $1 ORDER BY version DESC LIMIT 1', [input.carerId]);
      if (!plan) throw badInput('input.carerId', 'the carer has no development plan to review (saveDevelopmentPlan)');
      if (reviewedOn < plan.validFrom) throw badInput('input.reviewedOn', `must not be before the plan's start (${plan.validFrom})`);
      const [row] = await tx.query(
        `INSERT INTO carer_development_review (plan_id, reviewed_on, summary, agency_id, user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [plan.id, reviewedOn, summary, ctx.principal.agency.id, ctx.principal.userId]);
      await auditCarer(ctx, tx, 'reviewDevelopmentPlan', 'DevelopmentReview', row.id, ['reviewedOn', 'summary'], CarerCategory.CARER_ASSESSMENT);
      return row.id as string;
    });
    return carerService.get(ctx, input.carerId);
  },
};
