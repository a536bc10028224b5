import type { Playbook } from '@stayflow/playbook';
import type { CustomerSummary, Segment } from '../../api/types.ts';
import type { EditorFields } from '../../editor/contract.ts';
import { STANDARD_EVENT_PROPERTIES, STANDARD_EVENT_TYPES } from '../../lib/vocabulary.ts';

// One collator for every sort: `localeCompare` builds one per call, which made this list the slowest part of opening a large playbook.
const collator = new Intl.Collator();
const sorted = (values: Iterable<string>) => [...new Set(values)].filter((v) => v !== '').sort(collator.compare);

/**
 * What the editor's pickers offer: attribute keys and tags seen on customers (and
 * in the playbook), the segments, the standard events and those the playbook uses.
 */
export function editorFields(customers: CustomerSummary[], segments: Segment[], doc: Playbook | null): EditorFields {
  const attributes = customers.flatMap((c) => Object.keys(c.attributes));
  const tags = customers.flatMap((c) => c.tags);
  const events: string[] = [];
  for (const node of doc?.nodes ?? []) {
    if (node.type === 'action' && (node.action === 'add_tag' || node.action === 'remove_tag')) tags.push(node.tag);
    if (node.type === 'action' && node.action === 'update_customer') attributes.push(...Object.keys(node.set));
    if (node.type === 'trigger' && node.on === 'event') events.push(node.event);
    if (node.type === 'trigger' && node.on === 'date') attributes.push(node.attribute);
    if (node.type === 'wait_event') events.push(node.event);
  }
  if (doc?.settings?.goal) events.push(doc.settings.goal.event);
  return {
    attributes: sorted(attributes),
    tags: sorted(tags),
    segments: sorted(segments.map((s) => s.name)),
    eventTypes: sorted([...STANDARD_EVENT_TYPES, ...events]),
    eventProperties: [...STANDARD_EVENT_PROPERTIES],
  };
}
