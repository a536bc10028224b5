import { and, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { playbooks, playbookVersions } from '../schema/index.ts';
import type { PlaybookListRecord, PlaybookRecord, PlaybookRepository, PlaybookStatus, PlaybookVersionRecord } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';

export class SqlitePlaybooks implements PlaybookRepository {
  constructor(private readonly db: SqliteDb) {}

  async get(id: string): Promise<PlaybookRecord | undefined> {
    return this.db.select().from(playbooks).where(eq(playbooks.id, id)).get();
  }

  async list(): Promise<PlaybookListRecord[]> {
    return this.db
      .select({ ...getTableColumns(playbooks), publishedAt: playbookVersions.publishedAt })
      .from(playbooks)
      .leftJoin(playbookVersions, and(eq(playbookVersions.playbookId, playbooks.id), eq(playbookVersions.version, playbooks.publishedVersion)))
      .orderBy(desc(playbooks.updatedAt))
      .all();
  }

  async create(id: string, draft: unknown, now: number): Promise<'created' | 'exists'> {
    const result = this.db
      .insert(playbooks)
      .values({ id, draft, status: 'draft', publishedVersion: null, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .run();
    return result.changes === 1 ? 'created' : 'exists';
  }

  async saveDraft(id: string, draft: unknown, now: number): Promise<boolean> {
    return this.db.update(playbooks).set({ draft, updatedAt: now }).where(eq(playbooks.id, id)).run().changes === 1;
  }

  async publish(id: string, document: unknown, now: number, acknowledged: unknown = null): Promise<number> {
    return this.db.transaction((tx) => {
      const current = tx.select({ version: playbooks.publishedVersion }).from(playbooks).where(eq(playbooks.id, id)).get();
      const last = tx
        .select({ version: playbookVersions.version })
        .from(playbookVersions)
        .where(eq(playbookVersions.playbookId, id))
        .orderBy(desc(playbookVersions.version))
        .limit(1)
        .get();
      if (current === undefined) throw new Error(`publish: no playbook ${id}`);
      const version = (last?.version ?? 0) + 1;
      tx.insert(playbookVersions).values({ playbookId: id, version, document, publishedAt: now, acknowledged: acknowledged ?? null }).run();
      tx.update(playbooks).set({ publishedVersion: version, status: 'live', updatedAt: now }).where(eq(playbooks.id, id)).run();
      return version;
    });
  }

  async setStatus(id: string, status: PlaybookStatus, now: number): Promise<boolean> {
    return this.db.update(playbooks).set({ status, updatedAt: now }).where(eq(playbooks.id, id)).run().changes === 1;
  }

  async remove(id: string): Promise<boolean> {
    return this.db.transaction((tx) => {
      tx.delete(playbookVersions).where(eq(playbookVersions.playbookId, id)).run();
      return tx.delete(playbooks).where(eq(playbooks.id, id)).run().changes === 1;
    });
  }

  async version(id: string, version: number): Promise<PlaybookVersionRecord | undefined> {
    return this.db
      .select()
      .from(playbookVersions)
      .where(and(eq(playbookVersions.playbookId, id), eq(playbookVersions.version, version)))
      .get();
  }

  async versions(id: string): Promise<Omit<PlaybookVersionRecord, 'document'>[]> {
    return this.db
      .select({ playbookId: playbookVersions.playbookId, version: playbookVersions.version, publishedAt: playbookVersions.publishedAt, acknowledged: playbookVersions.acknowledged })
      .from(playbookVersions)
      .where(eq(playbookVersions.playbookId, id))
      .orderBy(desc(playbookVersions.version))
      .all();
  }

  /** The published versions of every live playbook: what the runtime runs new entries on. */
  async live(): Promise<PlaybookVersionRecord[]> {
    const rows = this.db
      .select({ id: playbooks.id, version: playbooks.publishedVersion })
      .from(playbooks)
      .where(eq(playbooks.status, 'live'))
      .all();
    if (rows.length === 0) return [];
    const all = this.db.select().from(playbookVersions).where(inArray(playbookVersions.playbookId, rows.map((r) => r.id))).all();
    return all.filter((v) => rows.some((r) => r.id === v.playbookId && r.version === v.version));
  }
}
