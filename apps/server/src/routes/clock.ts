import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addDuration } from '@stayflow/engine';
import Type from 'typebox';
import { HttpError } from '../plugins/errors.ts';
import { quoteInput } from '../plugins/quoteInput.ts';
import type { ManualClock } from '../runtime/Clock.ts';
import type { Runtime } from '../runtime/Runtime.ts';
import { ClockMoved, ClockNow } from './answerSchemas.ts';
import { answers, iso, parseForwardDuration, parseInstant } from './common.ts';

/** The testing clock's routes; registered only with STAYFLOW_CLOCK=manual. */
export const clockRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime; clock: ManualClock; afterMove?: () => Promise<void> }> = async (app, { runtime, clock, afterMove }) => {
  app.get('/api/clock', { schema: { tags: ['clock'], operationId: 'getClock', summary: 'The testing clock', response: answers({ 200: ClockNow }) } }, async () => ({ now: iso(clock.now()) }));

  app.post(
    '/api/clock/advance',
    {
      schema: {
        tags: ['clock'],
        operationId: 'advanceClock',
        summary: 'Move the testing clock forward, firing every timer and sweep on the way, in time order, and answer once every background job is done',
        body: Type.Object(
          { by: Type.Optional(Type.String({ description: 'ISO 8601 duration, e.g. P3D' })), to: Type.Optional(Type.String({ description: 'ISO 8601 time' })) },
          { additionalProperties: false },
        ),
        response: answers({ 200: ClockMoved }, 'body'),
      },
    },
    async (request) => {
      const { by, to } = request.body;
      if ((by === undefined) === (to === undefined)) throw new HttpError(400, 'bad_request', 'Give exactly one of "by" (a duration such as P3D) and "to" (a time such as 2026-03-01T09:00:00Z).');
      let target: number;
      if (by !== undefined) {
        const duration = parseForwardDuration(by);
        if (duration === null) throw new HttpError(400, 'bad_request', `"by" must be an ISO 8601 duration such as P3D or PT2H, not ${quoteInput(by)}.`);
        target = addDuration(clock.now(), duration, 'UTC');
      } else {
        const parsed = parseInstant(to);
        if (parsed === undefined || Number.isNaN(parsed)) throw new HttpError(400, 'bad_request', `"to" must be an ISO 8601 time, not ${quoteInput(to)}.`);
        target = parsed;
      }
      if (target < clock.now()) throw new HttpError(400, 'bad_request', `The testing clock only moves forward; it is already at ${iso(clock.now())}.`);
      const fired = await runtime.fireDue(target, (at) => clock.set(Math.max(at, clock.now())));
      await clock.set(target);
      await afterMove?.();
      // Every job the move started, or that was under way, is done before the answer.
      await runtime.jobs.idle();
      return { now: iso(clock.now()), fired };
    },
  );
};
