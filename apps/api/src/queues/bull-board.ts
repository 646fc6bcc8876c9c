import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { GetStaffAccessQuery, StaffRole, type StaffAccess } from '@dvorik/domain';
import { ALL_QUEUES } from '@dvorik/messaging';
import type { NextFunction, Request, Response } from 'express';
import { QUEUES_AUDIENCE, QUEUES_COOKIE, QueuesSession } from './queues-session';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** True when a state-changing browser request comes from the API's own pages. */
function fromOwnOrigin(req: Request): boolean {
  const own = `${req.protocol}://${req.get('host') ?? ''}`;
  const origin = req.get('origin');
  if (origin) return origin === own;
  const referer = req.get('referer');
  if (!referer) return false;
  try {
    return new URL(referer).origin === own;
  } catch {
    return false;
  }
}

/**
 * Bull Board is express middleware, outside Nest's guards: it checks the owner itself. A Bearer
 * staff token or the `dvorik_queues` cookie (POST /api/v1/auth/queues-session) proves who; the
 * database says whether they are still an active owner (the API guard's cached reader); a
 * cookie-borne request that changes state must come from our own origin (CSRF).
 */
export function ownerOnly(config: AppConfig, queries: QueryBus) {
  const session = new QueuesSession(config);
  return (req: Request, res: Response, next: NextFunction) => {
    const deny = (statusCode: 401 | 403, code: string, message: string) => {
      res.status(statusCode).json({ statusCode, code, message, details: {} });
    };
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const cookie = new RegExp(`(?:^|;\\s*)${QUEUES_COOKIE}=([^;]+)`).exec(req.headers.cookie ?? '')?.[1];
    const claims = bearer
      ? session.verify(bearer, config.jwt.audience)
      : cookie
        ? session.verify(cookie, QUEUES_AUDIENCE)
        : null;
    if (!claims) return deny(401, 'UNAUTHORIZED', 'A valid owner token or queues session is required');
    if (!bearer && !SAFE_METHODS.has(req.method) && !fromOwnOrigin(req))
      return deny(403, 'FORBIDDEN', 'Cross-origin request refused');
    const staffId = Number(claims.sub);
    queries
      .execute<GetStaffAccessQuery, StaffAccess | null>(new GetStaffAccessQuery(staffId))
      .then((access) => {
        if (!access?.active) return deny(401, 'UNAUTHORIZED', 'This staff member is deactivated');
        if (access.role !== StaffRole.Owner)
          return deny(403, 'FORBIDDEN', 'Only owners may open the queues board');
        next();
      })
      .catch(next);
  };
}

export const bullBoardImports = [
  BullBoardModule.forRootAsync({
    inject: [AppConfig, QueryBus],
    useFactory: (config: AppConfig, queries: QueryBus) => ({
      route: '/admin/queues',
      adapter: ExpressAdapter,
      middleware: ownerOnly(config, queries),
    }),
  }),
  ...ALL_QUEUES.map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
];
