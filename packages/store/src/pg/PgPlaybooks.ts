import { and, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { playbooks, playbookVersions } from '../schema-pg/index.ts';
import type { PlaybookListRecord, PlaybookRecord, PlaybookRepository, PlaybookStatus, PlaybookVersionRecord } from '../Store.ts';
import type { PgDb } from './openPg.ts';

export class PgPlaybooks implements PlaybookRepository {
  constructor(private readonly db: PgDb) {}

  async get(id: string): Promise<PlaybookRecord | undefined> {
    const [row] = await this.db.select().from(playbooks).where(eq(playbooks.id, id));
    return row;
  }

  async list(): Promise<PlaybookListRecord[]> {
    return this.db
      .select({ ...getTableColumns(playbooks), publishedAt: playbookVersions.publishedAt })
      .from(playbooks)
      .leftJoin(playbookVersions, and(eq(playbookVersions.playbookId, playbooks.id), eq(playbookVersions.version, playbooks.publishedVersion)))
      .orderBy(desc(playbooks.updatedAt));
  }

  async create(id: string, draft: unknown, now: number): Promise<'created' | 'exists'> {
    const result = await this.db.insert(playbooks).values({ id, draft, status: 'draft', publishedVersion: null, createdAt: now, updatedAt: now }).onConflictDoNothing();
    return result.rowCount === 1 ? 'created' : 'exists';
  }

  async saveDraft(id: string, draft: unknown, now: number): Promise<boolean> {
    return (await this.db.update(playbooks).set({ draft, updatedAt: now }).where(eq(playbooks.id, id))).rowCount === 1;
  }

  /** The playbook's row is locked while the next version number is taken, so two processes publishing at once get two versions. */
  async publish(id: string, document: unknown, now: number, acknowledged: unknown = null): Promise<number> {
    return this.db.transaction(async (tx) => {
      const [current] = await tx.select({ version: playbooks.publishedVersion }).from(playbooks).where(eq(playbooks.id, id)).for('update');
      if (current === undefined) throw new Error(`publish: no playbook ${id}`);
      const [last] = await tx
        .select({ version: playbookVersions.version })
        .from(playbookVersions)
        .where(eq(playbookVersions.playbookId, id))
        .orderBy(desc(playbookVersions.version))
        .limit(1);
      const version = (last?.version ?? 0) + 1;
      await tx.insert(playbookVersions).values({ playbookId: id, version, document, publishedAt: now, acknowledged: acknowledged ?? null });
      await tx.update(playbooks).set({ publishedVersion: version, status: 'live', updatedAt: now }).where(eq(playbooks.id, id));
      return version;
    });
  }

  async setStatus(id: string, status: PlaybookStatus, now: number): Promise<boolean> {
    return (await this.db.update(playbooks).set({ status, updatedAt: now }).where(eq(playbooks.id, id))).rowCount === 1;
  }

  async remove(id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.delete(playbookVersions).where(eq(playbookVersions.playbookId, id));
      return (await tx.delete(playbooks).where(eq(playbooks.id, id))).rowCount === 1;
    });
  }

  async version(id: string, version: number): Promise<PlaybookVersionRecord | undefined> {
    const [row] = await this.db
      .select()
      .from(playbookVersions)
      .where(and(eq(playbookVersions.playbookId, id), eq(playbookVersions.version, version)));
    return row;
  }

  async versions(id: string): Promise<Omit<PlaybookVersionRecord, 'document'>[]> {
    return this.db
      .select({ playbookId: playbookVersions.playbookId, version: playbookVersions.version, publishedAt: playbookVersions.publishedAt, acknowledged: playbookVersions.acknowledged })
      .from(playbookVersions)
      .where(eq(playbookVersions.playbookId, id))
      .orderBy(desc(playbookVersions.version));
  }

  async live(): Promise<PlaybookVersionRecord[]> {
    const rows = await this.db.select({ id: playbooks.id, version: playbooks.publishedVersion }).from(playbooks).where(eq(playbooks.status, 'live'));
    if (rows.length === 0) return [];
    const all = await this.db.select().from(playbookVersions).where(inArray(playbookVersions.playbookId, rows.map((r) => r.id)));
    return all.filter((v) => rows.some((r) => r.id === v.playbookId && r.version === v.version));
  }
}
