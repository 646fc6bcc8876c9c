import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@dvorik/config';
import { type AccessTokenClaims, StaffRole } from '@dvorik/domain';
import { ALL_QUEUES } from '@dvorik/messaging';
import type { NextFunction, Request, Response } from 'express';

/** Bull Board is express middleware, outside Nest's guards: it checks the owner token itself. */
function ownerOnly(config: AppConfig) {
  const jwt = new JwtService();
  const { secret, issuer, audience } = config.jwt;
  return (req: Request, res: Response, next: NextFunction) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const cookie = /(?:^|;\s*)dvorik_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const token = bearer ?? cookie;
    const deny = (statusCode: 401 | 403, code: string, message: string) =>
      res.status(statusCode).json({ statusCode, code, message, details: {} });
    if (!token) return deny(401, 'UNAUTHORIZED', 'A valid staff token is required');
    let claims: AccessTokenClaims;
    try {
      claims = jwt.verify<AccessTokenClaims>(token, { secret, issuer, audience, algorithms: ['HS256'] });
    } catch {
      return deny(401, 'UNAUTHORIZED', 'A valid staff token is required');
    }
    if (claims.role !== StaffRole.Owner)
      return deny(403, 'FORBIDDEN', 'Only owners may open the queues board');
    next();
  };
}

export const bullBoardImports = [
  BullBoardModule.forRootAsync({
    inject: [AppConfig],
    useFactory: (config: AppConfig) => ({
      route: '/admin/queues',
      adapter: ExpressAdapter,
      middleware: ownerOnly(config),
    }),
  }),
  ...ALL_QUEUES.map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
];
