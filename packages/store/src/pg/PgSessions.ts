import { and, eq, lt, ne, or } from 'drizzle-orm';
import { sessions } from '../schema-pg/index.ts';
import type { SessionRecord, SessionRepository } from '../Store.ts';
import type { PgDb } from './openPg.ts';

export class PgSessions implements SessionRepository {
  constructor(private readonly db: PgDb) {}

  async add(session: SessionRecord): Promise<void> {
    await this.db.insert(sessions).values(session);
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    const [row] = await this.db.select().from(sessions).where(eq(sessions.id, id));
    return row;
  }

  async touch(id: string, now: number): Promise<void> {
    await this.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }

  async remove(id: string): Promise<boolean> {
    return (await this.db.delete(sessions).where(eq(sessions.id, id))).rowCount === 1;
  }

  async removeForPerson(personId: string, exceptId?: string): Promise<number> {
    const which = exceptId === undefined ? eq(sessions.personId, personId) : and(eq(sessions.personId, personId), ne(sessions.id, exceptId));
    return (await this.db.delete(sessions).where(which)).rowCount ?? 0;
  }

  async removeExpired(idleBefore: number, createdBefore: number): Promise<number> {
    return (await this.db.delete(sessions).where(or(lt(sessions.lastSeenAt, idleBefore), lt(sessions.createdAt, createdBefore)))).rowCount ?? 0;
  }
}
