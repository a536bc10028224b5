ALTER TABLE `customers` ADD `next_flip_at` integer;--> statement-breakpoint
CREATE INDEX `customers_next_flip` ON `customers` (`next_flip_at`,`id`) WHERE next_flip_at IS NOT NULL;