import { MigrationInterface, QueryRunner } from 'typeorm';
import { installJobQueue } from './lib/job-queue';

/**
 * Webhooks (issue 12, point 3): an agency's subscriptions to its change feed, delivered by a
 * PostgreSQL job queue (graphile-worker, its schema installed here by the owner).
 *
 * The feed is the outbox: a subscription keeps its own cursor into its agency's feed (change_event in
 * (xact_id, id) order), advanced only after the receiver answered 2xx. A delivery job only wakes a
 * subscription: the trigger below adds one in the writing transaction for every active subscription
 * of an agency involved in the event's case (once per transaction), so a committed change always has
 * a job behind it and a rolled-back one none. Which events a subscription then gets is decided when
 * the job reads the feed, by the policy, as `changes` decides it.
 *
 * One deliverer per subscription at a time: a lease on the row (lease_holder, lease_until), taken and
 * renewed by single statements, so an instance that dies frees it when the lease lapses.
 */
export class Webhooks1763902500000 implements MigrationInterface {
  name = 'Webhooks1763902500000';

  async up(q: QueryRunner): Promise<void> {
    await installJobQueue(q);
    await q.query(`
      CREATE TABLE webhook_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        url text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
        description text CHECK (length(description) <= 500),
        -- the purpose of use the feed is read under: the registering request's
        purpose text NOT NULL,
        state text NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'PAUSED', 'PARKED')),
        -- where delivery has reached in the agency's feed: the last event the receiver acknowledged
        cursor_xact xid8 NOT NULL,
        cursor_id bigint NOT NULL,
        delivered_count bigint NOT NULL DEFAULT 0,
        last_delivered_event_id bigint,
        last_delivered_at timestamptz,
        failures integer NOT NULL DEFAULT 0,
        failing_since timestamptz,
        last_failure_at timestamptz,
        last_error text CHECK (length(last_error) <= 200),
        next_attempt_at timestamptz,
        parked_at timestamptz,
        lease_holder text,
        lease_until timestamptz,
        -- a job came while another instance held the lease: the holder goes around once more before it lets go
        woken boolean NOT NULL DEFAULT false,
        created_by_user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_parked CHECK ((state = 'PARKED') = (parked_at IS NOT NULL))
      );
      -- an agency's subscriptions, listed in order
      CREATE INDEX webhook_subscription_agency_idx ON webhook_subscription (agency_id, created_at, id);
      -- the trigger's path: the active subscriptions of an agency
      CREATE INDEX webhook_subscription_active_idx ON webhook_subscription (agency_id) WHERE state = 'ACTIVE';
      GRANT SELECT, INSERT ON webhook_subscription TO casehub_app;
      GRANT UPDATE (state, cursor_xact, cursor_id, delivered_count, last_delivered_event_id, last_delivered_at, failures,
                    failing_since, last_failure_at, last_error, next_attempt_at, parked_at, lease_holder, lease_until, woken)
        ON webhook_subscription TO casehub_app;

      -- at most two live secrets per subscription (rotation: add the new one, then retire the old)
      CREATE TABLE webhook_secret (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL REFERENCES webhook_subscription (id),
        secret text NOT NULL CHECK (length(secret) >= 32),
        created_by_user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_by_user_id text,
        retired_at timestamptz
      );
      CREATE INDEX webhook_secret_live_idx ON webhook_secret (subscription_id, created_at, id) WHERE retired_at IS NULL;
      GRANT SELECT, INSERT ON webhook_secret TO casehub_app;
      GRANT UPDATE (retired_by_user_id, retired_at) ON webhook_secret TO casehub_app;

      -- wakes each active subscription of an agency involved in the case, once per writing transaction
      CREATE FUNCTION change_event_wakes_webhooks() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        woken text := coalesce(current_setting('casehub.webhooks_woken', true), '');
        subscription uuid;
      BEGIN
        FOR subscription IN
          SELECT DISTINCT s.id FROM involvement r JOIN webhook_subscription s ON s.agency_id = r.agency_id AND s.state = 'ACTIVE'
           WHERE r.case_id = NEW.case_id AND r.ended_at IS NULL
        LOOP
          CONTINUE WHEN position(subscription::text IN woken) > 0;
          PERFORM graphile_worker.add_job('webhook_delivery', json_build_object('subscriptionId', subscription));
          woken := woken || subscription::text || ',';
        END LOOP;
        -- transaction-local: rolled back with a savepoint as the jobs are
        PERFORM set_config('casehub.webhooks_woken', woken, true);
        RETURN NULL;
      END $$;
      CREATE TRIGGER change_event_webhooks AFTER INSERT ON change_event FOR EACH ROW EXECUTE FUNCTION change_event_wakes_webhooks();

      -- the hub adds, takes and completes jobs (graphile-worker's own statements) as its serving role
      GRANT USAGE ON SCHEMA graphile_worker TO casehub_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO casehub_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO casehub_app;
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO casehub_app;
      -- graphile-worker turns row-level security on for its tables (so nothing but its owner reads them by accident):
      -- the hub's role is its worker, and gets every row of them
      DO $$ DECLARE item record; BEGIN
        FOR item IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity LOOP
          EXECUTE format('CREATE POLICY casehub_worker ON %s TO casehub_app USING (true) WITH CHECK (true)', item.name);
        END LOOP;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER change_event_webhooks ON change_event;
      DROP FUNCTION change_event_wakes_webhooks();
      DROP TABLE webhook_secret;
      DROP TABLE webhook_subscription;
      DROP SCHEMA graphile_worker CASCADE;
    `);
  }
}
