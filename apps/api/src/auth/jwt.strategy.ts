import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig } from '@dvorik/config';
import { type AccessTokenClaims, STAFF_ROLES } from '@dvorik/domain';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthenticatedStaff } from './authenticated-staff';

/** Verifies staff JWTs from `Authorization: Bearer`: HS256 only, signature, expiry, issuer and audience. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig) {
    super({
      // The Authorization header only: a cookie would travel with cross-site requests (CSRF).
      // Bull Board has its own cookie (queues/queues-session.ts), which nothing here reads.
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwt.secret,
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): AuthenticatedStaff | false {
    const staffId = Number(claims.sub);
    if (!Number.isInteger(staffId) || !STAFF_ROLES.includes(claims.role)) return false;
    return { staffId, role: claims.role, name: claims.name };
  }
}
