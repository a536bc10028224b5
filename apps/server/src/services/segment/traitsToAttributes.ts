import { readIsoDate } from '@stayflow/logic';
import { toSnakeCase } from './toSnakeCase.ts';

/**
 * Segment's reserved identify traits whose Stayflow attribute is not simply their name in
 * snake case, or whose value is written differently. `id` is the userId itself, already the
 * customer's id: it is not stored twice.
 */
const DROPPED_TRAITS = new Set(['id']);

/**
 * An identify call's traits as customer attributes (README, "Segment, RudderStack, Jitsu"):
 * every trait under its name in snake case (`firstName` → `first_name`, `createdAt` →
 * `created_at`); `email`, `phone` and `name` as the channels and templates read them (`name`
 * made of `firstName` and `lastName` when only those are given); `birthday` as the calendar
 * date it names (`1990-05-17`), since a Date sent through Segment arrives as midnight UTC and,
 * read as an instant, would fall on the day before west of Greenwich. `context.timezone` (set
 * by Segment's browser and mobile libraries) becomes `timezone`, which Stayflow reads times of
 * day in, unless a trait says otherwise.
 */
export function traitsToAttributes(traits: Readonly<Record<string, unknown>>, context?: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [trait, value] of Object.entries(traits)) {
    if (DROPPED_TRAITS.has(trait)) continue;
    const name = toSnakeCase(trait);
    if (name === '') continue;
    attributes[name] = name === 'birthday' ? calendarDate(value) : typeof value === 'string' && (name === 'email' || name === 'phone') ? value.trim() : value;
  }
  if (attributes.name === undefined) {
    const full = [attributes.first_name, attributes.last_name].filter((part) => typeof part === 'string' && part.trim() !== '').join(' ');
    if (full !== '') attributes.name = full;
  }
  if (attributes.timezone === undefined && typeof context?.timezone === 'string' && context.timezone !== '') attributes.timezone = context.timezone;
  return attributes;
}

/** A group call: the group's id as `group_id` and each of its traits as `group_` + its name in snake case. */
export function groupTraitsToAttributes(groupId: string, traits: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const attributes: Record<string, unknown> = { group_id: groupId };
  for (const [trait, value] of Object.entries(traits)) {
    if (DROPPED_TRAITS.has(trait)) continue;
    const name = toSnakeCase(trait);
    if (name !== '') attributes[`group_${name}`] = value;
  }
  return attributes;
}

/** `1990-05-17T00:00:00.000Z` → `1990-05-17`: the date as written; anything not a readable date is kept as sent. */
function calendarDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const parts = readIsoDate(value.trim());
  if (parts === null) return value;
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}
