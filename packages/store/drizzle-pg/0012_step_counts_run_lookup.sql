-- Hand-written: the step counter's statement-level trigger (0011) reads each inserted step's run by its id,
-- one index lookup per row, whatever the batch's size. As a LEFT JOIN, the plan PL/pgSQL caches for the
-- connection was made for the first batch it saw: after hundreds of steps (an import, the batched-ingest
-- bench), a hash join over every run, then kept for single-event requests of two or three steps — a full
-- scan of `runs` each time (1.9–2.2 ms a call against 0.07; a core of PostgreSQL's CPU with two server
-- processes in the single-event bench). A scalar subquery is run per step through `runs`' primary key, and
-- the planner cannot turn it into a join.
CREATE OR REPLACE FUNCTION run_steps_aggregate_insert_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM inserted_steps) THEN RETURN NULL; END IF;
  INSERT INTO step_counts (playbook_id, entered_day, node, port, slot, steps)
  SELECT s.playbook_id, COALESCE((SELECT stayflow_entry_day(r.entered_at) FROM runs r WHERE r.id = s.run_id), stayflow_entry_day(s.at)), s.node, COALESCE(s.port, ''), stayflow_counter_slot(), count(*)
  FROM inserted_steps s
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (playbook_id, entered_day, node, port, slot) DO UPDATE SET steps = step_counts.steps + excluded.steps;
  RETURN NULL;
END $$;
