import { MAX_PAGE } from '../kernel/cursor';
import { column, instant, Projections } from '../kernel/projection';
import { agencyLink } from '../reference';

const NEWEST_FIRST = (f: string) => `${f}.occurred_on DESC, ${f}.id DESC`;

/**
 * A case's first page of follow-ups, only those of a category the caller reads (followUpPage), as
 * compiled reads build them (kernel/projection.ts). A page after a cursor, its cursors, page info and
 * count are read field by field.
 */
export const FOLLOW_UP_PROJECTIONS: Projections = {
  Case: {
    fields: {
      followUps: {
        type: 'FollowUpConnection',
        sql: (row, object, args, scope) => {
          const { first, after } = args as { first: number; after?: string | null };
          if (after !== undefined && after !== null) return null;
          // an invalid page size is answered BAD_USER_INPUT field by field
          if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) return null;
          const page = scope.alias();
          return `(SELECT ${object(page)} FROM (SELECT ${row}.id AS case_id, ${scope.bind(first)}::int AS first) ${page})`;
        },
      },
    },
  },
  FollowUpConnection: {
    fields: {
      edges: {
        type: 'FollowUpEdge',
        sql: (page, object, _args, scope) => {
          const [f, g] = [scope.alias(), scope.alias()];
          return `COALESCE((SELECT json_agg(${object(f)} ORDER BY ${NEWEST_FIRST(f)})
                              FROM (SELECT * FROM follow_up ${g} WHERE ${g}.case_id = ${page}.case_id AND ${scope.reads(`${g}.category`)}
                                     ORDER BY ${NEWEST_FIRST(g)} LIMIT ${page}.first) ${f}), '[]')`;
        },
      },
    },
  },
  FollowUpEdge: { fields: { node: { type: 'FollowUp', sql: (row, object) => object(row) } } },
  FollowUp: {
    rowCategory: (f) => `${f}.category`,
    fields: {
      id: column('id'), kind: column('kind'), occurredOn: column('occurred_on'), authorUserId: column('author_user_id'),
      summary: column('summary'), recommendations: column('recommendations'), category: column('category'), version: column('version'),
      createdAt: instant('created_at'), updatedAt: instant('updated_at'), beforeCaseOpened: column('before_case_opened'),
      authorAgency: agencyLink('author_agency_id'),
    },
  },
};
