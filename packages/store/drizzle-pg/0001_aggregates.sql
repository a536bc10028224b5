-- Hand-written (drizzle-kit generate --custom): what drizzle-kit cannot express for PostgreSQL.
-- 1. Every text column compares byte by byte (COLLATE "C"), as SQLite's do: ids page and break ties in the
--    same order on both stores, whatever locale the database was created with. A later migration that adds
--    a text column must say COLLATE "C" too (pgSchema.test.ts checks every one).
-- 2. The maintained aggregates of the SQLite migrations 0003, 0005 and 0007, as PL/pgSQL triggers (store
--    README, "Aggregates" and "PostgreSQL"). The tables are new here, so there is nothing to back-fill.
--    Orders are linked in (at, event_id) order; NPS answers in (at, score, event_id) order, an answer
--    without a score below any score (0007: the higher score of two at one instant is the later).
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT table_name, column_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'
  LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text COLLATE "C"', c.table_name, c.column_name);
  END LOOP;
END $$;--> statement-breakpoint
-- The UTC day (epoch ms of its midnight) an instant falls in, before 1970 too; runs use the plain remainder, as on SQLite.
CREATE FUNCTION stayflow_utc_day(at bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT at - (((at % 86400000) + 86400000) % 86400000) $$;--> statement-breakpoint
CREATE FUNCTION stayflow_entry_day(at bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT at - (at % 86400000) $$;--> statement-breakpoint
-- A JSON value read as SQLite reads CAST(json_extract(…) AS REAL), so the ledgers hold the same amounts and
-- scores on both stores: absent or null gives NULL; a number itself; true 1, false 0; a string its longest
-- leading decimal number (after spaces), else 0; an array or object 0.
CREATE FUNCTION stayflow_real(value jsonb) RETURNS double precision LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE prefix text;
BEGIN
  CASE jsonb_typeof(value)
    WHEN 'number' THEN RETURN (value #>> '{}')::double precision;
    WHEN 'boolean' THEN RETURN CASE WHEN value = 'true'::jsonb THEN 1 ELSE 0 END;
    WHEN 'string' THEN
      prefix := substring(value #>> '{}' FROM '^\s*([+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?)');
      IF prefix IS NULL THEN RETURN 0; END IF;
      RETURN prefix::double precision;
    WHEN 'array', 'object' THEN RETURN 0;
    ELSE RETURN NULL;
  END CASE;
EXCEPTION WHEN numeric_value_out_of_range THEN
  RETURN CASE WHEN ltrim(value #>> '{}') LIKE '-%' THEN '-Infinity'::double precision ELSE 'Infinity'::double precision END;
END $$;--> statement-breakpoint
CREATE FUNCTION orders_aggregate_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_days (day, currency, orders, first_orders, last_orders, only_orders, spent)
  VALUES (stayflow_utc_day(NEW.at), COALESCE(NEW.currency, ''), 1, (NEW.prev_at IS NULL)::int, (NEW.next_at IS NULL)::int,
          (NEW.prev_at IS NULL AND NEW.next_at IS NULL)::int, COALESCE(NEW.amount, 0))
  ON CONFLICT (day, currency) DO UPDATE SET orders = order_days.orders + 1, first_orders = order_days.first_orders + excluded.first_orders,
    last_orders = order_days.last_orders + excluded.last_orders, only_orders = order_days.only_orders + excluded.only_orders, spent = order_days.spent + excluded.spent;
  UPDATE orders SET next_at = NEW.at WHERE event_id = (SELECT p.event_id FROM orders p WHERE p.customer_id = NEW.customer_id AND (p.at < NEW.at OR (p.at = NEW.at AND p.event_id < NEW.event_id)) ORDER BY p.at DESC, p.event_id DESC LIMIT 1);
  UPDATE orders SET prev_at = NEW.at WHERE event_id = (SELECT n.event_id FROM orders n WHERE n.customer_id = NEW.customer_id AND (n.at > NEW.at OR (n.at = NEW.at AND n.event_id > NEW.event_id)) ORDER BY n.at, n.event_id LIMIT 1);
  UPDATE orders SET
    prev_at = (SELECT p.at FROM orders p WHERE p.customer_id = NEW.customer_id AND (p.at < NEW.at OR (p.at = NEW.at AND p.event_id < NEW.event_id)) ORDER BY p.at DESC, p.event_id DESC LIMIT 1),
    next_at = (SELECT n.at FROM orders n WHERE n.customer_id = NEW.customer_id AND (n.at > NEW.at OR (n.at = NEW.at AND n.event_id > NEW.event_id)) ORDER BY n.at, n.event_id LIMIT 1)
  WHERE event_id = NEW.event_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER orders_aggregate_insert AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION orders_aggregate_insert();--> statement-breakpoint
CREATE FUNCTION orders_aggregate_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE order_days SET
    first_orders = first_orders + (NEW.prev_at IS NULL)::int - (OLD.prev_at IS NULL)::int,
    last_orders = last_orders + (NEW.next_at IS NULL)::int - (OLD.next_at IS NULL)::int,
    only_orders = only_orders + (NEW.prev_at IS NULL AND NEW.next_at IS NULL)::int - (OLD.prev_at IS NULL AND OLD.next_at IS NULL)::int
  WHERE day = stayflow_utc_day(NEW.at) AND currency = COALESCE(NEW.currency, '');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER orders_aggregate_links AFTER UPDATE OF prev_at, next_at ON orders FOR EACH ROW
WHEN ((OLD.prev_at IS NULL) <> (NEW.prev_at IS NULL) OR (OLD.next_at IS NULL) <> (NEW.next_at IS NULL)) EXECUTE FUNCTION orders_aggregate_links();--> statement-breakpoint
CREATE FUNCTION orders_aggregate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE order_days SET orders = orders - 1, first_orders = first_orders - (OLD.prev_at IS NULL)::int, last_orders = last_orders - (OLD.next_at IS NULL)::int,
    only_orders = only_orders - (OLD.prev_at IS NULL AND OLD.next_at IS NULL)::int, spent = CASE WHEN orders = 1 THEN 0 ELSE spent - COALESCE(OLD.amount, 0) END
  WHERE day = stayflow_utc_day(OLD.at) AND currency = COALESCE(OLD.currency, '');
  UPDATE orders SET next_at = (SELECT n.at FROM orders n WHERE n.customer_id = OLD.customer_id AND (n.at > OLD.at OR (n.at = OLD.at AND n.event_id > OLD.event_id)) ORDER BY n.at, n.event_id LIMIT 1)
  WHERE event_id = (SELECT p.event_id FROM orders p WHERE p.customer_id = OLD.customer_id AND (p.at < OLD.at OR (p.at = OLD.at AND p.event_id < OLD.event_id)) ORDER BY p.at DESC, p.event_id DESC LIMIT 1);
  UPDATE orders SET prev_at = (SELECT p.at FROM orders p WHERE p.customer_id = OLD.customer_id AND (p.at < OLD.at OR (p.at = OLD.at AND p.event_id < OLD.event_id)) ORDER BY p.at DESC, p.event_id DESC LIMIT 1)
  WHERE event_id = (SELECT n.event_id FROM orders n WHERE n.customer_id = OLD.customer_id AND (n.at > OLD.at OR (n.at = OLD.at AND n.event_id > OLD.event_id)) ORDER BY n.at, n.event_id LIMIT 1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER orders_aggregate_delete AFTER DELETE ON orders FOR EACH ROW EXECUTE FUNCTION orders_aggregate_delete();--> statement-breakpoint
CREATE FUNCTION nps_answers_aggregate_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO nps_days (day, latest, promoters, detractors)
  VALUES (stayflow_utc_day(NEW.at), (NEW.next_at IS NULL)::int, (NEW.next_at IS NULL AND COALESCE(NEW.score >= 9, false))::int, (NEW.next_at IS NULL AND COALESCE(NEW.score <= 6, false))::int)
  ON CONFLICT (day) DO UPDATE SET latest = nps_days.latest + excluded.latest, promoters = nps_days.promoters + excluded.promoters, detractors = nps_days.detractors + excluded.detractors;
  UPDATE nps_answers SET next_at = NEW.at WHERE event_id = (SELECT p.event_id FROM nps_answers p WHERE p.customer_id = NEW.customer_id AND (p.at, COALESCE(p.score, -1), p.event_id) < (NEW.at, COALESCE(NEW.score, -1), NEW.event_id) ORDER BY p.at DESC, COALESCE(p.score, -1) DESC, p.event_id DESC LIMIT 1);
  UPDATE nps_answers SET next_at = (SELECT n.at FROM nps_answers n WHERE n.customer_id = NEW.customer_id AND (n.at, COALESCE(n.score, -1), n.event_id) > (NEW.at, COALESCE(NEW.score, -1), NEW.event_id) ORDER BY n.at, COALESCE(n.score, -1), n.event_id LIMIT 1) WHERE event_id = NEW.event_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER nps_answers_aggregate_insert AFTER INSERT ON nps_answers FOR EACH ROW EXECUTE FUNCTION nps_answers_aggregate_insert();--> statement-breakpoint
CREATE FUNCTION nps_answers_aggregate_latest() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE change int := (NEW.next_at IS NULL)::int - (OLD.next_at IS NULL)::int;
BEGIN
  UPDATE nps_days SET latest = latest + change, promoters = promoters + change * COALESCE(NEW.score >= 9, false)::int, detractors = detractors + change * COALESCE(NEW.score <= 6, false)::int
  WHERE day = stayflow_utc_day(NEW.at);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER nps_answers_aggregate_latest AFTER UPDATE OF next_at ON nps_answers FOR EACH ROW
WHEN ((OLD.next_at IS NULL) <> (NEW.next_at IS NULL)) EXECUTE FUNCTION nps_answers_aggregate_latest();--> statement-breakpoint
CREATE FUNCTION nps_answers_aggregate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE nps_days SET latest = latest - (OLD.next_at IS NULL)::int, promoters = promoters - (OLD.next_at IS NULL AND COALESCE(OLD.score >= 9, false))::int,
    detractors = detractors - (OLD.next_at IS NULL AND COALESCE(OLD.score <= 6, false))::int
  WHERE day = stayflow_utc_day(OLD.at);
  UPDATE nps_answers SET next_at = (SELECT n.at FROM nps_answers n WHERE n.customer_id = OLD.customer_id AND (n.at, COALESCE(n.score, -1), n.event_id) > (OLD.at, COALESCE(OLD.score, -1), OLD.event_id) ORDER BY n.at, COALESCE(n.score, -1), n.event_id LIMIT 1)
  WHERE event_id = (SELECT p.event_id FROM nps_answers p WHERE p.customer_id = OLD.customer_id AND (p.at, COALESCE(p.score, -1), p.event_id) < (OLD.at, COALESCE(OLD.score, -1), OLD.event_id) ORDER BY p.at DESC, COALESCE(p.score, -1) DESC, p.event_id DESC LIMIT 1);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER nps_answers_aggregate_delete AFTER DELETE ON nps_answers FOR EACH ROW EXECUTE FUNCTION nps_answers_aggregate_delete();--> statement-breakpoint
-- The customer count starts at zero (on SQLite, 0003's back-fill writes this row).
INSERT INTO table_counts (name, rows) VALUES ('customers', 0);--> statement-breakpoint
CREATE FUNCTION customers_aggregate_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO table_counts (name, rows) VALUES ('customers', 1) ON CONFLICT (name) DO UPDATE SET rows = table_counts.rows + 1;
  INSERT INTO segment_counts (segment, members) SELECT DISTINCT value, 1 FROM jsonb_array_elements_text(NEW.segments)
  ON CONFLICT (segment) DO UPDATE SET members = segment_counts.members + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER customers_aggregate_insert AFTER INSERT ON customers FOR EACH ROW EXECUTE FUNCTION customers_aggregate_insert();--> statement-breakpoint
CREATE FUNCTION customers_aggregate_segments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE segment_counts SET members = members - 1 WHERE segment IN (SELECT value FROM jsonb_array_elements_text(OLD.segments));
  INSERT INTO segment_counts (segment, members) SELECT DISTINCT value, 1 FROM jsonb_array_elements_text(NEW.segments)
  ON CONFLICT (segment) DO UPDATE SET members = segment_counts.members + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER customers_aggregate_segments AFTER UPDATE OF segments ON customers FOR EACH ROW
WHEN (OLD.segments IS DISTINCT FROM NEW.segments) EXECUTE FUNCTION customers_aggregate_segments();--> statement-breakpoint
CREATE FUNCTION customers_aggregate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE table_counts SET rows = rows - 1 WHERE name = 'customers';
  UPDATE segment_counts SET members = members - 1 WHERE segment IN (SELECT value FROM jsonb_array_elements_text(OLD.segments));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER customers_aggregate_delete AFTER DELETE ON customers FOR EACH ROW EXECUTE FUNCTION customers_aggregate_delete();--> statement-breakpoint
CREATE FUNCTION runs_aggregate_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO run_counts (playbook_id, entered_day, control, variant, status, runs, converted)
  VALUES (NEW.playbook_id, stayflow_entry_day(NEW.entered_at), NEW.control, COALESCE(NEW.variant, ''), NEW.status, 1, (NEW.converted_at IS NOT NULL)::int)
  ON CONFLICT (playbook_id, entered_day, control, variant, status) DO UPDATE SET runs = run_counts.runs + 1, converted = run_counts.converted + excluded.converted;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER runs_aggregate_insert AFTER INSERT ON runs FOR EACH ROW EXECUTE FUNCTION runs_aggregate_insert();--> statement-breakpoint
CREATE FUNCTION runs_aggregate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE run_counts SET runs = runs - 1, converted = converted - (OLD.converted_at IS NOT NULL)::int
  WHERE playbook_id = OLD.playbook_id AND entered_day = stayflow_entry_day(OLD.entered_at) AND control = OLD.control AND variant = COALESCE(OLD.variant, '') AND status = OLD.status;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER runs_aggregate_delete AFTER DELETE ON runs FOR EACH ROW EXECUTE FUNCTION runs_aggregate_delete();--> statement-breakpoint
-- An update moves the run from its old counter to its new one: the delete's work, then the insert's.
CREATE FUNCTION runs_aggregate_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM runs_aggregate_delete_row(OLD);
  INSERT INTO run_counts (playbook_id, entered_day, control, variant, status, runs, converted)
  VALUES (NEW.playbook_id, stayflow_entry_day(NEW.entered_at), NEW.control, COALESCE(NEW.variant, ''), NEW.status, 1, (NEW.converted_at IS NOT NULL)::int)
  ON CONFLICT (playbook_id, entered_day, control, variant, status) DO UPDATE SET runs = run_counts.runs + 1, converted = run_counts.converted + excluded.converted;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION runs_aggregate_delete_row(old_run runs) RETURNS void LANGUAGE sql AS $$
  UPDATE run_counts SET runs = runs - 1, converted = converted - (old_run.converted_at IS NOT NULL)::int
  WHERE playbook_id = old_run.playbook_id AND entered_day = stayflow_entry_day(old_run.entered_at) AND control = old_run.control
    AND variant = COALESCE(old_run.variant, '') AND status = old_run.status
$$;--> statement-breakpoint
CREATE TRIGGER runs_aggregate_update AFTER UPDATE OF playbook_id, entered_at, control, variant, status, converted_at ON runs FOR EACH ROW
WHEN (OLD.playbook_id IS DISTINCT FROM NEW.playbook_id OR OLD.entered_at IS DISTINCT FROM NEW.entered_at OR OLD.control IS DISTINCT FROM NEW.control
  OR OLD.variant IS DISTINCT FROM NEW.variant OR OLD.status IS DISTINCT FROM NEW.status OR (OLD.converted_at IS NULL) <> (NEW.converted_at IS NULL))
EXECUTE FUNCTION runs_aggregate_update();--> statement-breakpoint
-- A step counts under its run's entry day (its own day when the run row is gone).
CREATE FUNCTION stayflow_step_day(run_id text, at bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT COALESCE((SELECT stayflow_entry_day(r.entered_at) FROM runs r WHERE r.id = run_id), stayflow_entry_day(at))
$$;--> statement-breakpoint
CREATE FUNCTION run_steps_aggregate_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO step_counts (playbook_id, entered_day, node, port, steps)
  VALUES (NEW.playbook_id, stayflow_step_day(NEW.run_id, NEW.at), NEW.node, COALESCE(NEW.port, ''), 1)
  ON CONFLICT (playbook_id, entered_day, node, port) DO UPDATE SET steps = step_counts.steps + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER run_steps_aggregate_insert AFTER INSERT ON run_steps FOR EACH ROW EXECUTE FUNCTION run_steps_aggregate_insert();--> statement-breakpoint
CREATE FUNCTION run_steps_aggregate_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE step_counts SET steps = steps - 1
  WHERE playbook_id = OLD.playbook_id AND entered_day = stayflow_step_day(OLD.run_id, OLD.at) AND node = OLD.node AND port = COALESCE(OLD.port, '');
  INSERT INTO step_counts (playbook_id, entered_day, node, port, steps)
  VALUES (NEW.playbook_id, stayflow_step_day(NEW.run_id, NEW.at), NEW.node, COALESCE(NEW.port, ''), 1)
  ON CONFLICT (playbook_id, entered_day, node, port) DO UPDATE SET steps = step_counts.steps + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER run_steps_aggregate_update AFTER UPDATE OF playbook_id, node, port ON run_steps FOR EACH ROW
WHEN (OLD.playbook_id IS DISTINCT FROM NEW.playbook_id OR OLD.node IS DISTINCT FROM NEW.node OR OLD.port IS DISTINCT FROM NEW.port)
EXECUTE FUNCTION run_steps_aggregate_update();--> statement-breakpoint
CREATE FUNCTION run_steps_aggregate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE step_counts SET steps = steps - 1
  WHERE playbook_id = OLD.playbook_id AND entered_day = stayflow_step_day(OLD.run_id, OLD.at) AND node = OLD.node AND port = COALESCE(OLD.port, '');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER run_steps_aggregate_delete AFTER DELETE ON run_steps FOR EACH ROW EXECUTE FUNCTION run_steps_aggregate_delete();
