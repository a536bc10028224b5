CREATE TABLE "approvals" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"playbook_id" text COLLATE "C" NOT NULL,
	"requested_by_kind" text COLLATE "C" NOT NULL,
	"requested_by_id" text COLLATE "C",
	"requested_by_name" text COLLATE "C" NOT NULL,
	"requested_at" bigint NOT NULL,
	"snapshot" jsonb NOT NULL,
	"snapshot_hash" text COLLATE "C" NOT NULL,
	"summary" jsonb,
	"status" text COLLATE "C" NOT NULL,
	"decided_by_kind" text COLLATE "C",
	"decided_by_id" text COLLATE "C",
	"decided_by_name" text COLLATE "C",
	"decided_at" bigint,
	"reason" text COLLATE "C",
	"version" integer
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" bigint NOT NULL,
	"actor_kind" text COLLATE "C" NOT NULL,
	"actor_id" text COLLATE "C",
	"actor_name" text COLLATE "C" NOT NULL,
	"action" text COLLATE "C" NOT NULL,
	"object_type" text COLLATE "C" NOT NULL,
	"object_id" text COLLATE "C",
	"version" integer,
	"detail" jsonb
);
--> statement-breakpoint
CREATE INDEX "approvals_status" ON "approvals" USING btree ("status","requested_at","id");--> statement-breakpoint
CREATE INDEX "approvals_playbook" ON "approvals" USING btree ("playbook_id","status");--> statement-breakpoint
CREATE INDEX "audit_log_at" ON "audit_log" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor" ON "audit_log" USING btree ("actor_name","id");--> statement-breakpoint
CREATE INDEX "audit_log_action" ON "audit_log" USING btree ("action","id");--> statement-breakpoint
CREATE INDEX "audit_log_object" ON "audit_log" USING btree ("object_type","object_id","id");