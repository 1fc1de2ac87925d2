import { Client } from 'pg';

/**
 * Least privilege in PostgreSQL. Two roles:
 * - `casehub_owner` owns the schema and runs the migrations (and loads reference and demo data);
 * - `casehub_app` is what the hub serves as: not the owner, not a superuser, with only the grants
 *   the migrations give it (INSERT and SELECT on the audit, never UPDATE, DELETE or TRUNCATE), so it
 *   cannot switch triggers off, drop them, or set `session_replication_role`.
 * With DATABASE_URL the operator creates them (README); the embedded database and the tests create
 * them here, as the superuser.
 */
export const OWNER_ROLE = 'casehub_owner';
export const APP_ROLE = 'casehub_app';

/** Passwords of the local roles: the embedded server listens on 127.0.0.1 only. */
const LOCAL_PASSWORDS: Record<string, string> = { [OWNER_ROLE]: 'casehub-owner-local', [APP_ROLE]: 'casehub-app-local' };

export interface DatabaseUrls {
  /** Migrations, reference data, demo data. */
  owner: string;
  /** The hub's pool. */
  app: string;
}

function asRole(url: string, role: string, database: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = LOCAL_PASSWORDS[role];
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * As a superuser (`adminUrl`): creates both roles when missing, makes the owner own `database` and
 * every object already in its public schema (a data directory from before this split was owned by
 * the superuser), and returns the URLs of both roles for that database.
 */
export async function ensureLocalRoles(adminUrl: string, database: string): Promise<DatabaseUrls> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const role of [OWNER_ROLE, APP_ROLE]) {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      // NOSUPERUSER, no CREATEROLE, no BYPASSRLS: the defaults, said out loud
      if (!rowCount) await admin.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${LOCAL_PASSWORDS[role]}'`);
    }
    await admin.query(`ALTER DATABASE ${database} OWNER TO ${OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  const inDatabase = new URL(adminUrl);
  inDatabase.pathname = `/${database}`;
  const db = new Client({ connectionString: inDatabase.toString() });
  await db.connect();
  try {
    await db.query(`
      DO $$ DECLARE item record; BEGIN
        FOR item IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND pg_get_userbyid(c.relowner) <> '${OWNER_ROLE}' LOOP
          EXECUTE format('ALTER TABLE %s OWNER TO ${OWNER_ROLE}', item.name);
        END LOOP;
        FOR item IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                     WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '${OWNER_ROLE}' LOOP
          EXECUTE format('ALTER FUNCTION %s OWNER TO ${OWNER_ROLE}', item.name);
        END LOOP;
      END $$`);
  } finally {
    await db.end();
  }
  return localRoleUrls(adminUrl, database);
}

/** The URLs of both local roles for a database on the server `adminUrl` points at. */
export function localRoleUrls(adminUrl: string, database: string): DatabaseUrls {
  return { owner: asRole(adminUrl, OWNER_ROLE, database), app: asRole(adminUrl, APP_ROLE, database) };
}
