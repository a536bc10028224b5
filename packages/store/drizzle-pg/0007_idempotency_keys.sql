CREATE TABLE "idempotency_keys" (
	"key" text COLLATE "C" PRIMARY KEY NOT NULL,
	"request_hash" text COLLATE "C" NOT NULL,
	"status" integer,
	"body" text COLLATE "C",
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_at" ON "idempotency_keys" USING btree ("created_at");