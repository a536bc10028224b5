-- Nothing reads run steps by playbook and node (the stats count them in `step_counts`), and the index was
-- written for every step (drizzle/0018 for SQLite).
DROP INDEX "run_steps_playbook_node";