/**
 * Storage limitation (retention): clients whose every case has been closed for longer than
 * RETENTION_AFTER_CLOSURE_MONTHS are pseudonymised by a daily job (app/main.ts) or `npm run retention`.
 */
export { applyRetention, retentionCandidates, retentionCutoff } from './retention.service';
export type { RetentionCandidate, RetentionOptions, RetentionRun } from './retention.service';
