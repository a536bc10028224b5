import { describe, expect, it } from 'vitest';
import { templateOf } from './templateOf.ts';

const templates = new Set(['churn-early-warning', 'win-back']);

describe('templateOf', () => {
  it('reads meta.template first', () => {
    expect(templateOf({ id: 'my-own', meta: { template: 'win-back' } }, templates)).toBe('win-back');
  });
  it('knows a template published under its own id, or with the editor\'s numbered suffix', () => {
    expect(templateOf({ id: 'churn-early-warning' }, templates)).toBe('churn-early-warning');
    expect(templateOf({ id: 'churn-early-warning-2' }, templates)).toBe('churn-early-warning');
  });
  it('finds none for another playbook or an unknown template', () => {
    expect(templateOf({ id: 'churn-early' }, templates)).toBeNull();
    expect(templateOf({ id: 'x', meta: { template: 'gone' } }, templates)).toBeNull();
    expect(templateOf('not a document', templates)).toBeNull();
  });
});
