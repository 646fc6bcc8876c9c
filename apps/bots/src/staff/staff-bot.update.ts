import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { FindStaffByTelegramIdQuery, IssueLoginLinkCommand, LOGIN_TOKEN_TTL_SECONDS } from '@dvorik/domain';
import { Command, Ctx, Update } from 'nestjs-telegraf';
import { replyOnDomainError } from '../errors/reply-on-domain-error';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';

/** The staff bot's staff-facing commands; cashiers' flows live beside it. */
@Update()
export class StaffBotUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly replier: BotReplier,
  ) {}

  @Command('login')
  async login(@Ctx() ctx: BotContext): Promise<void> {
    await replyOnDomainError(ctx, this.replier, async () => {
      const { url } = await this.commands.execute(new IssueLoginLinkCommand(ctx.from!.id));
      const minutes = String(LOGIN_TOKEN_TTL_SECONDS / 60);
      await this.replier.replyText(ctx, template('login_link', { login_url: url, minutes }));
    });
  }

  @Command('whoami')
  async whoami(@Ctx() ctx: BotContext): Promise<void> {
    const staff = await this.queries.execute(new FindStaffByTelegramIdQuery(ctx.from!.id));
    await this.replier.replyText(
      ctx,
      staff
        ? template('whoami_staff', { staff_name: staff.name, role: staff.role })
        : template('whoami_not_staff'),
    );
  }
}
