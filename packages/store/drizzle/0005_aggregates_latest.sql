CREATE TABLE `nps_days` (
	`day` integer PRIMARY KEY NOT NULL,
	`latest` integer NOT NULL,
	`promoters` integer NOT NULL,
	`detractors` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `order_days` ADD `last_orders` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `order_days` ADD `only_orders` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Hand-written from here on (the statements above are drizzle-kit's): each customer's latest and only
-- order, and their latest NPS answer, counted per day, so a window that ends after the last order or
-- answer (the default one, ending now) is answered from day rollups (store README, "Aggregates").
UPDATE `order_days` SET `last_orders` = g.`last_orders`, `only_orders` = g.`only_orders`
FROM (SELECT (`at` - (((`at` % 86400000) + 86400000) % 86400000)) AS `day`, COALESCE(`currency`, '') AS `currency`, SUM(`next_at` IS NULL) AS `last_orders`,
             SUM(`prev_at` IS NULL AND `next_at` IS NULL) AS `only_orders` FROM `orders` GROUP BY 1, 2) AS g
WHERE `order_days`.`day` = g.`day` AND `order_days`.`currency` = g.`currency`;--> statement-breakpoint
INSERT INTO `nps_days` (`day`, `latest`, `promoters`, `detractors`)
SELECT (`at` - (((`at` % 86400000) + 86400000) % 86400000)), SUM(`next_at` IS NULL), SUM(`next_at` IS NULL AND COALESCE(`score` >= 9, 0)), SUM(`next_at` IS NULL AND COALESCE(`score` <= 6, 0))
FROM `nps_answers` GROUP BY 1;--> statement-breakpoint
DROP TRIGGER `orders_aggregate_insert`;--> statement-breakpoint
DROP TRIGGER `orders_aggregate_first`;--> statement-breakpoint
DROP TRIGGER `orders_aggregate_delete`;--> statement-breakpoint
DROP TRIGGER `nps_answers_aggregate_insert`;--> statement-breakpoint
DROP TRIGGER `nps_answers_aggregate_delete`;--> statement-breakpoint
CREATE TRIGGER `orders_aggregate_insert` AFTER INSERT ON `orders` BEGIN
  INSERT INTO `order_days` (`day`, `currency`, `orders`, `first_orders`, `last_orders`, `only_orders`, `spent`)
  VALUES ((NEW.`at` - (((NEW.`at` % 86400000) + 86400000) % 86400000)), COALESCE(NEW.`currency`, ''), 1, (NEW.`prev_at` IS NULL), (NEW.`next_at` IS NULL), (NEW.`prev_at` IS NULL AND NEW.`next_at` IS NULL), COALESCE(NEW.`amount`, 0))
  ON CONFLICT DO UPDATE SET `orders` = `orders` + 1, `first_orders` = `first_orders` + excluded.`first_orders`,
    `last_orders` = `last_orders` + excluded.`last_orders`, `only_orders` = `only_orders` + excluded.`only_orders`, `spent` = `spent` + excluded.`spent`;
  UPDATE `orders` SET `next_at` = NEW.`at` WHERE `event_id` = (SELECT p.`event_id` FROM `orders` p WHERE p.`customer_id` = NEW.`customer_id` AND (p.`at` < NEW.`at` OR (p.`at` = NEW.`at` AND p.`event_id` < NEW.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1);
  UPDATE `orders` SET `prev_at` = NEW.`at` WHERE `event_id` = (SELECT n.`event_id` FROM `orders` n WHERE n.`customer_id` = NEW.`customer_id` AND (n.`at` > NEW.`at` OR (n.`at` = NEW.`at` AND n.`event_id` > NEW.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1);
  UPDATE `orders` SET `prev_at` = (SELECT p.`at` FROM `orders` p WHERE p.`customer_id` = NEW.`customer_id` AND (p.`at` < NEW.`at` OR (p.`at` = NEW.`at` AND p.`event_id` < NEW.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1), `next_at` = (SELECT n.`at` FROM `orders` n WHERE n.`customer_id` = NEW.`customer_id` AND (n.`at` > NEW.`at` OR (n.`at` = NEW.`at` AND n.`event_id` > NEW.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1) WHERE `event_id` = NEW.`event_id`;
END;--> statement-breakpoint
CREATE TRIGGER `orders_aggregate_links` AFTER UPDATE OF `prev_at`, `next_at` ON `orders`
WHEN (OLD.`prev_at` IS NULL) != (NEW.`prev_at` IS NULL) OR (OLD.`next_at` IS NULL) != (NEW.`next_at` IS NULL) BEGIN
  UPDATE `order_days` SET `first_orders` = `first_orders` + (NEW.`prev_at` IS NULL) - (OLD.`prev_at` IS NULL), `last_orders` = `last_orders` + (NEW.`next_at` IS NULL) - (OLD.`next_at` IS NULL),
    `only_orders` = `only_orders` + (NEW.`prev_at` IS NULL AND NEW.`next_at` IS NULL) - (OLD.`prev_at` IS NULL AND OLD.`next_at` IS NULL)
  WHERE `day` = (NEW.`at` - (((NEW.`at` % 86400000) + 86400000) % 86400000)) AND `currency` = COALESCE(NEW.`currency`, '');
END;--> statement-breakpoint
CREATE TRIGGER `orders_aggregate_delete` AFTER DELETE ON `orders` BEGIN
  UPDATE `order_days` SET `orders` = `orders` - 1, `first_orders` = `first_orders` - (OLD.`prev_at` IS NULL), `last_orders` = `last_orders` - (OLD.`next_at` IS NULL),
    `only_orders` = `only_orders` - (OLD.`prev_at` IS NULL AND OLD.`next_at` IS NULL), `spent` = CASE WHEN `orders` = 1 THEN 0 ELSE `spent` - COALESCE(OLD.`amount`, 0) END
  WHERE `day` = (OLD.`at` - (((OLD.`at` % 86400000) + 86400000) % 86400000)) AND `currency` = COALESCE(OLD.`currency`, '');
  UPDATE `orders` SET `next_at` = (SELECT n.`at` FROM `orders` n WHERE n.`customer_id` = OLD.`customer_id` AND (n.`at` > OLD.`at` OR (n.`at` = OLD.`at` AND n.`event_id` > OLD.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1) WHERE `event_id` = (SELECT p.`event_id` FROM `orders` p WHERE p.`customer_id` = OLD.`customer_id` AND (p.`at` < OLD.`at` OR (p.`at` = OLD.`at` AND p.`event_id` < OLD.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1);
  UPDATE `orders` SET `prev_at` = (SELECT p.`at` FROM `orders` p WHERE p.`customer_id` = OLD.`customer_id` AND (p.`at` < OLD.`at` OR (p.`at` = OLD.`at` AND p.`event_id` < OLD.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1) WHERE `event_id` = (SELECT n.`event_id` FROM `orders` n WHERE n.`customer_id` = OLD.`customer_id` AND (n.`at` > OLD.`at` OR (n.`at` = OLD.`at` AND n.`event_id` > OLD.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1);
END;--> statement-breakpoint
CREATE TRIGGER `nps_answers_aggregate_insert` AFTER INSERT ON `nps_answers` BEGIN
  INSERT INTO `nps_days` (`day`, `latest`, `promoters`, `detractors`)
  VALUES ((NEW.`at` - (((NEW.`at` % 86400000) + 86400000) % 86400000)), (NEW.`next_at` IS NULL), (NEW.`next_at` IS NULL) AND COALESCE(NEW.`score` >= 9, 0), (NEW.`next_at` IS NULL) AND COALESCE(NEW.`score` <= 6, 0))
  ON CONFLICT DO UPDATE SET `latest` = `latest` + excluded.`latest`, `promoters` = `promoters` + excluded.`promoters`, `detractors` = `detractors` + excluded.`detractors`;
  UPDATE `nps_answers` SET `next_at` = NEW.`at` WHERE `event_id` = (SELECT p.`event_id` FROM `nps_answers` p WHERE p.`customer_id` = NEW.`customer_id` AND (p.`at` < NEW.`at` OR (p.`at` = NEW.`at` AND p.`event_id` < NEW.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1);
  UPDATE `nps_answers` SET `next_at` = (SELECT n.`at` FROM `nps_answers` n WHERE n.`customer_id` = NEW.`customer_id` AND (n.`at` > NEW.`at` OR (n.`at` = NEW.`at` AND n.`event_id` > NEW.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1) WHERE `event_id` = NEW.`event_id`;
END;--> statement-breakpoint
CREATE TRIGGER `nps_answers_aggregate_latest` AFTER UPDATE OF `next_at` ON `nps_answers` WHEN (OLD.`next_at` IS NULL) != (NEW.`next_at` IS NULL) BEGIN
  UPDATE `nps_days` SET `latest` = `latest` + (NEW.`next_at` IS NULL) - (OLD.`next_at` IS NULL),
    `promoters` = `promoters` + ((NEW.`next_at` IS NULL) - (OLD.`next_at` IS NULL)) * COALESCE(NEW.`score` >= 9, 0), `detractors` = `detractors` + ((NEW.`next_at` IS NULL) - (OLD.`next_at` IS NULL)) * COALESCE(NEW.`score` <= 6, 0)
  WHERE `day` = (NEW.`at` - (((NEW.`at` % 86400000) + 86400000) % 86400000));
END;--> statement-breakpoint
CREATE TRIGGER `nps_answers_aggregate_delete` AFTER DELETE ON `nps_answers` BEGIN
  UPDATE `nps_days` SET `latest` = `latest` - (OLD.`next_at` IS NULL), `promoters` = `promoters` - ((OLD.`next_at` IS NULL) AND COALESCE(OLD.`score` >= 9, 0)), `detractors` = `detractors` - ((OLD.`next_at` IS NULL) AND COALESCE(OLD.`score` <= 6, 0))
  WHERE `day` = (OLD.`at` - (((OLD.`at` % 86400000) + 86400000) % 86400000));
  UPDATE `nps_answers` SET `next_at` = (SELECT n.`at` FROM `nps_answers` n WHERE n.`customer_id` = OLD.`customer_id` AND (n.`at` > OLD.`at` OR (n.`at` = OLD.`at` AND n.`event_id` > OLD.`event_id`)) ORDER BY n.`at`, n.`event_id` LIMIT 1) WHERE `event_id` = (SELECT p.`event_id` FROM `nps_answers` p WHERE p.`customer_id` = OLD.`customer_id` AND (p.`at` < OLD.`at` OR (p.`at` = OLD.`at` AND p.`event_id` < OLD.`event_id`)) ORDER BY p.`at` DESC, p.`event_id` DESC LIMIT 1);
END;
