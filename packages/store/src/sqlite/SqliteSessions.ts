import { and, eq, lt, ne, or } from 'drizzle-orm';
import { sessions } from '../schema/index.ts';
import type { SessionRecord, SessionRepository } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

export class SqliteSessions implements SessionRepository {
  constructor(private readonly db: SqliteDb) {}

  async add(session: SessionRecord): Promise<void> {
    this.db.insert(sessions).values(session).run();
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    return this.db.select().from(sessions).where(eq(sessions.id, id)).get();
  }

  async touch(id: string, now: number): Promise<void> {
    this.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run();
  }

  async remove(id: string): Promise<boolean> {
    return this.db.delete(sessions).where(eq(sessions.id, id)).run().changes === 1;
  }

  async removeForPerson(personId: string, exceptId?: string): Promise<number> {
    const which = exceptId === undefined ? eq(sessions.personId, personId) : and(eq(sessions.personId, personId), ne(sessions.id, exceptId));
    return this.db.delete(sessions).where(which).run().changes;
  }

  async removeExpired(idleBefore: number, createdBefore: number): Promise<number> {
    return this.db.delete(sessions).where(or(lt(sessions.lastSeenAt, idleBefore), lt(sessions.createdAt, createdBefore))).run().changes;
  }
}
