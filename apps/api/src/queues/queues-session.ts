import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@dvorik/config';
import type { AccessTokenClaims } from '@dvorik/domain';

/** The cookie that lets a browser tab open Bull Board; nothing under /api/v1 reads it. */
export const QUEUES_COOKIE = 'dvorik_queues';
export const QUEUES_PATH = '/admin/queues';
/** Its own audience: a queues cookie is never a staff API token, and the reverse. */
export const QUEUES_AUDIENCE = 'dvorik-queues';
export const QUEUES_SESSION_TTL_S = 30 * 60;

/** Signs and checks the short-lived Bull Board session of an owner. */
@Injectable()
export class QueuesSession {
  private readonly jwt = new JwtService();

  constructor(private readonly config: AppConfig) {}

  sign(staff: { staffId: number; role: string; name: string }): string {
    const claims = { sub: String(staff.staffId), role: staff.role, name: staff.name };
    return this.jwt.sign(claims, {
      secret: this.config.jwt.secret,
      algorithm: 'HS256',
      expiresIn: QUEUES_SESSION_TTL_S,
      issuer: this.config.jwt.issuer,
      audience: QUEUES_AUDIENCE,
    });
  }

  /** The claims of a valid token for `audience`, or null (forged, expired, other audience). */
  verify(token: string, audience: string): AccessTokenClaims | null {
    try {
      return this.jwt.verify<AccessTokenClaims>(token, {
        secret: this.config.jwt.secret,
        issuer: this.config.jwt.issuer,
        audience,
        algorithms: ['HS256'],
      });
    } catch {
      return null;
    }
  }

  cookie(token: string, secure: boolean): string {
    const attributes = [
      `${QUEUES_COOKIE}=${token}`,
      `Path=${QUEUES_PATH}`,
      `Max-Age=${QUEUES_SESSION_TTL_S}`,
      'HttpOnly',
      'SameSite=Strict',
    ];
    if (secure) attributes.push('Secure');
    return attributes.join('; ');
  }
}
