import { QueryBus } from '@nestjs/cqrs';
import { ListClientDiscountsQuery } from '@dvorik/domain';
import { Command, Ctx, Hears, Update } from 'nestjs-telegraf';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { expiryText } from '../shared/expiry-text';
import { tillQrKeyboard } from './till-qr.update';
import { ClientIdentity } from './client-identity';
import { MENU, menuButton } from './client-menu';

/** Keeps the answer well inside Telegram's 4096 characters whatever a client holds. */
const SHOWN = 15;

/** «Мои скидки» / `/discounts`: only active, unexpired codes, soonest expiry first. */
@Update()
export class MyDiscountsUpdate {
  constructor(
    private readonly queries: QueryBus,
    private readonly identity: ClientIdentity,
    private readonly replier: BotReplier,
  ) {}

  @Hears(menuButton(MENU.discounts))
  @Command('discounts')
  async list(@Ctx() ctx: BotContext): Promise<void> {
    const client = await this.identity.current(ctx);
    const discounts = await this.queries.execute(new ListClientDiscountsQuery(client.id, true));
    if (discounts.length === 0) {
      await this.replier.replyText(ctx, template('my_discounts_empty'));
      return;
    }
    const items = await Promise.all(
      discounts.slice(0, SHOWN).map(async (d) =>
        this.replier.render(
          template('my_discounts_item', {
            discount_name: d.templateName,
            discount_value: d.valueText,
            discount_code: d.displayCode,
            discount_expires_at: await expiryText(this.replier, d.expiresOn),
          }),
        ),
      ),
    );
    const more =
      discounts.length > SHOWN
        ? [
            await this.replier.render(
              template('my_discounts_more', { count: String(discounts.length - SHOWN) }),
            ),
          ]
        : [];
    const header = await this.replier.render(template('my_discounts_header'));
    // «Показать на кассе» beside each code: a QR the cashier scans instead of typing.
    await this.replier.reply(ctx, [header, ...items, ...more].join('\n\n'), {
      reply_markup: tillQrKeyboard(discounts.slice(0, SHOWN)),
    });
  }
}
