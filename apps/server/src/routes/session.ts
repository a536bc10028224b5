import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { hashPassword, passwordProblem, verifyPassword, type Store } from '@stayflow/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../plugins/actor.ts';
import { HttpError, invalidInput } from '../plugins/errors.ts';
import { DEFAULT_SESSION_IDLE_MINUTES, newToken, SESSION_COOKIE, SESSION_LIFETIME_MS, sessionIdOf } from '../services/sessionPolicy.ts';
import { SIGN_IN_LIMIT, SignInLimiter } from '../services/SignInLimiter.ts';
import { readWorkspaceSettings } from '../services/workspaceSettings.ts';
import { answers, errorAnswer, NoContent, openAnswers } from './common.ts';
import { PasswordBody, personAnswer, SessionState, SignedIn, SignInBody , problem } from './teamAnswers.ts';

export interface SessionRouteOptions {
  store: Pick<Store, 'people' | 'sessions' | 'settings'>;
  /** Wall-clock milliseconds. */
  now?: () => number;
  limiter?: SignInLimiter;
  /** How long an unused session lasts (STAYFLOW_SESSION_IDLE_MINUTES): sessions past it are deleted at each sign-in. */
  sessionIdleMs?: number;
}

const WRONG_SIGN_IN = 'The email or password is not right.';

/** Checked against when the email is unknown, so an unknown email takes as long as a wrong password. */
let decoy: Promise<string> | undefined;

/** Signing in and out, and one's own password (server README, "Accounts and sign-in"). */
export const sessionRoutes: FastifyPluginAsyncTypebox<SessionRouteOptions> = async (app, options) => {
  const { store } = options;
  const now = options.now ?? Date.now;
  const limiter = options.limiter ?? new SignInLimiter();
  const idleMs = options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MINUTES * 60_000;

  /** 429 while this address or email is over its failed sign-ins. */
  function refuseIfLimited(request: FastifyRequest, reply: FastifyReply, email: string): void {
    const wait = limiter.waitMs(request.ip, email, now());
    if (wait <= 0) return;
    const seconds = Math.max(1, Math.ceil(wait / 1000));
    reply.header('retry-after', String(seconds));
    throw new HttpError(
      429,
      'too_many_requests',
      `Too many failed sign-ins from this address or for this email (${SIGN_IN_LIMIT.attempts} within ${SIGN_IN_LIMIT.windowMs / 60_000} minutes); try again in ${seconds} s.`,
    );
  }

  app.get(
    '/api/session',
    { schema: { tags: ['team'], operationId: 'getSession', summary: 'Who is asking: local mode, a signed-in person, a key, or no one', security: [], response: openAnswers({ 200: SessionState }) } },
    async (request) => {
      const actor = request.actor as typeof request.actor | null;
      const { four_eyes } = await readWorkspaceSettings(store);
      if (!actor) return { mode: 'signed_out' as const, person: null, role: null, csrf_token: null, four_eyes };
      if (actor.kind === 'local') return { mode: 'local' as const, person: null, role: actor.role, csrf_token: null, four_eyes };
      if (actor.kind === 'key') return { mode: 'key' as const, person: null, role: actor.role, csrf_token: null, four_eyes };
      const person = await store.people.get(actor.id!);
      return { mode: 'signed_in' as const, person: person ? personAnswer(person) : null, role: actor.role, csrf_token: request.authSession?.csrfToken ?? null, four_eyes };
    },
  );

  app.post(
    '/api/session',
    {
      schema: {
        tags: ['team'],
        operationId: 'signIn',
        summary: 'Sign in with email and password; sets the session cookie',
        security: [],
        body: SignInBody,
        response: openAnswers({
          200: SignedIn,
          401: errorAnswer('The email or password is not right, or the account is disabled (`unauthorized`).'),
          413: errorAnswer('The body is over the 10 MB limit (`payload_too_large`).'),
          415: errorAnswer('The body is not sent as application/json (`unsupported_media_type`).'),
          429: errorAnswer(`Too many failed sign-ins from this address or for this email (${SIGN_IN_LIMIT.attempts} within ${SIGN_IN_LIMIT.windowMs / 60_000} minutes); wait for Retry-After seconds (\`too_many_requests\`).`),
        }),
      },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      refuseIfLimited(request, reply, email);
      const person = await store.people.findByEmail(email);
      const right = await verifyPassword(request.body.password, person?.passwordHash ?? (await (decoy ??= hashPassword(newToken()))));
      if (!person || !right) {
        limiter.recordFailure(request.ip, email, now());
        throw new HttpError(401, 'unauthorized', WRONG_SIGN_IN);
      }
      if (person.disabled) throw new HttpError(401, 'unauthorized', 'This account is disabled; ask an admin to enable it.');
      // A new session id on every sign-in, and the one the browser came with (if any) ends: a session id planted before sign-in is worth nothing.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await store.sessions.remove(sessionIdOf(previous));
      const token = newToken();
      const at = now();
      const session = { id: sessionIdOf(token), personId: person.id, createdAt: at, lastSeenAt: at, csrfToken: newToken() };
      await store.sessions.add(session);
      // Sessions nobody came back to are deleted here, so abandoned ones do not pile up.
      await store.sessions.removeExpired(at - idleMs, at - SESSION_LIFETIME_MS);
      const signedIn = (await store.people.update(person.id, { lastSignInAt: at })) ?? person;
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https', maxAge: SESSION_LIFETIME_MS / 1000 });
      // The audit trail records the sign-in as the person's.
      request.actor = { kind: 'person', id: person.id, name: person.email, role: person.role as Role };
      request.authSession = session;
      return { person: personAnswer(signedIn), csrf_token: session.csrfToken };
    },
  );

  app.delete(
    '/api/session',
    { schema: { tags: ['team'], operationId: 'signOut', summary: 'Sign out: the session ends and its cookie is cleared', response: answers({ 204: NoContent('Signed out.') }) } },
    async (request, reply) => {
      if (request.authSession) await store.sessions.remove(request.authSession.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/session/password',
    {
      schema: {
        tags: ['team'],
        operationId: 'changePassword',
        summary: 'Change your password; your other sessions end',
        body: PasswordBody,
        response: answers({ 204: NoContent('Changed; every other session of yours has ended.') }, 'body', 409),
      },
    },
    async (request, reply) => {
      const session = request.authSession;
      if (request.actor.kind !== 'person' || !session) {
        throw new HttpError(409, 'conflict', 'Only a person signed in with a session has a password to change; API keys and local mode have none.');
      }
      const person = await store.people.get(session.personId);
      if (!person) throw new HttpError(401, 'unauthorized', 'This account was removed; ask an admin.');
      refuseIfLimited(request, reply, person.email);
      if (!(await verifyPassword(request.body.current_password, person.passwordHash))) {
        limiter.recordFailure(request.ip, person.email, now());
        throw invalidInput('validation_failed', [problem('password.wrong', 'This is not your current password.', '$.current_password')]);
      }
      const weak = passwordProblem(request.body.new_password);
      if (weak) throw invalidInput('validation_failed', [problem('password.weak', weak, '$.new_password')]);
      const at = now();
      await store.people.update(person.id, { passwordHash: await hashPassword(request.body.new_password), passwordChangedAt: at });
      await store.sessions.removeForPerson(person.id, session.id);
      return reply.status(204).send();
    },
  );
};
