import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { describeSchemaErrors } from './describeSchemaErrors.ts';

/** The one shape every error answer has (api-v1): `{ error: { code, message } }`, plus `errors` for validation. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly errors?: unknown[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} does not exist.`);

/** A 400 that lists every problem in `errors`; its message is the first problem's, with how many more there are. */
export function invalidInput(code: string, problems: readonly { message: string }[]): HttpError {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new HttpError(400, code, `${problems[0]?.message ?? 'The request is not valid.'}${more}`, [...problems]);
}

/** The longest path segment the router reads: a 200-character id, each character up to 4 bytes, each byte escaped as %XX. */
export const MAX_PARAM_LENGTH = 200 * 4 * 3;
/** The longest URL (path and query) the API reads; a longer one is answered 414. */
export const MAX_URL_LENGTH = 8192;
/** After refusing an oversized body, how much more of it is read (and dropped) so the client can read the 413, and for how long. */
const DRAIN_BYTES = 100 * 1_048_576;
const DRAIN_MS = 30_000;

export interface ErrorsPluginOptions {
  /** The app's body limit in bytes, for the message of a refused body. */
  bodyLimit: number;
}

const megabytes = (bytes: number) => `${Number((bytes / 1_048_576).toFixed(1))} MB`;

interface Answer {
  status: number;
  code: string;
  message: string;
  errors?: unknown[];
}

const uriTooLong = (message: string): Answer => ({ status: 414, code: 'uri_too_long', message });
const urlOverLimit = (length: number | undefined) =>
  uriTooLong(`The URL is ${length === undefined ? 'too long' : `${length.toLocaleString('en')} characters long`}; the limit is ${MAX_URL_LENGTH.toLocaleString('en')} characters.`);

/** Fastify's own errors, each with the API's code and a sentence that never repeats the request. */
const fastifyAnswers = (options: ErrorsPluginOptions): Record<string, Answer> => ({
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the body as JSON, with "Content-Type: application/json".' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the body as JSON, with "Content-Type: application/json".' },
  FST_ERR_CTP_EMPTY_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the body as JSON, with "Content-Type: application/json".' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad_request', message: 'The body is empty; send a JSON document.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: `The body is larger than the ${megabytes(options.bodyLimit)} limit; send it in smaller batches.` },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'The Content-Length header does not match the body.' },
  FST_ERR_BAD_URL: { status: 400, code: 'bad_url', message: 'The URL has a malformed percent-escape (such as "%E0%A4%A"); encode each byte of a non-ASCII character as %XX.' },
  FST_ERR_MAX_PARAM_LENGTH: uriTooLong('A part of the URL is too long: ids are 1–200 characters.'),
});

/** For any other 4xx from Fastify or a plugin: a code by status. */
const CODES_BY_STATUS: Record<number, string> = { 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 408: 'request_timeout', 413: 'payload_too_large', 414: 'uri_too_long', 415: 'unsupported_media_type', 429: 'too_many_requests', 431: 'headers_too_large' };

const INTERNAL: Answer = { status: 500, code: 'internal', message: 'Something went wrong on our side; it has been logged.' };

function answerFor(error: FastifyError, fastifyErrors: Record<string, Answer>): Answer {
  if (error instanceof HttpError) return { status: error.statusCode, code: error.code, message: error.message, ...(error.errors ? { errors: error.errors } : {}) };
  if (error.validation) {
    const problems = describeSchemaErrors(error.validation, error.validationContext);
    const invalid = invalidInput('validation_failed', problems);
    // An id in the address longer than its limit: the spec's 414, with the same list of problems.
    if (error.validationContext === 'params' && problems.some((p) => p.code === 'schema.maxLength')) {
      return { ...uriTooLong(invalid.message), errors: problems };
    }
    return { status: 400, code: invalid.code, message: invalid.message, errors: problems };
  }
  const known = error.code ? fastifyErrors[error.code] : undefined;
  if (known) return known;
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON') return { status: 400, code: 'malformed_json', message: 'The body is not valid JSON.' };
  const status = error.statusCode;
  // The file server refusing a path outside the web app (`/..%2f..`): its own message says only "Forbidden".
  if (status === 403) return { status, code: 'forbidden', message: 'This path may not be read.' };
  if (status !== undefined && status >= 400 && status < 500) {
    return { status, code: CODES_BY_STATUS[status] ?? 'bad_request', message: `${STATUS_CODES[status] ?? 'Bad request'}: ${cut(error.message, 200)}` };
  }
  return INTERNAL;
}

const cut = (text: string, length: number) => (text.length <= length ? text : `${text.slice(0, length)}…`);

const bodyOf = (answer: Answer) => ({ error: { code: answer.code, message: answer.message }, ...(answer.errors ? { errors: answer.errors } : {}) });

