ALTER TABLE "customers" ADD COLUMN "lease_owner" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "lease_until" bigint;--> statement-breakpoint
ALTER TABLE "timers" ADD COLUMN "lease_owner" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "timers" ADD COLUMN "lease_until" bigint;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "lease_owner" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "lease_until" bigint;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "lease_owner" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "lease_until" bigint;