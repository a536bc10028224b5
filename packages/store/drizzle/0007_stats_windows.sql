CREATE INDEX `coupons_issued` ON `coupons` (`issued_at`,`currency`,`amount`);--> statement-breakpoint
-- Hand-written from here on (the statements above are drizzle-kit's). Two NPS answers at the same
-- instant: the higher score is the later one, as the engine's metrics keep it on the customer
-- (applyEvent), so the report and the customer page agree; the event id breaks a tie of equal
-- scores (an answer without a numeric score sorts below any score). The links are recomputed in that
-- order; `nps_answers_aggregate_latest` moves the `nps_days` counts with them.
DROP TRIGGER `nps_answers_aggregate_insert`;--> statement-breakpoint
DROP TRIGGER `nps_answers_aggregate_delete`;--> statement-breakpoint
CREATE TRIGGER `nps_answers_aggregate_insert` AFTER INSERT ON `nps_answers` BEGIN
  INSERT INTO `nps_days` (`day`, `latest`, `promoters`, `detractors`)
  VALUES ((NEW.`at` - (((NEW.`at` % 86400000) + 86400000) % 86400000)), (NEW.`next_at` IS NULL), (NEW.`next_at` IS NULL) AND COALESCE(NEW.`score` >= 9, 0), (NEW.`next_at` IS NULL) AND COALESCE(NEW.`score` <= 6, 0))
  ON CONFLICT DO UPDATE SET `latest` = `latest` + excluded.`latest`, `promoters` = `promoters` + excluded.`promoters`, `detractors` = `detractors` + excluded.`detractors`;
  UPDATE `nps_answers` SET `next_at` = NEW.`at` WHERE `event_id` = (SELECT p.`event_id` FROM `nps_answers` p WHERE p.`customer_id` = NEW.`customer_id` AND (p.`at`, COALESCE(p.`score`, -1), p.`event_id`) < (NEW.`at`, COALESCE(NEW.`score`, -1), NEW.`event_id`) ORDER BY p.`at` DESC, COALESCE(p.`score`, -1) DESC, p.`event_id` DESC LIMIT 1);
  UPDATE `nps_answers` SET `next_at` = (SELECT n.`at` FROM `nps_answers` n WHERE n.`customer_id` = NEW.`customer_id` AND (n.`at`, COALESCE(n.`score`, -1), n.`event_id`) > (NEW.`at`, COALESCE(NEW.`score`, -1), NEW.`event_id`) ORDER BY n.`at`, COALESCE(n.`score`, -1), n.`event_id` LIMIT 1) WHERE `event_id` = NEW.`event_id`;
END;--> statement-breakpoint
CREATE TRIGGER `nps_answers_aggregate_delete` AFTER DELETE ON `nps_answers` BEGIN
  UPDATE `nps_days` SET `latest` = `latest` - (OLD.`next_at` IS NULL), `promoters` = `promoters` - ((OLD.`next_at` IS NULL) AND COALESCE(OLD.`score` >= 9, 0)), `detractors` = `detractors` - ((OLD.`next_at` IS NULL) AND COALESCE(OLD.`score` <= 6, 0))
  WHERE `day` = (OLD.`at` - (((OLD.`at` % 86400000) + 86400000) % 86400000));
  UPDATE `nps_answers` SET `next_at` = (SELECT n.`at` FROM `nps_answers` n WHERE n.`customer_id` = OLD.`customer_id` AND (n.`at`, COALESCE(n.`score`, -1), n.`event_id`) > (OLD.`at`, COALESCE(OLD.`score`, -1), OLD.`event_id`) ORDER BY n.`at`, COALESCE(n.`score`, -1), n.`event_id` LIMIT 1) WHERE `event_id` = (SELECT p.`event_id` FROM `nps_answers` p WHERE p.`customer_id` = OLD.`customer_id` AND (p.`at`, COALESCE(p.`score`, -1), p.`event_id`) < (OLD.`at`, COALESCE(OLD.`score`, -1), OLD.`event_id`) ORDER BY p.`at` DESC, COALESCE(p.`score`, -1) DESC, p.`event_id` DESC LIMIT 1);
END;--> statement-breakpoint
UPDATE `nps_answers` SET `next_at` = l.`next_at`
FROM (SELECT `event_id`, LEAD(`at`) OVER (PARTITION BY `customer_id` ORDER BY `at`, COALESCE(`score`, -1), `event_id`) AS `next_at` FROM `nps_answers`) AS l
WHERE `nps_answers`.`event_id` = l.`event_id` AND `nps_answers`.`next_at` IS NOT l.`next_at`;
