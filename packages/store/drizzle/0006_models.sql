CREATE TABLE `customer_predictions` (
	`customer_id` text PRIMARY KEY NOT NULL,
	`p_alive` real NOT NULL,
	`expected_orders_30d` real NOT NULL,
	`expected_orders_90d` real NOT NULL,
	`expected_orders_365d` real NOT NULL,
	`currency` text,
	`expected_order_value` real,
	`predicted_clv` real,
	`fitted_at` integer NOT NULL,
	`scored_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `model_fits` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`fit_id` text NOT NULL,
	`kind` text NOT NULL,
	`currency` text NOT NULL,
	`model` text NOT NULL,
	`params` text,
	`log_likelihood` real,
	`iterations` integer,
	`converged` integer,
	`customers` integer NOT NULL,
	`time_unit` text NOT NULL,
	`fitted_at` integer NOT NULL,
	`as_of` integer NOT NULL,
	`reason` text,
	`message` text,
	`scoring` text
);
--> statement-breakpoint
CREATE INDEX `model_fits_fit` ON `model_fits` (`fit_id`,`seq`);--> statement-breakpoint
CREATE INDEX `model_fits_kind` ON `model_fits` (`kind`,`currency`,`seq`);