import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
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

export interface ErrorsPluginOptions {
  /** The app's body limit in bytes, for the message of a refused body. */
  bodyLimit: number;
}

const megabytes = (bytes: number) => `${Number((bytes / 1_048_576).toFixed(1))} MB`;

const fastifyAnswers = (options: ErrorsPluginOptions): Record<string, { status: number; code: string; message: string }> => ({
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the body as JSON, with "Content-Type: application/json".' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad_request', message: 'The body is empty; send a JSON document.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: `The body is larger than the ${megabytes(options.bodyLimit)} limit; send it in smaller batches.` },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'The Content-Length header does not match the body.' },
});

const answerOf = (error: HttpError) => ({ error: { code: error.code, message: error.message }, ...(error.errors ? { errors: error.errors } : {}) });

/** One error handler for the whole API: 4xx JSON for bad input, never a stack trace. */
export const errorsPlugin = fp(async (app: FastifyInstance, options: ErrorsPluginOptions) => {
  const fastifyErrors = fastifyAnswers(options);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return reply.status(error.statusCode).send(answerOf(error));
    if (error.validation) return reply.status(400).send(answerOf(invalidInput('validation_failed', describeSchemaErrors(error.validation, error.validationContext))));
    const known = error.code ? fastifyErrors[error.code] : undefined;
    if (known) return reply.status(known.status).send({ error: { code: known.code, message: known.message } });
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON') {
      return reply.status(400).send({ error: { code: 'malformed_json', message: `The body is not valid JSON: ${error.message}` } });
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: 'bad_request', message: error.message } });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' } });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    // Outside the API, a path is one of the web app's own routes: it gets the app's page.
    if (request.method === 'GET' && !path.startsWith('/api/') && typeof reply.sendFile === 'function' && !/\.[a-z0-9]+$/i.test(path)) return reply.sendFile('index.html');
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${path}.` } });
  });
});
