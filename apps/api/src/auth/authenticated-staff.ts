import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@dvorik/domain';
import type { StaffRole } from '@dvorik/domain';
import type { FastifyRequest } from 'fastify';

export interface AuthenticatedStaff {
  staffId: number;
  role: StaffRole;
  name: string;
}

export interface DvorikRequest extends FastifyRequest {
  /** Set by passport (the JWT strategy's claims) before the guard checks them. */
  user?: unknown;
  staff?: AuthenticatedStaff;
  pos?: boolean;
}

/** The caller as a command actor: commands carry who did it and from where, for the audit log. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<DvorikRequest>();
  if (req.staff)
    return { type: 'staff', staffId: req.staff.staffId, role: req.staff.role, ip: req.ip ?? null };
  if (req.pos) return { type: 'pos', ip: req.ip ?? null };
  return { type: 'system' };
});

export const CurrentStaff = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedStaff | undefined =>
    ctx.switchToHttp().getRequest<DvorikRequest>().staff,
);
