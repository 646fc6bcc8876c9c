import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig } from '@dvorik/config';
import { type AccessTokenClaims, STAFF_ROLES } from '@dvorik/domain';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthenticatedStaff } from './authenticated-staff';

/** Verifies staff JWTs: HS256 only, signature, expiry, issuer and audience. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([
        ExtractJwt.fromAuthHeaderAsBearerToken(),
        // Bull Board is opened in a browser tab, where only a cookie travels.
        (req: { headers?: { cookie?: string } }) =>
          /(?:^|;\s*)dvorik_token=([^;]+)/.exec(req.headers?.cookie ?? '')?.[1] ?? null,
      ]),
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
