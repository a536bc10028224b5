import { describe, expect, it } from 'vitest';
import { csvExportFileName } from './exportCsv.ts';

describe('csvExportFileName', () => {
  it('names the file after what it holds, with characters no file system accepts replaced', () => {
    expect(csvExportFileName({ kind: 'customers' })).toBe('customers.csv');
    expect(csvExportFileName({ kind: 'customers', q: 'a/b?' })).toBe('customers-a_b_.csv');
    expect(csvExportFileName({ kind: 'segment', segment: 'at_risk' })).toBe('segment-at_risk.csv');
    expect(csvExportFileName({ kind: 'results', playbook: 'win-back' })).toBe('results-win-back.csv');
    expect(csvExportFileName({ kind: 'tasks', status: 'open' })).toBe('tasks-open.csv');
  });
});
