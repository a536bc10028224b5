DROP INDEX "orders_window";--> statement-breakpoint
CREATE INDEX "orders_window" ON "orders" USING btree ("at","prev_at","next_at","amount","currency");