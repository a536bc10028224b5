CREATE TABLE `order_days` (
	`day` integer NOT NULL,
	`currency` text NOT NULL,
	`orders` integer NOT NULL,
	`first_orders` integer NOT NULL,
	`spent` real NOT NULL,
	PRIMARY KEY(`day`, `currency`)
);
--> statement-breakpoint
CREATE TABLE `run_counts` (
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
CREATE TABLE `segment_counts` (
	`segment` text PRIMARY KEY NOT NULL,
	`members` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `step_counts` (
	`playbook_id` text NOT NULL,
	`entered_day` integer NOT NULL,
	`node` text NOT NULL,
	`port` text NOT NULL,
	`steps` integer NOT NULL,
	PRIMARY KEY(`playbook_id`, `entered_day`, `node`, `port`)
);
--> statement-breakpoint
CREATE TABLE `table_counts` (
	`name` text PRIMARY KEY NOT NULL,
	`rows` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `nps_answers_at`;--> statement-breakpoint
DROP INDEX `nps_answers_customer_at`;--> statement-breakpoint
ALTER TABLE `nps_answers` ADD `next_at` integer;--> statement-breakpoint
CREATE INDEX `nps_answers_window` ON `nps_answers` (`at`,`next_at`,`score`);--> statement-breakpoint
CREATE INDEX `nps_answers_customer_at` ON `nps_answers` (`customer_id`,`at`,`event_id`);--> statement-breakpoint
DROP INDEX `orders_at`;--> statement-breakpoint
DROP INDEX `orders_customer_at`;--> statement-breakpoint
ALTER TABLE `orders` ADD `prev_at` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `next_at` integer;--> statement-breakpoint
CREATE INDEX `orders_window` ON `orders` (`at`,`prev_at`,`next_at`,`amount`);--> statement-breakpoint
CREATE INDEX `orders_customer_at` ON `orders` (`customer_id`,`at`,`event_id`);--> statement-breakpoint
ALTER TABLE `customers` ADD `segments` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `runs_playbook_entered` ON `runs` (`playbook_id`,`entered_at`);--> statement-breakpoint
-- Hand-written from here on (the statements above are drizzle-kit's): back-fill the aggregates
-- from the rows already stored, then create the triggers that keep them equal to those rows
-- on every insert, update and delete (store README, "Aggregates"). A migration that rebuilds
-- one of these tables must create its triggers again; maintainedAggregates.test.ts checks they exist.
UPDATE `orders` SET `prev_at` = l.`prev_at`, `next_at` = l.`next_at`
FROM (SELECT `event_id`, LAG(`at`) OVER w AS `prev_at`, LEAD(`at`) OVER w AS `next_at` FROM `orders` WINDOW w AS (PARTITION BY `customer_id` ORDER BY `at`, `event_id`)) AS l
WHERE `orders`.`event_id` = l.`event_id`;--> statement-breakpoint
UPDATE `nps_answers` SET `next_at` = l.`next_at`
FROM (SELECT `event_id`, LEAD(`at`) OVER (PARTITION BY `customer_id` ORDER BY `at`, `event_id`) AS `next_at` FROM `nps_answers`) AS l
WHERE `nps_answers`.`event_id` = l.`event_id`;--> statement-breakpoint
INSERT INTO `order_days` (`day`, `currency`, `orders`, `first_orders`, `spent`)
SELECT (`at` - (((`at` % 86400000) + 86400000) % 86400000)), COALESCE(`currency`, ''), COUNT(*), SUM(`prev_at` IS NULL), TOTAL(`amount`) FROM `orders` GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO `table_counts` (`name`, `rows`) SELECT 'customers', COUNT(*) FROM `customers`;--> statement-breakpoint
INSERT INTO `run_counts` (`playbook_id`, `entered_day`, `control`, `variant`, `status`, `runs`, `converted`)
SELECT `playbook_id`, (`entered_at` - (`entered_at` % 86400000)), `control`, COALESCE(`variant`, ''), `status`, COUNT(*), COUNT(`converted_at`) FROM `runs` GROUP BY 1, 2, 3, 4, 5;--> statement-breakpoint
INSERT INTO `step_counts` (`playbook_id`, `entered_day`, `node`, `port`, `steps`)
SELECT s.`playbook_id`, COALESCE((r.`entered_at` - (r.`entered_at` % 86400000)), (s.`at` - (s.`at` % 86400000))), s.`node`, COALESCE(s.`port`, ''), COUNT(*)
FROM `run_steps` s LEFT JOIN `runs` r ON r.`id` = s.`run_id` GROUP BY 1, 2, 3, 4;--> statement-breakpoint
CREATE TRIGGER `orders_aggregate_insert` AFTER INSERT ON `orders` BEGIN
  INSERT INTO `order_days` (`day`, `currency`, `orders`, `first_orders`, `spent`)
  VALUES ((NEW.`at` - (((NEW.`at` % 86400000) + 86400000) % 86400000)), COALESCE(NEW.`currency`, ''), 1, NEW.`prev_at` IS NULL, COALESCE(NEW.`amount`, 0))
  ON CONFLICT DO UPDATE SET `orders` = `orders` + 1, `first_orders` = `first_orders` + excluded.`first_orders`, `spent` = `spent` + excluded.`spent`;
  UPDATE `orders` SET `next_at` = NEW.`at` WHERE `event_id` = (SELECT p.`event_id` FROM `orders` p WHERE p.`customer_id` = NEW.`customer_id` AND (p.`at` < NEW.`at` OR (p.`at` = NEW.`at` AND p.`event_id` < NEW.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1);
  UPDATE `orders` SET `prev_at` = NEW.`at` WHERE `event_id` = (SELECT n.`event_id` FROM `orders` n WHERE n.`customer_id` = NEW.`customer_id` AND (n.`at` > NEW.`at` OR (n.`at` = NEW.`at` AND n.`event_id` > NEW.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1);
  UPDATE `orders` SET `prev_at` = (SELECT p.`at` FROM `orders` p WHERE p.`customer_id` = NEW.`customer_id` AND (p.`at` < NEW.`at` OR (p.`at` = NEW.`at` AND p.`event_id` < NEW.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1), `next_at` = (SELECT n.`at` FROM `orders` n WHERE n.`customer_id` = NEW.`customer_id` AND (n.`at` > NEW.`at` OR (n.`at` = NEW.`at` AND n.`event_id` > NEW.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1) WHERE `event_id` = NEW.`event_id`;
END;--> statement-breakpoint
CREATE TRIGGER `orders_aggregate_first` AFTER UPDATE OF `prev_at` ON `orders` WHEN (OLD.`prev_at` IS NULL) != (NEW.`prev_at` IS NULL) BEGIN
  UPDATE `order_days` SET `first_orders` = `first_orders` + (CASE WHEN NEW.`prev_at` IS NULL THEN 1 ELSE -1 END) WHERE `day` = (NEW.`at` - (((NEW.`at` % 86400000) + 86400000) % 86400000)) AND `currency` = COALESCE(NEW.`currency`, '');
END;--> statement-breakpoint
CREATE TRIGGER `orders_aggregate_delete` AFTER DELETE ON `orders` BEGIN
  UPDATE `order_days` SET `orders` = `orders` - 1, `first_orders` = `first_orders` - (OLD.`prev_at` IS NULL),
    `spent` = CASE WHEN `orders` = 1 THEN 0 ELSE `spent` - COALESCE(OLD.`amount`, 0) END
  WHERE `day` = (OLD.`at` - (((OLD.`at` % 86400000) + 86400000) % 86400000)) AND `currency` = COALESCE(OLD.`currency`, '');
  UPDATE `orders` SET `next_at` = (SELECT n.`at` FROM `orders` n WHERE n.`customer_id` = OLD.`customer_id` AND (n.`at` > OLD.`at` OR (n.`at` = OLD.`at` AND n.`event_id` > OLD.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1) WHERE `event_id` = (SELECT p.`event_id` FROM `orders` p WHERE p.`customer_id` = OLD.`customer_id` AND (p.`at` < OLD.`at` OR (p.`at` = OLD.`at` AND p.`event_id` < OLD.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1);
  UPDATE `orders` SET `prev_at` = (SELECT p.`at` FROM `orders` p WHERE p.`customer_id` = OLD.`customer_id` AND (p.`at` < OLD.`at` OR (p.`at` = OLD.`at` AND p.`event_id` < OLD.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1) WHERE `event_id` = (SELECT n.`event_id` FROM `orders` n WHERE n.`customer_id` = OLD.`customer_id` AND (n.`at` > OLD.`at` OR (n.`at` = OLD.`at` AND n.`event_id` > OLD.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1);
END;--> statement-breakpoint
CREATE TRIGGER `nps_answers_aggregate_insert` AFTER INSERT ON `nps_answers` BEGIN
  UPDATE `nps_answers` SET `next_at` = NEW.`at` WHERE `event_id` = (SELECT p.`event_id` FROM `nps_answers` p WHERE p.`customer_id` = NEW.`customer_id` AND (p.`at` < NEW.`at` OR (p.`at` = NEW.`at` AND p.`event_id` < NEW.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1);
  UPDATE `nps_answers` SET `next_at` = (SELECT n.`at` FROM `nps_answers` n WHERE n.`customer_id` = NEW.`customer_id` AND (n.`at` > NEW.`at` OR (n.`at` = NEW.`at` AND n.`event_id` > NEW.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1) WHERE `event_id` = NEW.`event_id`;
END;--> statement-breakpoint
CREATE TRIGGER `nps_answers_aggregate_delete` AFTER DELETE ON `nps_answers` BEGIN
  UPDATE `nps_answers` SET `next_at` = (SELECT n.`at` FROM `nps_answers` n WHERE n.`customer_id` = OLD.`customer_id` AND (n.`at` > OLD.`at` OR (n.`at` = OLD.`at` AND n.`event_id` > OLD.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1) WHERE `event_id` = (SELECT p.`event_id` FROM `nps_answers` p WHERE p.`customer_id` = OLD.`customer_id` AND (p.`at` < OLD.`at` OR (p.`at` = OLD.`at` AND p.`event_id` < OLD.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1);
END;--> statement-breakpoint
CREATE TRIGGER `customers_aggregate_insert` AFTER INSERT ON `customers` BEGIN
  INSERT INTO `table_counts` (`name`, `rows`) VALUES ('customers', 1) ON CONFLICT DO UPDATE SET `rows` = `rows` + 1;
  INSERT INTO `segment_counts` (`segment`, `members`) SELECT value, 1 FROM json_each(NEW.`segments`) WHERE true ON CONFLICT DO UPDATE SET `members` = `members` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `customers_aggregate_segments` AFTER UPDATE OF `segments` ON `customers` WHEN OLD.`segments` IS NOT NEW.`segments` BEGIN
  UPDATE `segment_counts` SET `members` = `members` - 1 WHERE `segment` IN (SELECT value FROM json_each(OLD.`segments`));
  INSERT INTO `segment_counts` (`segment`, `members`) SELECT value, 1 FROM json_each(NEW.`segments`) WHERE true ON CONFLICT DO UPDATE SET `members` = `members` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `customers_aggregate_delete` AFTER DELETE ON `customers` BEGIN
  UPDATE `table_counts` SET `rows` = `rows` - 1 WHERE `name` = 'customers';
  UPDATE `segment_counts` SET `members` = `members` - 1 WHERE `segment` IN (SELECT value FROM json_each(OLD.`segments`));
END;--> statement-breakpoint
CREATE TRIGGER `runs_aggregate_insert` AFTER INSERT ON `runs` BEGIN
  INSERT INTO `run_counts` (`playbook_id`, `entered_day`, `control`, `variant`, `status`, `runs`, `converted`)
  VALUES (NEW.`playbook_id`, (NEW.`entered_at` - (NEW.`entered_at` % 86400000)), NEW.`control`, COALESCE(NEW.`variant`, ''), NEW.`status`, 1, NEW.`converted_at` IS NOT NULL)
  ON CONFLICT DO UPDATE SET `runs` = `runs` + 1, `converted` = `converted` + excluded.`converted`;
END;--> statement-breakpoint
CREATE TRIGGER `runs_aggregate_update` AFTER UPDATE OF `playbook_id`, `entered_at`, `control`, `variant`, `status`, `converted_at` ON `runs`
WHEN OLD.`playbook_id` IS NOT NEW.`playbook_id` OR OLD.`entered_at` IS NOT NEW.`entered_at` OR OLD.`control` IS NOT NEW.`control`
  OR OLD.`variant` IS NOT NEW.`variant` OR OLD.`status` IS NOT NEW.`status` OR (OLD.`converted_at` IS NULL) != (NEW.`converted_at` IS NULL) BEGIN
  UPDATE `run_counts` SET `runs` = `runs` - 1, `converted` = `converted` - (OLD.`converted_at` IS NOT NULL) WHERE `playbook_id` = OLD.`playbook_id` AND `entered_day` = (OLD.`entered_at` - (OLD.`entered_at` % 86400000)) AND `control` = OLD.`control` AND `variant` = COALESCE(OLD.`variant`, '') AND `status` = OLD.`status`;
  INSERT INTO `run_counts` (`playbook_id`, `entered_day`, `control`, `variant`, `status`, `runs`, `converted`)
  VALUES (NEW.`playbook_id`, (NEW.`entered_at` - (NEW.`entered_at` % 86400000)), NEW.`control`, COALESCE(NEW.`variant`, ''), NEW.`status`, 1, NEW.`converted_at` IS NOT NULL)
  ON CONFLICT DO UPDATE SET `runs` = `runs` + 1, `converted` = `converted` + excluded.`converted`;
END;--> statement-breakpoint
CREATE TRIGGER `runs_aggregate_delete` AFTER DELETE ON `runs` BEGIN
  UPDATE `run_counts` SET `runs` = `runs` - 1, `converted` = `converted` - (OLD.`converted_at` IS NOT NULL) WHERE `playbook_id` = OLD.`playbook_id` AND `entered_day` = (OLD.`entered_at` - (OLD.`entered_at` % 86400000)) AND `control` = OLD.`control` AND `variant` = COALESCE(OLD.`variant`, '') AND `status` = OLD.`status`;
END;--> statement-breakpoint
CREATE TRIGGER `run_steps_aggregate_insert` AFTER INSERT ON `run_steps` BEGIN
  INSERT INTO `step_counts` (`playbook_id`, `entered_day`, `node`, `port`, `steps`)
  VALUES (NEW.`playbook_id`, COALESCE((SELECT (r.`entered_at` - (r.`entered_at` % 86400000)) FROM `runs` r WHERE r.`id` = NEW.`run_id`), (NEW.`at` - (NEW.`at` % 86400000))), NEW.`node`, COALESCE(NEW.`port`, ''), 1)
  ON CONFLICT DO UPDATE SET `steps` = `steps` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `run_steps_aggregate_update` AFTER UPDATE OF `playbook_id`, `node`, `port` ON `run_steps`
WHEN OLD.`playbook_id` IS NOT NEW.`playbook_id` OR OLD.`node` IS NOT NEW.`node` OR OLD.`port` IS NOT NEW.`port` BEGIN
  UPDATE `step_counts` SET `steps` = `steps` - 1 WHERE `playbook_id` = OLD.`playbook_id` AND `entered_day` = COALESCE((SELECT (r.`entered_at` - (r.`entered_at` % 86400000)) FROM `runs` r WHERE r.`id` = OLD.`run_id`), (OLD.`at` - (OLD.`at` % 86400000))) AND `node` = OLD.`node` AND `port` = COALESCE(OLD.`port`, '');
  INSERT INTO `step_counts` (`playbook_id`, `entered_day`, `node`, `port`, `steps`)
  VALUES (NEW.`playbook_id`, COALESCE((SELECT (r.`entered_at` - (r.`entered_at` % 86400000)) FROM `runs` r WHERE r.`id` = NEW.`run_id`), (NEW.`at` - (NEW.`at` % 86400000))), NEW.`node`, COALESCE(NEW.`port`, ''), 1)
  ON CONFLICT DO UPDATE SET `steps` = `steps` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `run_steps_aggregate_delete` AFTER DELETE ON `run_steps` BEGIN
  UPDATE `step_counts` SET `steps` = `steps` - 1 WHERE `playbook_id` = OLD.`playbook_id` AND `entered_day` = COALESCE((SELECT (r.`entered_at` - (r.`entered_at` % 86400000)) FROM `runs` r WHERE r.`id` = OLD.`run_id`), (OLD.`at` - (OLD.`at` % 86400000))) AND `node` = OLD.`node` AND `port` = COALESCE(OLD.`port`, '');
END;
