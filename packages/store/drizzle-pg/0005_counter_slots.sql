-- drizzle-kit's part (its primary-key drops completed by hand: a column's own PRIMARY KEY is named <table>_pkey).
ALTER TABLE "nps_days" ADD COLUMN "slot" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_days" ADD COLUMN "slot" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "run_counts" ADD COLUMN "slot" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "segment_counts" ADD COLUMN "slot" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "step_counts" ADD COLUMN "slot" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "table_counts" ADD COLUMN "slot" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_days" DROP CONSTRAINT "order_days_day_currency_pk";--> statement-breakpoint
ALTER TABLE "run_counts" DROP CONSTRAINT "run_counts_playbook_id_entered_day_control_variant_status_pk";--> statement-breakpoint
ALTER TABLE "step_counts" DROP CONSTRAINT "step_counts_playbook_id_entered_day_node_port_pk";--> statement-breakpoint
ALTER TABLE "nps_days" DROP CONSTRAINT "nps_days_pkey";--> statement-breakpoint
ALTER TABLE "segment_counts" DROP CONSTRAINT "segment_counts_pkey";--> statement-breakpoint
ALTER TABLE "table_counts" DROP CONSTRAINT "table_counts_pkey";--> statement-breakpoint
ALTER TABLE "nps_days" ADD CONSTRAINT "nps_days_day_slot_pk" PRIMARY KEY("day","slot");--> statement-breakpoint
ALTER TABLE "order_days" ADD CONSTRAINT "order_days_day_currency_slot_pk" PRIMARY KEY("day","currency","slot");--> statement-breakpoint
ALTER TABLE "run_counts" ADD CONSTRAINT "run_counts_playbook_id_entered_day_control_variant_status_slot_pk" PRIMARY KEY("playbook_id","entered_day","control","variant","status","slot");--> statement-breakpoint
ALTER TABLE "segment_counts" ADD CONSTRAINT "segment_counts_segment_slot_pk" PRIMARY KEY("segment","slot");--> statement-breakpoint
ALTER TABLE "step_counts" ADD CONSTRAINT "step_counts_playbook_id_entered_day_node_port_slot_pk" PRIMARY KEY("playbook_id","entered_day","node","port","slot");--> statement-breakpoint
ALTER TABLE "table_counts" ADD CONSTRAINT "table_counts_name_slot_pk" PRIMARY KEY("name","slot");--> statement-breakpoint
-- Hand-written: the counters no longer serialize writers (store README, "PostgreSQL", "Counters").
-- Every counter row is (key, slot). A transaction that changes a counter first takes a slot of its own for the
-- rest of the transaction, a transaction-level advisory lock ("stay", "sl" + slot) that no other transaction
-- holds, and adds its changes, positive or negative, to its slot's row of the key: INSERT … ON CONFLICT DO UPDATE
-- on (key, slot). Two transactions never write the same counter row, so they neither wait for nor deadlock on
-- each other there, whatever order they touch their keys in. Reads sum a key's rows, at most 16 (one per slot).
-- Only when all 16 slots are held does a transaction wait for one (for the one its backend's pid picks).
CREATE FUNCTION stayflow_counter_slot() RETURNS smallint LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  held text := current_setting('stayflow.counter_slot', true);
  k int;
BEGIN
  IF held IS NOT NULL AND held <> '' THEN RETURN held::smallint; END IF;
  FOR k IN 0..15 LOOP
    IF pg_try_advisory_xact_lock(1937006969, 1936457728 + k) THEN
      PERFORM set_config('stayflow.counter_slot', k::text, true);
      RETURN k;
    END IF;
  END LOOP;
  k := pg_backend_pid() % 16;
  PERFORM pg_advisory_xact_lock(1937006969, 1936457728 + k);
  PERFORM set_config('stayflow.counter_slot', k::text, true);
  RETURN k;
END $$;--> statement-breakpoint
-- One change to an order_days counter, in the writer's slot.
CREATE FUNCTION stayflow_add_order_day(d bigint, cur text, n int, first_n int, last_n int, only_n int, amount double precision) RETURNS void LANGUAGE sql AS $$
  INSERT INTO order_days (day, currency, slot, orders, first_orders, last_orders, only_orders, spent)
  VALUES (d, cur, stayflow_counter_slot(), n, first_n, last_n, only_n, amount)
  ON CONFLICT (day, currency, slot) DO UPDATE SET orders = order_days.orders + excluded.orders, first_orders = order_days.first_orders + excluded.first_orders,
    last_orders = order_days.last_orders + excluded.last_orders, only_orders = order_days.only_orders + excluded.only_orders, spent = order_days.spent + excluded.spent
$$;--> statement-breakpoint
CREATE FUNCTION stayflow_add_nps_day(d bigint, latest_n int, promoters_n int, detractors_n int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO nps_days (day, slot, latest, promoters, detractors) VALUES (d, stayflow_counter_slot(), latest_n, promoters_n, detractors_n)
  ON CONFLICT (day, slot) DO UPDATE SET latest = nps_days.latest + excluded.latest, promoters = nps_days.promoters + excluded.promoters, detractors = nps_days.detractors + excluded.detractors
$$;--> statement-breakpoint
CREATE FUNCTION stayflow_add_segment_members(segments jsonb, n int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO segment_counts (segment, slot, members) SELECT DISTINCT value, stayflow_counter_slot(), n FROM jsonb_array_elements_text(segments)
  ON CONFLICT (segment, slot) DO UPDATE SET members = segment_counts.members + excluded.members
$$;--> statement-breakpoint
CREATE FUNCTION stayflow_add_table_rows(table_name text, n bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO table_counts (name, slot, rows) VALUES (table_name, stayflow_counter_slot(), n)
  ON CONFLICT (name, slot) DO UPDATE SET rows = table_counts.rows + excluded.rows
$$;--> statement-breakpoint
CREATE FUNCTION stayflow_add_run_count(r runs, n int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO run_counts (playbook_id, entered_day, control, variant, status, slot, runs, converted)
  VALUES (r.playbook_id, stayflow_entry_day(r.entered_at), r.control, COALESCE(r.variant, ''), r.status, stayflow_counter_slot(), n, n * (r.converted_at IS NOT NULL)::int)
  ON CONFLICT (playbook_id, entered_day, control, variant, status, slot) DO UPDATE SET runs = run_counts.runs + excluded.runs, converted = run_counts.converted + excluded.converted
$$;--> statement-breakpoint
CREATE FUNCTION stayflow_add_step_count(s run_steps, n int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO step_counts (playbook_id, entered_day, node, port, slot, steps)
  VALUES (s.playbook_id, stayflow_step_day(s.run_id, s.at), s.node, COALESCE(s.port, ''), stayflow_counter_slot(), n)
  ON CONFLICT (playbook_id, entered_day, node, port, slot) DO UPDATE SET steps = step_counts.steps + excluded.steps
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION orders_aggregate_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_order_day(stayflow_utc_day(NEW.at), COALESCE(NEW.currency, ''), 1, (NEW.prev_at IS NULL)::int, (NEW.next_at IS NULL)::int,
    (NEW.prev_at IS NULL AND NEW.next_at IS NULL)::int, COALESCE(NEW.amount, 0));
  UPDATE orders SET next_at = NEW.at WHERE event_id = (SELECT p.event_id FROM orders p WHERE p.customer_id = NEW.customer_id AND (p.at < NEW.at OR (p.at = NEW.at AND p.event_id < NEW.event_id)) ORDER BY p.at DESC, p.event_id DESC LIMIT 1);
  UPDATE orders SET prev_at = NEW.at WHERE event_id = (SELECT n.event_id FROM orders n WHERE n.customer_id = NEW.customer_id AND (n.at > NEW.at OR (n.at = NEW.at AND n.event_id > NEW.event_id)) ORDER BY n.at, n.event_id LIMIT 1);
  UPDATE orders SET
    prev_at = (SELECT p.at FROM orders p WHERE p.customer_id = NEW.customer_id AND (p.at < NEW.at OR (p.at = NEW.at AND p.event_id < NEW.event_id)) ORDER BY p.at DESC, p.event_id DESC LIMIT 1),
    next_at = (SELECT n.at FROM orders n WHERE n.customer_id = NEW.customer_id AND (n.at > NEW.at OR (n.at = NEW.at AND n.event_id > NEW.event_id)) ORDER BY n.at, n.event_id LIMIT 1)
  WHERE event_id = NEW.event_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION orders_aggregate_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_order_day(stayflow_utc_day(NEW.at), COALESCE(NEW.currency, ''), 0,
    (NEW.prev_at IS NULL)::int - (OLD.prev_at IS NULL)::int, (NEW.next_at IS NULL)::int - (OLD.next_at IS NULL)::int,
    (NEW.prev_at IS NULL AND NEW.next_at IS NULL)::int - (OLD.prev_at IS NULL AND OLD.next_at IS NULL)::int, 0);
  RETURN NULL;
END $$;--> statement-breakpoint
-- A day's spent is read as 0 once its orders sum to 0 (the sum of its slots' amounts may keep a rounding remainder).
CREATE OR REPLACE FUNCTION orders_aggregate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_order_day(stayflow_utc_day(OLD.at), COALESCE(OLD.currency, ''), -1, -(OLD.prev_at IS NULL)::int, -(OLD.next_at IS NULL)::int,
    -(OLD.prev_at IS NULL AND OLD.next_at IS NULL)::int, -COALESCE(OLD.amount, 0));
  UPDATE orders SET next_at = (SELECT n.at FROM orders n WHERE n.customer_id = OLD.customer_id AND (n.at > OLD.at OR (n.at = OLD.at AND n.event_id > OLD.event_id)) ORDER BY n.at, n.event_id LIMIT 1)
  WHERE event_id = (SELECT p.event_id FROM orders p WHERE p.customer_id = OLD.customer_id AND (p.at < OLD.at OR (p.at = OLD.at AND p.event_id < OLD.event_id)) ORDER BY p.at DESC, p.event_id DESC LIMIT 1);
  UPDATE orders SET prev_at = (SELECT p.at FROM orders p WHERE p.customer_id = OLD.customer_id AND (p.at < OLD.at OR (p.at = OLD.at AND p.event_id < OLD.event_id)) ORDER BY p.at DESC, p.event_id DESC LIMIT 1)
  WHERE event_id = (SELECT n.event_id FROM orders n WHERE n.customer_id = OLD.customer_id AND (n.at > OLD.at OR (n.at = OLD.at AND n.event_id > OLD.event_id)) ORDER BY n.at, n.event_id LIMIT 1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION nps_answers_aggregate_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_nps_day(stayflow_utc_day(NEW.at), (NEW.next_at IS NULL)::int, (NEW.next_at IS NULL AND COALESCE(NEW.score >= 9, false))::int,
    (NEW.next_at IS NULL AND COALESCE(NEW.score <= 6, false))::int);
  UPDATE nps_answers SET next_at = NEW.at WHERE event_id = (SELECT p.event_id FROM nps_answers p WHERE p.customer_id = NEW.customer_id AND (p.at, COALESCE(p.score, -1), p.event_id) < (NEW.at, COALESCE(NEW.score, -1), NEW.event_id) ORDER BY p.at DESC, COALESCE(p.score, -1) DESC, p.event_id DESC LIMIT 1);
  UPDATE nps_answers SET next_at = (SELECT n.at FROM nps_answers n WHERE n.customer_id = NEW.customer_id AND (n.at, COALESCE(n.score, -1), n.event_id) > (NEW.at, COALESCE(NEW.score, -1), NEW.event_id) ORDER BY n.at, COALESCE(n.score, -1), n.event_id LIMIT 1) WHERE event_id = NEW.event_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION nps_answers_aggregate_latest() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE change int := (NEW.next_at IS NULL)::int - (OLD.next_at IS NULL)::int;
BEGIN
  PERFORM stayflow_add_nps_day(stayflow_utc_day(NEW.at), change, change * COALESCE(NEW.score >= 9, false)::int, change * COALESCE(NEW.score <= 6, false)::int);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION nps_answers_aggregate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_nps_day(stayflow_utc_day(OLD.at), -(OLD.next_at IS NULL)::int, -(OLD.next_at IS NULL AND COALESCE(OLD.score >= 9, false))::int,
    -(OLD.next_at IS NULL AND COALESCE(OLD.score <= 6, false))::int);
  UPDATE nps_answers SET next_at = (SELECT n.at FROM nps_answers n WHERE n.customer_id = OLD.customer_id AND (n.at, COALESCE(n.score, -1), n.event_id) > (OLD.at, COALESCE(OLD.score, -1), OLD.event_id) ORDER BY n.at, COALESCE(n.score, -1), n.event_id LIMIT 1)
  WHERE event_id = (SELECT p.event_id FROM nps_answers p WHERE p.customer_id = OLD.customer_id AND (p.at, COALESCE(p.score, -1), p.event_id) < (OLD.at, COALESCE(OLD.score, -1), OLD.event_id) ORDER BY p.at DESC, COALESCE(p.score, -1) DESC, p.event_id DESC LIMIT 1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION customers_aggregate_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_table_rows('customers', 1);
  PERFORM stayflow_add_segment_members(NEW.segments, 1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION customers_aggregate_segments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_segment_members(OLD.segments, -1);
  PERFORM stayflow_add_segment_members(NEW.segments, 1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION customers_aggregate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_table_rows('customers', -1);
  PERFORM stayflow_add_segment_members(OLD.segments, -1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION runs_aggregate_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_run_count(NEW, 1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION runs_aggregate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_run_count(OLD, -1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION runs_aggregate_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_run_count(OLD, -1);
  PERFORM stayflow_add_run_count(NEW, 1);
  RETURN NULL;
END $$;--> statement-breakpoint
DROP FUNCTION runs_aggregate_delete_row(runs);--> statement-breakpoint
CREATE OR REPLACE FUNCTION run_steps_aggregate_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_step_count(NEW, 1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION run_steps_aggregate_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_step_count(OLD, -1);
  PERFORM stayflow_add_step_count(NEW, 1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION run_steps_aggregate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stayflow_add_step_count(OLD, -1);
  RETURN NULL;
END $$;
