import { registerEnumType } from 'type-graphql';

/** What an access-log record of a case is (the audit's `kind`, as far as a case's log holds it). */
export enum AccessKind {
  READ = 'READ',
  WRITE = 'WRITE',
  DISCOVERY = 'DISCOVERY',
}

registerEnumType(AccessKind, {
  name: 'AccessKind',
  description: 'What a use of case data was',
  valuesConfig: {
    READ: { description: 'Data of the case was read' },
    WRITE: { description: 'Data of the case was written (created or changed)' },
    DISCOVERY: { description: 'Whether the case exists was asked (caseExists, or an openCase that found it)' },
  },
});
