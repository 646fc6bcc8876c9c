import { redactPhones } from '@dvorik/domain';
import type { FastifyInstance } from 'fastify';
import type { DvorikRequest } from '../auth/authenticated-staff';

/** Bull Board (owner-only, its own session) shows job data as the queues hold it. */
const QUEUES_UI = '/admin/queues';

/**
 * The API's half of the phone policy (libs/domain clients/rules/phone-visibility.rule.ts):
 * every JSON answer to a staff member who may not see phones — lists, details, audit payloads,
 * whatever a future route returns — loses its `phone` values here, in one place. A root Fastify
 * `preSerialization` hook rather than a Nest interceptor: it sees every object a route sends (after
 * the guard has set `request.staff`), and costs the till's redeem no rxjs pipeline per request.
 * Tills (X-API-Key) and public routes carry no staff role and see no client phones either.
 */
export function redactPhonesInAnswers(fastify: FastifyInstance): void {
  fastify.addHook('preSerialization', (request: DvorikRequest, _reply, payload: unknown, done) => {
    if (request.routeOptions.url?.startsWith(QUEUES_UI)) return done(null, payload);
    done(null, redactPhones(payload, request.staff?.role ?? null));
  });
}
