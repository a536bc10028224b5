import { toJsonPath } from '@stayflow/playbook';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from './errors.ts';
import { tooDeepPlace } from './tooDeepPlace.ts';

/**
 * The deepest JSON any body may nest (objects and lists). A playbook's deepest part is a
 * condition at JSON Logic's own limit of 32 levels (up to 64 JSON levels, each operation an
 * object holding a list) under `$.nodes[i].cases[j].if` (5 more): 128 leaves room for that and
 * keeps every recursive walk over a body (validation, storage, serialising) far from the stack's end.
 */
export const MAX_JSON_DEPTH = 128;

/**
 * The one JSON body parser: Fastify's own (which refuses `__proto__` tricks), behind a check of
 * the body's nesting that reads the text without recursion. Every route's body passes here, so no
 * route needs its own depth check.
 */
export const jsonBodyPlugin = fp(async (app: FastifyInstance) => {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    const place = tooDeepPlace(text, MAX_JSON_DEPTH);
    if (place === null) return parseJson(request, text, done);
    const path = cut(toJsonPath(place));
    const message = `The body nests objects and lists more than ${MAX_JSON_DEPTH} levels deep (at ${path}); flatten it.`;
    done(new HttpError(400, 'too_deep', message, [{ code: 'json.too_deep', message, path }]), undefined);
  });
});

const PATH_CHARACTERS = 600;
const cut = (path: string) => (path.length <= PATH_CHARACTERS ? path : `${path.slice(0, PATH_CHARACTERS)}…`);
