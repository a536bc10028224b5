import { describe, expect, it } from 'vitest';
import { auditFilterQuery } from './auditQuery.ts';

describe('the Audit page filters', () => {
  it('leave blanks out and trim what was typed', () => {
    expect(auditFilterQuery({ actor: '  ana@example.com ', objectType: '', objectId: ' ', action: 'playbook.publish', from: '', to: '' })).toEqual({ actor: 'ana@example.com', action: 'playbook.publish' });
  });

  it('send times as ISO instants and drop ones that are not times', () => {
    const query = auditFilterQuery({ actor: '', objectType: 'playbook', objectId: 'win-back', action: '', from: '2026-03-02T08:00', to: 'soon' });
    expect(query.object_type).toBe('playbook');
    expect(query.object_id).toBe('win-back');
    expect(query.from).toBe(new Date('2026-03-02T08:00').toISOString());
    expect(query.to).toBeUndefined();
  });
});
