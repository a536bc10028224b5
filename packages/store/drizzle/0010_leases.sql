ALTER TABLE `customers` ADD `lease_owner` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `lease_until` integer;--> statement-breakpoint
ALTER TABLE `timers` ADD `lease_owner` text;--> statement-breakpoint
ALTER TABLE `timers` ADD `lease_until` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `lease_owner` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `lease_until` integer;--> statement-breakpoint
ALTER TABLE `jobs` ADD `lease_owner` text;--> statement-breakpoint
ALTER TABLE `jobs` ADD `lease_until` integer;