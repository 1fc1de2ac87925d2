/** A closure request row (`case_closure_request r`) as the API shows it. */
export const CLOSURE_COLUMNS = `r.id, r.case_id AS "caseId", r.to_status AS "to", r.reason, r.status, r.requested_by_user_id AS "requestedByUserId",
  r.requested_at AS "requestedAt", r.decided_by_user_id AS "decidedByUserId", r.decided_at AS "decidedAt", r.return_reason AS "returnReason"`;
