DROP INDEX `timers_due`;--> statement-breakpoint
CREATE INDEX `timers_due` ON `timers` (`due_at`,`id`);