/**
 * SQL that changes one passage of an existing function in place (pg_get_functiondef + replace), and
 * stops the migration when the passage is not there: the function is not the one the migration was
 * written against. Lives beside the migrations, not in src/, so a migration never depends on code
 * that changes after it lands; outside `migrations/*.ts`, so the runner does not take it for one.
 */
export function replaceInFunction(signature: string, from: string, to: string): string {
  return `DO $do$
      DECLARE
        def text := pg_get_functiondef('${signature}'::regprocedure);
      BEGIN
        IF position($a$${from}$a$ IN def) = 0 THEN
          RAISE EXCEPTION '${signature} is not the one this migration changes';
        END IF;
        EXECUTE replace(def, $a$${from}$a$, $a$${to}$a$);
      END $do$;`;
}
