-- Operator reads at a million customers (store README, "Reads at a million customers").
-- The customer search (`PgCustomers.search`) is ILIKE on exactly this expression: with a word of
-- 3 characters or more, a bitmap scan of the trigram index instead of a scan. The id and the
-- attributes are joined by a line feed, which the JSON text never holds unescaped, so a query
-- without one cannot match across the two.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX "customers_search" ON "customers" USING gin (("id" || E'\n' || "attributes"::text) gin_trgm_ops);
--> statement-breakpoint
-- A segment's members (`segments @> '["vip"]'`) without a scan of every customer.
CREATE INDEX "customers_segments" ON "customers" USING gin ("segments" jsonb_path_ops);
