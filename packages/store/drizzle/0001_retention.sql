CREATE TABLE `nps_answers` (
	`event_id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`at` integer NOT NULL,
	`score` real
);
--> statement-breakpoint
CREATE INDEX `nps_answers_customer_at` ON `nps_answers` (`customer_id`,`at`);--> statement-breakpoint
CREATE INDEX `nps_answers_at` ON `nps_answers` (`at`);--> statement-breakpoint
CREATE TABLE `orders` (
	`event_id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`at` integer NOT NULL,
	`amount` real,
	`currency` text
);
--> statement-breakpoint
CREATE INDEX `orders_customer_at` ON `orders` (`customer_id`,`at`);--> statement-breakpoint
CREATE INDEX `orders_at` ON `orders` (`at`);--> statement-breakpoint
CREATE TABLE `run_rollups` (
	`playbook_id` text NOT NULL,
	`entered_day` integer NOT NULL,
	`control` integer NOT NULL,
	`variant` text NOT NULL,
	`status` text NOT NULL,
	`runs` integer NOT NULL,
	`converted` integer NOT NULL,
	PRIMARY KEY(`playbook_id`, `entered_day`, `control`, `variant`, `status`)
);
--> statement-breakpoint
CREATE TABLE `step_rollups` (
	`playbook_id` text NOT NULL,
	`entered_day` integer NOT NULL,
	`node` text NOT NULL,
	`port` text NOT NULL,
	`steps` integer NOT NULL,
	PRIMARY KEY(`playbook_id`, `entered_day`, `node`, `port`)
);
--> statement-breakpoint
CREATE INDEX `events_received_at` ON `events` (`received_at`);--> statement-breakpoint
CREATE INDEX `runs_ended` ON `runs` (`ended_at`) WHERE ended_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `messages_at` ON `messages` (`at`);--> statement-breakpoint
-- Hand-written back-fill (the rest of this file is drizzle-kit's): the ledgers start with every order and NPS answer already stored, with the same expressions SqliteAdvance uses for new ones.
INSERT OR IGNORE INTO `orders` (`event_id`, `customer_id`, `at`, `amount`, `currency`)
SELECT e.`id`, e.`customer_id`, e.`at`, CAST(json_extract(e.`properties`, '$.amount') AS REAL),
       COALESCE(CASE WHEN json_type(e.`properties`, '$.currency') = 'text' THEN json_extract(e.`properties`, '$.currency') END,
                CASE WHEN json_type(c.`attributes`, '$.currency') = 'text' THEN json_extract(c.`attributes`, '$.currency') END)
FROM `events` e LEFT JOIN `customers` c ON c.`id` = e.`customer_id`
WHERE e.`type` = 'order_placed';--> statement-breakpoint
INSERT OR IGNORE INTO `nps_answers` (`event_id`, `customer_id`, `at`, `score`)
SELECT `id`, `customer_id`, `at`, CAST(json_extract(`properties`, '$.score') AS REAL)
FROM `events`
WHERE `type` = 'nps_submitted';
