import { Category } from '../kernel/categories';
import { providedFields, writtenCategories } from '../access/audit-fields';
import { checkEventDate, TargetGroup } from '../cases';
import { readBack } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import type { RequestContext } from '../kernel/context';
import { badInput } from '../kernel/errors';
import { pastDate, text } from '../kernel/validate';
import { Assessment } from './assessment.entity';
import { RecordAssessmentInput } from './assessment.inputs';

export const assessmentService = {
  async record(ctx: RequestContext, input: RecordAssessmentInput, idempotencyKey: string | null): Promise<Assessment> {
    const assessedOn = pastDate('input.assessedOn', input.assessedOn);
    const values = {
      needsSummary: text('input.needsSummary', input.needsSummary),
      healthFindings: text('input.healthFindings', input.healthFindings),
      safetyFindings: text('input.safetyFindings', input.safetyFindings),
      familyNotes: text('input.familyNotes', input.familyNotes),
      childOpinion: text('input.childOpinion', input.childOpinion),
    };
    const careLevel = input.careLevel ?? null;
    if (careLevel !== null && (careLevel < 1 || careLevel > 4)) throw badInput('input.careLevel', 'must be from 1 to 4');
    const id = await runMutation(ctx, producesId('recordAssessment', idempotencyKey, { input }), async (tx) => {
      const [target] = await tx.query('SELECT target_group FROM care_case WHERE id = $1', [input.caseId]);
      const beforeOpening = await checkEventDate(tx, input.caseId, 'input.assessedOn', assessedOn, ctx.settings.backdateWindowDays);
      if (careLevel !== null && target.target_group !== TargetGroup.ADULT_WITH_MENTAL_DISORDER) {
        throw badInput('input.careLevel', 'is assessed for adults only');
      }
      if (values.childOpinion && target.target_group === TargetGroup.ADULT_WITH_MENTAL_DISORDER) {
        throw badInput('input.childOpinion', "is recorded for children's cases only");
      }
      const [row] = await tx.query(
        `INSERT INTO assessment AS a (case_id, type, assessed_on, author_agency_id, author_user_id, needs_summary, care_level,
                                      recommended_services, health_findings, safety_findings, family_notes, child_opinion,
                                      before_case_opened)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING a.id`,
        [input.caseId, input.type, assessedOn, ctx.principal.agency.id, ctx.principal.userId, values.needsSummary, careLevel,
          [...new Set(input.recommendedServices ?? [])], values.healthFindings, values.safetyFindings, values.familyNotes,
          values.childOpinion, beforeOpening]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'recordAssessment',
        entity: 'Assessment', entityId: row.id, fields: providedFields(input), categories: writtenCategories('RecordAssessmentInput', input, Category.ASSESSMENT),
        oldVersion: null, newVersion: 1 });
      return row.id as string;
    });
    return readBack(ctx.loaders.assessments.assessmentById, id, 'Assessment');
  },
};
