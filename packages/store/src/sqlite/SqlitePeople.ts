import { and, asc, eq } from 'drizzle-orm';
import { people } from '../schema/index.ts';
import type { PeopleRepository, PersonChanges, PersonRecord } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

export class SqlitePeople implements PeopleRepository {
  constructor(private readonly db: SqliteDb) {}

  async add(person: PersonRecord): Promise<boolean> {
    return this.db.insert(people).values(person).onConflictDoNothing().run().changes === 1;
  }

  async get(id: string): Promise<PersonRecord | undefined> {
    return this.db.select().from(people).where(eq(people.id, id)).get();
  }

  async findByEmail(email: string): Promise<PersonRecord | undefined> {
    return this.db.select().from(people).where(eq(people.email, email.toLowerCase())).get();
  }

  async list(): Promise<PersonRecord[]> {
    return this.db.select().from(people).orderBy(asc(people.email)).all();
  }

  async update(id: string, changes: PersonChanges): Promise<PersonRecord | undefined> {
    if (Object.keys(changes).length > 0) this.db.update(people).set(changes).where(eq(people.id, id)).run();
    return this.get(id);
  }

  async remove(id: string): Promise<boolean> {
    // Sessions go with the person (ON DELETE CASCADE).
    return this.db.delete(people).where(eq(people.id, id)).run().changes === 1;
  }

  async any(): Promise<boolean> {
    return this.db.select({ id: people.id }).from(people).limit(1).get() !== undefined;
  }

  async countEnabledAdmins(): Promise<number> {
    return this.db.$count(people, and(eq(people.role, 'admin'), eq(people.disabled, false)));
  }
}
