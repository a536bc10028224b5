import type { ApprovalActor } from '../../api/types.ts';

/** Who asked or decided, as a name: servers send the actor as an object or as its name. */
export function actorName(actor: ApprovalActor | string | null | undefined): string {
  if (actor === null || actor === undefined) return '—';
  return typeof actor === 'string' ? actor : actor.name;
}

/** Whether this actor is the signed-in person (by id, else by email). */
export function isSameActor(actor: ApprovalActor | string | null | undefined, person: { id: string; email: string } | null): boolean {
  if (!actor || !person) return false;
  if (typeof actor === 'string') return actor.toLowerCase() === person.email.toLowerCase();
  if (actor.id) return actor.id === person.id;
  return actor.name.toLowerCase() === person.email.toLowerCase();
}