/**
 * Reads the rest of a refused body and drops it, resolving once it has ended (or after 100 MB
 * more, or 30 s). The 413 is sent then, and the connection closed: closing while the client is
 * still sending would reset the connection, and most clients then report the reset and lose the 413.
 */
function drainRefusedBody(request: IncomingMessage): Promise<void> {
  if (request.complete || request.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let drained = 0;
    const done = () => {
      clearTimeout(timer);
      request.off('data', count);
      resolve();
    };
    const count = (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_BYTES) done();
    };
    const timer = setTimeout(done, DRAIN_MS);
    request.on('data', count);
    request.once('end', done);
    request.once('close', done);
    request.once('error', done);
    request.resume();
  });
}

/** Fastify's `frameworkErrors`: a bad URL or an over-long path parameter, answered before any route runs. */
export function createFrameworkErrorHandler(options: ErrorsPluginOptions) {
  const fastifyErrors = fastifyAnswers(options);
  return (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
    const answer = answerFor(error, fastifyErrors);
    void reply.status(answer.status).send(bodyOf(answer));
  };
}

/**
 * Node's `clientError`: a request that is not HTTP at all, or whose request line and headers are
 * over Node's 16 KB, answered in the API's shape before the socket closes.
 */
export function clientErrorHandler(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let answer: Answer = { status: 400, code: 'bad_request', message: 'The request is not valid HTTP.' };
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') answer = { status: 408, code: 'request_timeout', message: 'The request took too long to arrive.' };
  else if (error.code === 'HPE_HEADER_OVERFLOW') {
    const packet = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '';
    const lineEnd = packet.indexOf('\r\n');
    // The overflow is the URL itself when the request line never ends within the packet, or ends past the URL limit.
    answer = /^[A-Z]+ \//.test(packet) && (lineEnd === -1 || lineEnd > MAX_URL_LENGTH) ? urlOverLimit(undefined) : { status: 431, code: 'headers_too_large', message: 'The request headers are larger than 16 KB.' };
  }
  if (!socket.writable) return void socket.destroy();
  const body = JSON.stringify(bodyOf(answer));
  socket.end(`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** A route pattern (`/api/customers/:id`, `/api/docs/*`) as a test on a request's path. */
function patternOf(url: string): RegExp {
  const parts = url.split('/').map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('/')}/?$`);
}

/** One error handler for the whole API: 4xx JSON for bad input, never a stack trace; 404 and 405 for unknown routes. */
export const errorsPlugin = fp(async (app: FastifyInstance, options: ErrorsPluginOptions) => {
  const fastifyErrors = fastifyAnswers(options);
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    let answer = answerFor(error, fastifyErrors);
    if (answer === INTERNAL) request.log.error({ err: error }, 'unexpected error');
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // A route with a smaller body limit than the app's (Segment ingestion) says its own in `config.bodyTooLargeMessage`.
      const own = (request.routeOptions.config as { bodyTooLargeMessage?: unknown } | undefined)?.bodyTooLargeMessage;
      if (typeof own === 'string') answer = { ...answer, message: own };
      await drainRefusedBody(request.raw);
      reply.header('connection', 'close');
    }
    return reply.status(answer.status).send(bodyOf(answer));
  });

  // Every route's methods by its pattern, for 405 and its Allow header.
  const routes: { pattern: RegExp; methods: Set<string> }[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    let entry = routes.find((r) => r.pattern.source === patternOf(route.url).source);
    if (!entry) routes.push((entry = { pattern: patternOf(route.url), methods: new Set() }));
    for (const method of methods) entry.methods.add(method);
    if (entry.methods.has('GET')) entry.methods.add('HEAD');
  });

  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.length > MAX_URL_LENGTH) throw new HttpError(414, 'uri_too_long', urlOverLimit(request.url.length).message);
    if (closing) {
      reply.header('connection', 'close');
      throw new HttpError(503, 'shutting_down', 'The server is shutting down; retry in a moment.');
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    // Outside the API, a path is one of the web app's own routes: it gets the app's page.
    if (request.method === 'GET' && !path.startsWith('/api/') && typeof reply.sendFile === 'function' && !/\.[a-z0-9]+$/i.test(path)) return reply.sendFile('index.html');
    const allowed = new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => [...r.methods]));
    // The path has a route for this method, yet the router passed it over: a segment was longer than it reads.
    if (allowed.has(request.method) && path.split('/').some((segment) => segment.length > MAX_PARAM_LENGTH)) return reply.status(414).send(bodyOf(fastifyErrors.FST_ERR_MAX_PARAM_LENGTH!));
    if (allowed.size > 0 && !allowed.has(request.method)) {
      const allow = [...allowed].sort().join(', ');
      return reply.status(405).header('allow', allow).send({ error: { code: 'method_not_allowed', message: `${request.method} is not allowed here; this path takes ${allow}.` } });
    }
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${cut(path, 200)}.` } });
  });
});
