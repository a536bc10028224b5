import { and, asc, eq } from 'drizzle-orm';
import { people } from '../schema-pg/index.ts';
import type { PeopleRepository, PersonChanges, PersonRecord } from '../Store.ts';
import type { PgDb } from './openPg.ts';

export class PgPeople implements PeopleRepository {
  constructor(private readonly db: PgDb) {}

  async add(person: PersonRecord): Promise<boolean> {
    return (await this.db.insert(people).values(person).onConflictDoNothing()).rowCount === 1;
  }

  async get(id: string): Promise<PersonRecord | undefined> {
    const [row] = await this.db.select().from(people).where(eq(people.id, id));
    return row;
  }

  async findByEmail(email: string): Promise<PersonRecord | undefined> {
    const [row] = await this.db.select().from(people).where(eq(people.email, email.toLowerCase()));
    return row;
  }

  async list(): Promise<PersonRecord[]> {
    return this.db.select().from(people).orderBy(asc(people.email));
  }

  async update(id: string, changes: PersonChanges): Promise<PersonRecord | undefined> {
    if (Object.keys(changes).length === 0) return this.get(id);
    const [row] = await this.db.update(people).set(changes).where(eq(people.id, id)).returning();
    return row;
  }

  async remove(id: string): Promise<boolean> {
    // Sessions go with the person (ON DELETE CASCADE).
    return (await this.db.delete(people).where(eq(people.id, id))).rowCount === 1;
  }

  async any(): Promise<boolean> {
    const [row] = await this.db.select({ id: people.id }).from(people).limit(1);
    return row !== undefined;
  }

  async countEnabledAdmins(): Promise<number> {
    return this.db.$count(people, and(eq(people.role, 'admin'), eq(people.disabled, false)));
  }
}
