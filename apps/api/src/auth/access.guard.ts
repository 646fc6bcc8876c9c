import { type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { AuthGuard } from '@nestjs/passport';
import { AppConfig } from '@dvorik/config';
import { GetStaffAccessQuery } from '@dvorik/domain';
import { timingSafeEqual } from 'node:crypto';
import { ACCESS, type AccessRule } from './access.decorators';
import type { AuthenticatedStaff, DvorikRequest } from './authenticated-staff';

/** The one guard of the API: public routes, the till's API key, staff JWTs and their roles. */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly posKey: Buffer;

  constructor(
    private readonly reflector: Reflector,
    private readonly queries: QueryBus,
    config: AppConfig,
  ) {
    super();
    this.posKey = Buffer.from(config.env.POS_API_KEY);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenException('This route declares no access rule');
    if (rule.kind === 'public') return true;

    const req = context.switchToHttp().getRequest<DvorikRequest>();
    const apiKey = req.headers['x-api-key'];
    if (rule.kind === 'pos-or-staff' && typeof apiKey === 'string') {
      if (!this.isPosKey(apiKey)) throw new UnauthorizedException('Wrong X-API-Key');
      req.pos = true;
      return true;
    }

    await super.canActivate(context);
    const claimed = req.user as AuthenticatedStaff;
    // The token proves who; the database says whether they still may, and in which role, so a
    // deactivation or demotion applies at once (cached ~30 s per process, dropped on change).
    const access = await this.queries.execute(new GetStaffAccessQuery(claimed.staffId));
    if (!access?.active) throw new UnauthorizedException('This staff member is deactivated');
    const staff = { ...claimed, role: access.role };
    if (!rule.roles.includes(staff.role)) throw new ForbiddenException(`Role ${staff.role} may not do this`);
    req.staff = staff;
    return true;
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error || !user) throw new UnauthorizedException('A valid staff token is required');
    return user;
  }

  private isPosKey(candidate: string): boolean {
    const given = Buffer.from(candidate);
    return given.length === this.posKey.length && timingSafeEqual(given, this.posKey);
  }
}
