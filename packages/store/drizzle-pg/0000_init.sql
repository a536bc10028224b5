CREATE TABLE "customers" (
	"id" text PRIMARY KEY NOT NULL,
	"attributes" jsonb NOT NULL,
	"tags" jsonb NOT NULL,
	"world" jsonb NOT NULL,
	"segments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"next_flip_at" bigint
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"type" text NOT NULL,
	"at" bigint NOT NULL,
	"properties" jsonb NOT NULL,
	"received_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "playbook_versions" (
	"playbook_id" text NOT NULL,
	"version" integer NOT NULL,
	"document" json NOT NULL,
	"published_at" bigint NOT NULL,
	CONSTRAINT "playbook_versions_playbook_id_version_pk" PRIMARY KEY("playbook_id","version")
);
--> statement-breakpoint
CREATE TABLE "playbooks" (
	"id" text PRIMARY KEY NOT NULL,
	"draft" json NOT NULL,
	"status" text NOT NULL,
	"published_version" integer,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "run_steps" (
	"run_id" text NOT NULL,
	"visit" integer NOT NULL,
	"playbook_id" text NOT NULL,
	"node" text NOT NULL,
	"port" text,
	"at" bigint NOT NULL,
	"left_at" bigint
);
--> statement-breakpoint
CREATE TABLE "runs" (
	"id" text PRIMARY KEY NOT NULL,
	"playbook_id" text NOT NULL,
	"version" integer NOT NULL,
	"customer_id" text NOT NULL,
	"status" text NOT NULL,
	"control" boolean NOT NULL,
	"variant" text,
	"exit_reason" text,
	"entered_at" bigint NOT NULL,
	"ended_at" bigint,
	"converted_at" bigint
);
--> statement-breakpoint
CREATE TABLE "timers" (
	"id" text PRIMARY KEY NOT NULL,
	"due_at" bigint NOT NULL,
	"kind" text NOT NULL,
	"customer_id" text,
	"playbook_id" text
);
--> statement-breakpoint
CREATE TABLE "delivery_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"at" bigint NOT NULL,
	"ok" boolean NOT NULL,
	"detail" text
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"key" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"playbook_id" text NOT NULL,
	"run_id" text NOT NULL,
	"node" text NOT NULL,
	"channel" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"at" bigint NOT NULL,
	"sent_at" bigint
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"customer_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer NOT NULL,
	"next_attempt_at" bigint NOT NULL,
	"last_error" text,
	"created_at" bigint NOT NULL,
	"delivered_at" bigint
);
--> statement-breakpoint
CREATE TABLE "coupons" (
	"code" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"playbook_id" text NOT NULL,
	"run_id" text NOT NULL,
	"node" text NOT NULL,
	"percent" double precision,
	"amount" double precision,
	"currency" text,
	"issued_at" bigint NOT NULL,
	"valid_until" bigint NOT NULL,
	"redeemed_at" bigint
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"playbook_id" text NOT NULL,
	"run_id" text NOT NULL,
	"node" text NOT NULL,
	"title" text NOT NULL,
	"assignee" text,
	"status" text NOT NULL,
	"created_at" bigint NOT NULL,
	"due_at" bigint,
	"closed_at" bigint
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"name" text PRIMARY KEY NOT NULL,
	"rule" json NOT NULL,
	"description" text,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"hash" text NOT NULL,
	"created_at" bigint NOT NULL,
	"last_used_at" bigint,
	CONSTRAINT "api_keys_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nps_answers" (
	"event_id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"at" bigint NOT NULL,
	"score" double precision,
	"next_at" bigint
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"event_id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"at" bigint NOT NULL,
	"amount" double precision,
	"currency" text,
	"prev_at" bigint,
	"next_at" bigint
);
--> statement-breakpoint
CREATE TABLE "run_rollups" (
	"playbook_id" text NOT NULL,
	"entered_day" bigint NOT NULL,
	"control" boolean NOT NULL,
	"variant" text NOT NULL,
	"status" text NOT NULL,
	"runs" integer NOT NULL,
	"converted" integer NOT NULL,
	CONSTRAINT "run_rollups_playbook_id_entered_day_control_variant_status_pk" PRIMARY KEY("playbook_id","entered_day","control","variant","status")
);
--> statement-breakpoint
CREATE TABLE "step_rollups" (
	"playbook_id" text NOT NULL,
	"entered_day" bigint NOT NULL,
	"node" text NOT NULL,
	"port" text NOT NULL,
	"steps" integer NOT NULL,
	CONSTRAINT "step_rollups_playbook_id_entered_day_node_port_pk" PRIMARY KEY("playbook_id","entered_day","node","port")
);
--> statement-breakpoint
CREATE TABLE "nps_days" (
	"day" bigint PRIMARY KEY NOT NULL,
	"latest" integer NOT NULL,
	"promoters" integer NOT NULL,
	"detractors" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_days" (
	"day" bigint NOT NULL,
	"currency" text NOT NULL,
	"orders" integer NOT NULL,
	"first_orders" integer NOT NULL,
	"spent" double precision NOT NULL,
	"last_orders" integer DEFAULT 0 NOT NULL,
	"only_orders" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "order_days_day_currency_pk" PRIMARY KEY("day","currency")
);
--> statement-breakpoint
CREATE TABLE "run_counts" (
	"playbook_id" text NOT NULL,
	"entered_day" bigint NOT NULL,
	"control" boolean NOT NULL,
	"variant" text NOT NULL,
	"status" text NOT NULL,
	"runs" integer NOT NULL,
	"converted" integer NOT NULL,
	CONSTRAINT "run_counts_playbook_id_entered_day_control_variant_status_pk" PRIMARY KEY("playbook_id","entered_day","control","variant","status")
);
--> statement-breakpoint
CREATE TABLE "segment_counts" (
	"segment" text PRIMARY KEY NOT NULL,
	"members" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "step_counts" (
	"playbook_id" text NOT NULL,
	"entered_day" bigint NOT NULL,
	"node" text NOT NULL,
	"port" text NOT NULL,
	"steps" integer NOT NULL,
	CONSTRAINT "step_counts_playbook_id_entered_day_node_port_pk" PRIMARY KEY("playbook_id","entered_day","node","port")
);
--> statement-breakpoint
CREATE TABLE "table_counts" (
	"name" text PRIMARY KEY NOT NULL,
	"rows" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"playbook_id" text,
	"status" text NOT NULL,
	"at" bigint NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer,
	"cursor" text,
	"created_at" bigint NOT NULL,
	"started_at" bigint,
	"finished_at" bigint,
	"error" text,
	CONSTRAINT "jobs_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "customer_predictions" (
	"customer_id" text PRIMARY KEY NOT NULL,
	"p_alive" double precision NOT NULL,
	"expected_orders_30d" double precision NOT NULL,
	"expected_orders_90d" double precision NOT NULL,
	"expected_orders_365d" double precision NOT NULL,
	"currency" text,
	"expected_order_value" double precision,
	"predicted_clv" double precision,
	"fitted_at" bigint NOT NULL,
	"scored_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_fits" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"fit_id" text NOT NULL,
	"kind" text NOT NULL,
	"currency" text NOT NULL,
	"model" text NOT NULL,
	"params" jsonb,
	"log_likelihood" double precision,
	"iterations" integer,
	"converged" boolean,
	"customers" integer NOT NULL,
	"time_unit" text NOT NULL,
	"fitted_at" bigint NOT NULL,
	"as_of" bigint NOT NULL,
	"reason" text,
	"message" text,
	"scoring" jsonb
);
--> statement-breakpoint
CREATE INDEX "customers_next_flip" ON "customers" USING btree ("next_flip_at","id") WHERE next_flip_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX "events_customer_at" ON "events" USING btree ("customer_id","at");--> statement-breakpoint
CREATE INDEX "events_received_at" ON "events" USING btree ("received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "run_steps_visit" ON "run_steps" USING btree ("run_id","visit");--> statement-breakpoint
CREATE INDEX "run_steps_playbook_node" ON "run_steps" USING btree ("playbook_id","node");--> statement-breakpoint
CREATE INDEX "runs_customer" ON "runs" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "runs_playbook_status" ON "runs" USING btree ("playbook_id","status");--> statement-breakpoint
CREATE INDEX "runs_playbook_entered" ON "runs" USING btree ("playbook_id","entered_at");--> statement-breakpoint
CREATE INDEX "runs_ended" ON "runs" USING btree ("ended_at") WHERE ended_at IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "runs_one_active" ON "runs" USING btree ("playbook_id","customer_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "timers_due" ON "timers" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "delivery_attempts_key" ON "delivery_attempts" USING btree ("key");--> statement-breakpoint
CREATE INDEX "messages_customer_at" ON "messages" USING btree ("customer_id","at");--> statement-breakpoint
CREATE INDEX "messages_playbook" ON "messages" USING btree ("playbook_id");--> statement-breakpoint
CREATE INDEX "messages_at" ON "messages" USING btree ("at");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "coupons_customer" ON "coupons" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "coupons_issued" ON "coupons" USING btree ("issued_at","currency","amount");--> statement-breakpoint
CREATE INDEX "tasks_customer" ON "tasks" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "tasks_status" ON "tasks" USING btree ("status");--> statement-breakpoint
CREATE INDEX "nps_answers_customer_at" ON "nps_answers" USING btree ("customer_id","at","event_id");--> statement-breakpoint
CREATE INDEX "nps_answers_window" ON "nps_answers" USING btree ("at","next_at","score");--> statement-breakpoint
CREATE INDEX "orders_customer_at" ON "orders" USING btree ("customer_id","at","event_id");--> statement-breakpoint
CREATE INDEX "orders_window" ON "orders" USING btree ("at","prev_at","next_at","amount");--> statement-breakpoint
CREATE INDEX "jobs_status" ON "jobs" USING btree ("status","seq");--> statement-breakpoint
CREATE INDEX "jobs_playbook" ON "jobs" USING btree ("playbook_id","seq");--> statement-breakpoint
CREATE INDEX "jobs_finished" ON "jobs" USING btree ("finished_at");--> statement-breakpoint
CREATE INDEX "model_fits_fit" ON "model_fits" USING btree ("fit_id","seq");--> statement-breakpoint
CREATE INDEX "model_fits_kind" ON "model_fits" USING btree ("kind","currency","seq");