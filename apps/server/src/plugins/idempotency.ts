import type { Store } from '@stayflow/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createHash } from 'node:crypto';
import { IDEMPOTENCY_KEPT_MS } from '../runtime/Pruner.ts';
import { canonicalJson } from '../services/documentHash.ts';
import { HttpError } from './errors.ts';

/** The header, as Stripe and the IETF draft name it. */
const HEADER = 'idempotency-key';
/** A key: 1–255 visible ASCII characters (a UUID is the usual choice). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

declare module 'fastify' {
  interface FastifyRequest {
    /** The stored key this request claimed, when it came with an `Idempotency-Key`. */
    idempotencyClaim?: string;
  }
}

export interface IdempotencyOptions {
  store: Store;
  /** The runtime clock: keys expire `IDEMPOTENCY_KEPT_MS` after their first use. */
  now: () => number;
}

/**
 * `Idempotency-Key` on every write that takes a body (POST and PUT; server README, "Retrying
 * writes"): the first request with a key claims it (a row inserted before the handler runs, so
 * of concurrent requests with the key exactly one runs) and its answer is stored; a retry with
 * the same key and the same request gets that answer again (`Idempotent-Replayed: true`). The
 * same key with a different request is refused 422 `idempotency_key_reused`; while the first is
 * still running, 409 `idempotency_key_in_use`. An answer of 500 or more is not kept (the key is
 * freed: a retry runs again). Keys are per caller (person or API key) and kept 24 hours.
 */
export const idempotencyPlugin = fp<IdempotencyOptions>(
  async (app, options) => {
    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      const header = request.headers[HEADER];
      if (header === undefined || (request.method !== 'POST' && request.method !== 'PUT')) return;
      // Only operations that document the header's answers take it (those with a body: routes/common.ts, `answers`).
      const responses = request.routeOptions.schema?.response as Record<string, unknown> | undefined;
      if (responses?.[422] === undefined) return;
      const text = Array.isArray(header) ? header.join(',') : header;
      if (!KEY_PATTERN.test(text)) {
        throw new HttpError(400, 'validation_failed', 'The Idempotency-Key header must be 1 to 255 visible ASCII characters, such as a UUID.', [
          { code: 'header.bad_idempotency_key', message: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.', path: '$.idempotency-key' },
        ]);
      }
      const actor = request.actor;
      const key = `${actor?.kind ?? 'local'}:${actor?.id ?? ''}:${text}`;
      const requestHash = createHash('sha256').update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`).digest('hex');
      const now = options.now();
      const claim = await options.store.idempotency.claim(key, requestHash, now, now - IDEMPOTENCY_KEPT_MS);
      if (claim.claimed) {
        request.idempotencyClaim = key;
        return;
      }
      const { record } = claim;
      if (record.requestHash !== requestHash) {
        throw new HttpError(422, 'idempotency_key_reused', `The Idempotency-Key "${text}" was used for a different request (another route or body) in the last 24 hours; send a new key with a new request.`);
      }
      if (record.status === null) {
        throw new HttpError(409, 'idempotency_key_in_use', `The first request with Idempotency-Key "${text}" is still being handled; retry in a moment to get its answer.`);
      }
      reply.code(record.status).header('idempotent-replayed', 'true');
      if (record.body === null) return reply.send();
      return reply.type('application/json; charset=utf-8').send(record.body);
    });

    app.addHook('onSend', async (request, reply, payload) => {
      const key = request.idempotencyClaim;
      if (key === undefined) return payload;
      request.idempotencyClaim = undefined;
      if (reply.statusCode >= 500) await options.store.idempotency.release(key);
      else await options.store.idempotency.complete(key, reply.statusCode, typeof payload === 'string' ? payload : payload === null || payload === undefined ? null : String(payload));
      return payload;
    });
  },
  { name: 'idempotency' },
);
