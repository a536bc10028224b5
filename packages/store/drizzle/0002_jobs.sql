CREATE TABLE `jobs` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`kind` text NOT NULL,
	`playbook_id` text,
	`status` text NOT NULL,
	`at` integer NOT NULL,
	`done` integer DEFAULT 0 NOT NULL,
	`total` integer,
	`cursor` text,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_id_unique` ON `jobs` (`id`);--> statement-breakpoint
CREATE INDEX `jobs_status` ON `jobs` (`status`,`seq`);--> statement-breakpoint
CREATE INDEX `jobs_playbook` ON `jobs` (`playbook_id`,`seq`);--> statement-breakpoint
CREATE INDEX `jobs_finished` ON `jobs` (`finished_at`);