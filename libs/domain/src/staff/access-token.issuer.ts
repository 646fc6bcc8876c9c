import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@dvorik/config';
import type { StaffRole } from './staff-role';

export interface AccessTokenClaims {
  sub: string;
  role: StaffRole;
  name: string;
}

/** Staff JWTs: HS256 pinned, with issuer, audience and expiry (checked by the API's guard). */
@Injectable()
export class AccessTokenIssuer {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  sign(staff: { id: number; role: StaffRole; name: string }): string {
    const { secret, ttl, issuer, audience } = this.config.jwt;
    const claims: AccessTokenClaims = { sub: String(staff.id), role: staff.role, name: staff.name };
    return this.jwt.sign(claims, {
      secret,
      algorithm: 'HS256',
      expiresIn: ttl as `${number}h`,
      issuer,
      audience,
    });
  }
}
