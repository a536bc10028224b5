CREATE TABLE `approvals` (
	`id` text PRIMARY KEY NOT NULL,
	`playbook_id` text NOT NULL,
	`requested_by_kind` text NOT NULL,
	`requested_by_id` text,
	`requested_by_name` text NOT NULL,
	`requested_at` integer NOT NULL,
	`snapshot` text NOT NULL,
	`snapshot_hash` text NOT NULL,
	`summary` text,
	`status` text NOT NULL,
	`decided_by_kind` text,
	`decided_by_id` text,
	`decided_by_name` text,
	`decided_at` integer,
	`reason` text,
	`version` integer
);
--> statement-breakpoint
CREATE INDEX `approvals_status` ON `approvals` (`status`,`requested_at`,`id`);--> statement-breakpoint
CREATE INDEX `approvals_playbook` ON `approvals` (`playbook_id`,`status`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`action` text NOT NULL,
	`object_type` text NOT NULL,
	`object_id` text,
	`version` integer,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_actor` ON `audit_log` (`actor_name`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_action` ON `audit_log` (`action`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_object` ON `audit_log` (`object_type`,`object_id`,`id`);
