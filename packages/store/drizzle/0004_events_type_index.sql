-- Hand-written (drizzle-kit's own output would be the DROP alone): no query reads events by (type, at) any more since the
-- metrics read the ledgers, and this index, written in the random order of the events' times, dirtied about one page per
-- event at 100,000 customers: most of the WAL an import wrote and the reason ingest slowed as the data grew (server README, Benchmarks).
DROP INDEX IF EXISTS `events_type_at`;
