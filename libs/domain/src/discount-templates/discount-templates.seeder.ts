import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { SeedSettingCommand, SettingsReader } from '../settings';
import { DiscountTemplate } from './discount-template.entity';

/** The two templates every shop starts with (DESIGN §2), keyed so a re-seed never duplicates them. */
const SEEDED = [
  {
    seedKey: 'subscription',
    setting: 'subscription_template_id',
    values: {
      name: 'Скидка за подписку',
      event: 'subscription',
      value: '10.00',
      validityDays: 30,
      recurrence: 'once',
      reminderDays: [7, 25],
    },
  },
  {
    seedKey: 'birthday',
    setting: 'birthday_template_id',
    values: {
      name: 'С днём рождения',
      event: 'birthday',
      value: '15.00',
      validityDays: 14,
      recurrence: 'yearly',
      reminderDays: [7],
    },
  },
] as const;

/**
 * `cli seed`: inserts the seeded templates once and points the settings at them unless an
 * owner already chose other templates. Run after the migrations; safe to run on every start.
 */
@Injectable()
export class DiscountTemplatesSeeder {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly commands: CommandBus,
    private readonly reader: SettingsReader,
  ) {}

  async seed(): Promise<void> {
    const now = new Date();
    await this.uow.run(async () => {
      for (const { seedKey, setting, values } of SEEDED) {
        await this.uow.manager
          .createQueryBuilder()
          .insert()
          .into(DiscountTemplate)
          .orIgnore()
          .values({
            ...values,
            reminderDays: [...values.reminderDays],
            valueType: 'percent',
            usage: 'single',
            sharedCode: null,
            redemptionCap: null,
            minPurchase: null,
            active: true,
            seedKey,
            createdAt: now,
            updatedAt: now,
          })
          .execute();
        const row: Array<{ id: number }> = await this.uow.query(
          'SELECT id FROM discount_templates WHERE seed_key = ?',
          [seedKey],
        );
        await this.commands.execute(new SeedSettingCommand(setting, Number(row[0].id)));
      }
    });
    this.reader.invalidate();
  }
}
