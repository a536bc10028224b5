CREATE TABLE `customers` (
	`id` text PRIMARY KEY NOT NULL,
	`attributes` text NOT NULL,
	`tags` text NOT NULL,
	`world` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`type` text NOT NULL,
	`at` integer NOT NULL,
	`properties` text NOT NULL,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_customer_at` ON `events` (`customer_id`,`at`);--> statement-breakpoint
CREATE INDEX `events_type_at` ON `events` (`type`,`at`);--> statement-breakpoint
CREATE TABLE `playbook_versions` (
	`playbook_id` text NOT NULL,
	`version` integer NOT NULL,
	`document` text NOT NULL,
	`published_at` integer NOT NULL,
	PRIMARY KEY(`playbook_id`, `version`)
);
--> statement-breakpoint
CREATE TABLE `playbooks` (
	`id` text PRIMARY KEY NOT NULL,
	`draft` text NOT NULL,
	`status` text NOT NULL,
	`published_version` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `run_steps` (
	`run_id` text NOT NULL,
	`visit` integer NOT NULL,
	`playbook_id` text NOT NULL,
	`node` text NOT NULL,
	`port` text,
	`at` integer NOT NULL,
	`left_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `run_steps_visit` ON `run_steps` (`run_id`,`visit`);--> statement-breakpoint
CREATE INDEX `run_steps_playbook_node` ON `run_steps` (`playbook_id`,`node`);--> statement-breakpoint
CREATE TABLE `runs` (
	`id` text PRIMARY KEY NOT NULL,
	`playbook_id` text NOT NULL,
	`version` integer NOT NULL,
	`customer_id` text NOT NULL,
	`status` text NOT NULL,
	`control` integer NOT NULL,
	`variant` text,
	`exit_reason` text,
	`entered_at` integer NOT NULL,
	`ended_at` integer,
	`converted_at` integer
);
--> statement-breakpoint
CREATE INDEX `runs_customer` ON `runs` (`customer_id`);--> statement-breakpoint
CREATE INDEX `runs_playbook_status` ON `runs` (`playbook_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `runs_one_active` ON `runs` (`playbook_id`,`customer_id`) WHERE status = 'active';--> statement-breakpoint
CREATE TABLE `timers` (
	`id` text PRIMARY KEY NOT NULL,
	`due_at` integer NOT NULL,
	`kind` text NOT NULL,
	`customer_id` text,
	`playbook_id` text
);
--> statement-breakpoint
CREATE INDEX `timers_due` ON `timers` (`due_at`);--> statement-breakpoint
CREATE TABLE `delivery_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` integer NOT NULL,
	`ok` integer NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `delivery_attempts_key` ON `delivery_attempts` (`key`);--> statement-breakpoint
CREATE TABLE `messages` (
	`key` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`playbook_id` text NOT NULL,
	`run_id` text NOT NULL,
	`node` text NOT NULL,
	`channel` text NOT NULL,
	`subject` text,
	`body` text NOT NULL,
	`status` text NOT NULL,
	`at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE INDEX `messages_customer_at` ON `messages` (`customer_id`,`at`);--> statement-breakpoint
CREATE INDEX `messages_playbook` ON `messages` (`playbook_id`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`key` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`customer_id` text NOT NULL,
	`payload` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`delivered_at` integer
);
--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `coupons` (
	`code` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`playbook_id` text NOT NULL,
	`run_id` text NOT NULL,
	`node` text NOT NULL,
	`percent` real,
	`amount` real,
	`currency` text,
	`issued_at` integer NOT NULL,
	`valid_until` integer NOT NULL,
	`redeemed_at` integer
);
--> statement-breakpoint
CREATE INDEX `coupons_customer` ON `coupons` (`customer_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`playbook_id` text NOT NULL,
	`run_id` text NOT NULL,
	`node` text NOT NULL,
	`title` text NOT NULL,
	`assignee` text,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`due_at` integer,
	`closed_at` integer
);
--> statement-breakpoint
CREATE INDEX `tasks_customer` ON `tasks` (`customer_id`);--> statement-breakpoint
CREATE INDEX `tasks_status` ON `tasks` (`status`);--> statement-breakpoint
CREATE TABLE `segments` (
	`name` text PRIMARY KEY NOT NULL,
	`rule` text NOT NULL,
	`description` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_unique` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
