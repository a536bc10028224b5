import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresBin, startPostgresCluster } from './postgresCluster.ts';

describe('the test PostgreSQL cluster', () => {
  it('fails with how to install PostgreSQL on a machine without it, never skipping', () => {
    const empty = mkdtempSync(join(tmpdir(), 'stayflow-nopg-'));
    expect(() => postgresBin({}, join(empty, 'postgresql'))).toThrow('apt-get install postgresql');
    expect(() => postgresBin({ STAYFLOW_PG_BIN: empty })).toThrow(`STAYFLOW_PG_BIN is ${empty}, which holds no initdb`);
  });

  it('takes the newest installed version, or STAYFLOW_PG_BIN', () => {
    const root = mkdtempSync(join(tmpdir(), 'stayflow-pgroot-'));
    for (const version of ['9', '15', '13']) {
      mkdirSync(join(root, version, 'bin'), { recursive: true });
      writeFileSync(join(root, version, 'bin', 'initdb'), '');
    }
    expect(postgresBin({}, root)).toBe(join(root, '15', 'bin'));
    expect(postgresBin({ STAYFLOW_PG_BIN: join(root, '13', 'bin') }, root)).toBe(join(root, '13', 'bin'));
  });

  it('starts a cluster that answers on its port, and stops it', async () => {
    const cluster = await startPostgresCluster();
    const client = new pg.Client({ connectionString: cluster.url() });
    await client.connect();
    expect((await client.query('SHOW lc_collate')).rows[0].lc_collate).toBe('C');
    await client.end();
    await cluster.stop();
    const after = new pg.Client({ connectionString: cluster.url(), connectionTimeoutMillis: 2000 });
    await expect(after.connect()).rejects.toThrow();
  }, 60_000);
});
