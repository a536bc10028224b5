-- Nothing reads run steps by playbook and node (the stats count them in `step_counts`, drizzle/0003), and the index
-- was written for every step: 65 of the 886 WAL frames of a commit of the server bench's batched ingest (server README, session 11).
DROP INDEX `run_steps_playbook_node`;