import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import { CreateCampaignCommand } from '../../campaigns';
import { ApproveCashierCommand, RequestCashierAccessCommand, SetCashierStoreCommand } from '../../cashiers';
import { DiscountTemplatesSeeder } from '../../discount-templates';
import { UpdateSettingsCommand } from '../../settings';
import { CreateStaffCommand, StaffRole } from '../../staff';
import { DemoError } from '../demo.errors';
import { DemoHistoryWriter, type DemoShopRefs } from '../demo-history.writer';
import { DemoRecordsRepository } from '../demo-records.repository';
import { DEMO_WORLD } from '../demo-world';
import { planDemoHistory } from '../rules/demo-history.rule';
import { type DemoShopSummary, SeedDemoShopCommand } from './seed-demo-shop.command';

@CommandHandler(SeedDemoShopCommand)
export class SeedDemoShopHandler implements ICommandHandler<SeedDemoShopCommand> {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: DemoRecordsRepository,
    private readonly writer: DemoHistoryWriter,
    private readonly templates: DiscountTemplatesSeeder,
  ) {}

  async execute({ now, seed }: SeedDemoShopCommand): Promise<DemoShopSummary> {
    const { owner, cashier } = DEMO_WORLD.people;
    const summary = { ownerTelegramId: owner.id, clients: 0, discounts: 0, redemptions: 0 };
    if (await this.records.present()) return { ...summary, seeded: false };
    const real = await this.records.realClientCount();
    if (real > 0) throw DemoError.realClientsPresent(real);

    // What an owner would set up in the panel goes through the same commands the panel uses.
    const staff = await this.commands.execute(
      new CreateStaffCommand(
        { type: 'system', reason: 'demo shop' },
        { telegramId: owner.id, name: `${owner.firstName} ${owner.lastName}`, role: StaffRole.Owner },
      ),
    );
    await this.records.add('staff', [staff.id], now);
    const actor: Actor = { type: 'staff', staffId: staff.id, role: StaffRole.Owner };
    const { channel } = DEMO_WORLD;
    await this.commands.execute(
      new UpdateSettingsCommand(actor, {
        telegram_channel_id: String(channel.id),
        channel_link: channel.link,
      }),
    );
    await this.records.add('setting', ['telegram_channel_id', 'channel_link'], now);
    const { cashier: request } = await this.commands.execute(
      new RequestCashierAccessCommand({
        telegramId: cashier.id,
        firstName: cashier.firstName,
        lastName: cashier.lastName,
      }),
    );
    await this.records.add('cashier', [request.id], now);
    await this.commands.execute(new SetCashierStoreCommand(request.id, cashier.store));
    await this.commands.execute(new ApproveCashierCommand(actor, request.id));
    const poster = await this.commands.execute(
      new CreateCampaignCommand(actor, { name: 'Афиша у кассы', sourceKey: 'poster' }),
    );
    const instagram = await this.commands.execute(
      new CreateCampaignCommand(actor, { name: 'Instagram: сторис', sourceKey: 'instagram' }),
    );
    await this.records.add('campaign', [poster.id, instagram.id], now);

    // Thirty days of history need past timestamps: written in bulk by the demo writer.
    await this.templates.seed();
    const history = planDemoHistory({ now, seed, telegramIdBase: DEMO_WORLD.clientIdBase });
    const refs: DemoShopRefs = {
      ownerStaffId: staff.id,
      cashier: { id: request.id, store: cashier.store },
      campaigns: { poster: poster.id, instagram: instagram.id },
      templates: await this.records.seededTemplates(),
    };
    const { redemptions } = await this.writer.write(history, refs, now);
    return {
      ...summary,
      seeded: true,
      clients: history.clients.length,
      discounts: history.discounts.length,
      redemptions,
    };
  }
}
