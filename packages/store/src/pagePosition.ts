import { and, eq, lt, or, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PagePosition } from './Store.ts';

/**
 * The keyset condition of a list ordered newest first by (time, id): rows strictly before
 * `position`. Both stores use it, so a page ends and the next begins at the same row on both.
 */
export const olderThan = (at: AnyColumn, id: AnyColumn, position: PagePosition): SQL =>
  or(lt(at, position.at), and(eq(at, position.at), lt(id, position.id)))!;
