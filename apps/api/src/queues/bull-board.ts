import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { BullBoardModule } from '@bull-board/nestjs';
import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { GetStaffAccessQuery, StaffRole, type StaffAccess } from '@dvorik/domain';
import { ALL_QUEUES } from '@dvorik/messaging';
import type { FastifyPluginCallback, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { QUEUES_AUDIENCE, QUEUES_COOKIE, QueuesSession } from './queues-session';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** True when a state-changing browser request comes from the API's own pages. */
function fromOwnOrigin(request: FastifyRequest): boolean {
  const own = `${request.protocol}://${request.headers.host ?? ''}`;
  const origin = request.headers.origin;
  if (origin) return origin === own;
  const referer = request.headers.referer;
  if (!referer) return false;
  try {
    return new URL(referer).origin === own;
  } catch {
    return false;
  }
}

/**
 * Bull Board is a Fastify plugin outside Nest's guards: it checks the owner itself. A Bearer
 * staff token or the `dvorik_queues` cookie (POST /api/v1/auth/queues-session) proves who; the
 * database says whether they are still an active owner (the API guard's cached reader); a
 * cookie-borne request that changes state must come from our own origin (CSRF).
 */
export function ownerOnly(config: AppConfig, queries: QueryBus): onRequestAsyncHookHandler {
  const session = new QueuesSession(config);
  const deny = (reply: FastifyReply, statusCode: 401 | 403, code: string, message: string) =>
    reply.code(statusCode).send({ statusCode, code, message, details: {} });
  return async (request, reply) => {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const cookie = new RegExp(`(?:^|;\\s*)${QUEUES_COOKIE}=([^;]+)`).exec(request.headers.cookie ?? '')?.[1];
    const claims = bearer
      ? session.verify(bearer, config.jwt.audience)
      : cookie
        ? session.verify(cookie, QUEUES_AUDIENCE)
        : null;
    if (!claims) return deny(reply, 401, 'UNAUTHORIZED', 'A valid owner token or queues session is required');
    if (!bearer && !SAFE_METHODS.has(request.method) && !fromOwnOrigin(request))
      return deny(reply, 403, 'FORBIDDEN', 'Cross-origin request refused');
    const access = await queries.execute<GetStaffAccessQuery, StaffAccess | null>(
      new GetStaffAccessQuery(Number(claims.sub)),
    );
    if (!access?.active) return deny(reply, 401, 'UNAUTHORIZED', 'This staff member is deactivated');
    if (access.role !== StaffRole.Owner)
      return deny(reply, 403, 'FORBIDDEN', 'Only owners may open the queues board');
  };
}

/**
 * Bull Board's Fastify adapter with `guard` as the first hook of its own plugin scope, so every
 * route under /admin/queues (page, API, static files) passes it. (@bull-board/nestjs would apply
 * a Nest middleware, which on Fastify matches /admin/queues itself but not the paths below it.)
 */
function guardedAdapter(guard: onRequestAsyncHookHandler): new () => FastifyAdapter {
  return class GuardedBullBoardAdapter extends FastifyAdapter {
    override registerPlugin(): FastifyPluginCallback {
      const board = super.registerPlugin();
      return (scope, options, done) => {
        scope.addHook('onRequest', guard);
        board(scope, options, done);
      };
    }
  };
}

export const bullBoardImports = [
  BullBoardModule.forRootAsync({
    inject: [AppConfig, QueryBus],
    useFactory: (config: AppConfig, queries: QueryBus) => ({
      route: '/admin/queues',
      adapter: guardedAdapter(ownerOnly(config, queries)),
    }),
  }),
  ...ALL_QUEUES.map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
];
