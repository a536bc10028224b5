import type { ApprovalActor } from '../../api/types.ts';

/** Who asked or decided, as a name. */
export function actorName(actor: ApprovalActor | null | undefined): string {
  return actor ? actor.name : '—';
}

/** Whether this actor is the signed-in person (by id, else by email). */
export function isSameActor(actor: ApprovalActor | null | undefined, person: { id: string; email: string } | null): boolean {
  if (!actor || !person) return false;
  if (actor.id) return actor.id === person.id;
  return actor.name.toLowerCase() === person.email.toLowerCase();
}
