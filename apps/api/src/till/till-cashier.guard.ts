import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AppConfig } from '@dvorik/config';
import { type CashierView, GetCashierByTelegramIdQuery } from '@dvorik/domain';
import { Public } from '../auth/access.decorators';
import { verifyInitData } from './init-data';

interface TillRequest {
  headers: Record<string, string | string[] | undefined>;
  tillCashier?: CashierView;
}

/**
 * The cashier's Mini App signs in with Telegram's `initData`, sent as `Authorization: tma <initData>`
 * (the Mini Apps convention): signed by the staff bot (or its test twin, for a test cashier), at
 * most an hour old, and the user an approved, active cashier of that bot. Anything else is 401 —
 * one answer for every reason, the reason only in the log.
 */
@Injectable()
export class TillCashierGuard implements CanActivate {
  constructor(
    private readonly config: AppConfig,
    private readonly queries: QueryBus,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<TillRequest>();
    const header = req.headers.authorization;
    const initData = typeof header === 'string' && header.startsWith('tma ') ? header.slice(4) : '';
    const bots = this.config.bots.filter((bot) => bot.kind === 'staff');
    const check = verifyInitData(
      initData,
      bots.map((bot) => bot.token),
    );
    if (!check.ok) throw new UnauthorizedException('Valid Telegram initData of the staff bot is required');
    const cashier = await this.queries.execute(new GetCashierByTelegramIdQuery(check.telegramId));
    if (!cashier || cashier.status !== 'active' || cashier.isTest !== bots[check.botIndex].isTest)
      throw new UnauthorizedException('Only an approved cashier may use the till');
    req.tillCashier = cashier;
    return true;
  }
}

/** A route of the cashier's Mini App: no staff token, the till guard instead. */
export const TillCashier = () =>
  applyDecorators(
    // Past the global staff-token guard; TillCashierGuard is this route's whole access rule.
    Public(),
    UseGuards(TillCashierGuard),
    ApiHeader({
      name: 'Authorization',
      description: '`tma <initData>` of the staff bot (Telegram Mini App)',
    }),
    ApiUnauthorizedResponse({
      description: 'Forged, older than an hour, another bot, or not an active cashier',
    }),
  );

export const CurrentTillCashier = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): CashierView =>
    ctx.switchToHttp().getRequest<TillRequest>().tillCashier!,
);
