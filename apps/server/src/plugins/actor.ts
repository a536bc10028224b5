/** What a person or a key may do (docs/spec/api-v1.md, "Roles"). `ingest` writes customers and events only; the others are ordered viewer < editor < admin. */
export const ROLES = ['ingest', 'viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking: a signed-in person, an API key, or — in local mode (bound to loopback with
 * no person created) — the local operator, who is an admin. Set by the auth plugin on every
 * request before any handler runs; the audit trail records it.
 */
export interface Actor {
  kind: 'person' | 'key' | 'local';
  /** The person's or key's id; null for the local operator. */
  id: string | null;
  /** The person's email, the key's name, or "local". */
  name: string;
  role: Role;
}

export const LOCAL_ACTOR: Actor = Object.freeze({ kind: 'local', id: null, name: 'local', role: 'admin' });

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}
