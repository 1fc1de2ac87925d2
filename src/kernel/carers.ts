import { registerEnumType } from 'type-graphql';

/**
 * Carers (audžuģimenes, aizbildņi, adoptētāji, ģimenes tipa aprūpes mājas) are data subjects of
 * their own, outside any case. Their data has its own categories and is reached through an agency's
 * relation to the carer, not through an involvement (the policy's CARER_MATRIX, src/access/policy.ts).
 */
export enum CarerCategory {
  /** who the carer is and how to reach them: name, address, phone, municipality, kind, supporting centre */
  CARER_PERSONAL = 'CARER_PERSONAL',
  /** the centre's process and the court's decisions: status and history, forms, household, training, competences, development plan */
  CARER_ASSESSMENT = 'CARER_ASSESSMENT',
}

/** How an agency stands to a carer: what it may read and write of the carer's data follows from it. */
export enum CarerRelation {
  /** the support centre that supports the carer (registered it) */
  SUPPORTING_CENTRE = 'SUPPORTING_CENTRE',
  /** the orphan court of the carer's municipality: decides suitability and recognises forms */
  CARER_COURT = 'CARER_COURT',
  /** the social service managing the case of a child living with the carer now */
  PLACING_SERVICE = 'PLACING_SERVICE',
}

/** The support centre's process with a carer (DOMAIN.md, the 14 steps), as statuses. */
export enum CarerStatus {
  INQUIRY = 'INQUIRY',
  INFORMATION_AND_PREPARATION = 'INFORMATION_AND_PREPARATION',
  FIRST_HOME_VISIT = 'FIRST_HOME_VISIT',
  INITIAL_TRAINING = 'INITIAL_TRAINING',
  MUTUAL_ASSESSMENT = 'MUTUAL_ASSESSMENT',
  PSYCHOLOGIST_OPINION = 'PSYCHOLOGIST_OPINION',
  SUITABILITY_DECIDED = 'SUITABILITY_DECIDED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  EXITED = 'EXITED',
}

registerEnumType(CarerCategory, {
  name: 'CarerCategory',
  description: "A data category of a carer's data (the policy's carer matrix)",
  valuesConfig: {
    CARER_PERSONAL: { description: "The carer's identity and contact" },
    CARER_ASSESSMENT: { description: "The support centre's process, the court's decisions, training, competences and plans" },
  },
});
registerEnumType(CarerRelation, {
  name: 'CarerRelation',
  description: 'How an agency stands to a carer',
  valuesConfig: {
    SUPPORTING_CENTRE: { description: 'The support centre that supports the carer' },
    CARER_COURT: { description: "The orphan court of the carer's municipality" },
    PLACING_SERVICE: { description: 'The social service managing the case of a child living with the carer now' },
  },
});
registerEnumType(CarerStatus, {
  name: 'CarerStatus',
  description: "Where a carer is in the support centre's process",
  valuesConfig: {
    INQUIRY: { description: 'Inquiry answered (interesa izrādīšana)' },
    INFORMATION_AND_PREPARATION: { description: 'Information booklet and preparation' },
    FIRST_HOME_VISIT: { description: 'First home visit' },
    INITIAL_TRAINING: { description: 'Initial competence-based training (hours recorded)' },
    MUTUAL_ASSESSMENT: { description: 'Mutual family assessment' },
    PSYCHOLOGIST_OPINION: { description: "Psychologist's suitability opinion given" },
    SUITABILITY_DECIDED: { description: "The orphan court's suitability decision" },
    ACTIVE: { description: 'Takes children' },
    PAUSED: { description: 'Takes no new children for a while' },
    EXITED: { description: 'The relationship closed, with an exit interview' },
  },
});
