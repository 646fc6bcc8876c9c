import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { TallyClientTotalsCommand } from '../clients';
import { DEMO_PERSON_IDS, DemoRecordsRepository } from './demo-records.repository';

const list = (ids: readonly string[]): string => (ids.length > 0 ? ids.map(Number).join(', ') : 'NULL');

/**
 * Deletes the rows demo_records lists, the sandbox people's client and cashier rows, and what
 * hangs off them (codes, the redemption log, tags, orders, broadcast recipients, campaign
 * starts), inside the caller's transaction. A demo tool: it deletes across the capabilities'
 * tables without domain events, so it is the one writer here that reaches tables it does not own.
 */
@Injectable()
export class DemoDataPurger {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly records: DemoRecordsRepository,
    private readonly commands: CommandBus,
  ) {}

  /** Rows removed per table. */
  async purge(): Promise<Record<string, number>> {
    const removed: Record<string, number> = {};
    const m = this.uow.manager;
    const people = DEMO_PERSON_IDS.join(', ');
    const idsOf = async (sql: string) =>
      (await m.query<Array<{ id: string }>>(sql)).map((row) => String(row.id));
    const clients = [
      ...new Set([
        ...(await this.records.ids('client')),
        ...(await idsOf(`SELECT id FROM clients WHERE telegram_id IN (${people})`)),
      ]),
    ];
    const cashiers = [
      ...new Set([
        ...(await this.records.ids('cashier')),
        ...(await idsOf(`SELECT id FROM cashiers WHERE telegram_id IN (${people})`)),
      ]),
    ];
    const discounts = [
      ...new Set([
        ...(await this.records.ids('discount')),
        ...(await idsOf(`SELECT id FROM discounts WHERE client_id IN (${list(clients)})`)),
      ]),
    ];
    const broadcasts = await this.records.ids('broadcast');
    const campaigns = await this.records.ids('campaign');
    const staff = await this.records.ids('staff');
    const settingKeys = await this.records.ids('setting');
    const run = async (name: string, sql: string, params: unknown[] = []) => {
      const result = await m.query<{ affectedRows?: number }>(sql, params);
      removed[name] = (removed[name] ?? 0) + Number(result.affectedRows ?? 0);
    };
    await run(
      'redemption_log',
      `DELETE FROM redemption_log WHERE discount_id IN (${list(discounts)}) OR client_id IN (${list(clients)})
         OR cashier_id IN (${list(cashiers)})`,
    );
    await run(
      'broadcast_recipients',
      `DELETE FROM broadcast_recipients WHERE broadcast_id IN (${list(broadcasts)}) OR client_id IN (${list(clients)})`,
    );
    await run('broadcast_media', `DELETE FROM broadcast_media WHERE broadcast_id IN (${list(broadcasts)})`);
    await run('broadcasts', `DELETE FROM broadcasts WHERE id IN (${list(broadcasts)})`);
    await run('discounts', `DELETE FROM discounts WHERE id IN (${list(discounts)})`);
    await run('client_tags', `DELETE FROM client_tags WHERE client_id IN (${list(clients)})`);
    await run('orders', `DELETE FROM orders WHERE client_id IN (${list(clients)})`);
    await this.commands.execute(new TallyClientTotalsCommand(clients.map(Number), -1));
    await run('clients', `DELETE FROM clients WHERE id IN (${list(clients)})`);
    // A real client who came through a demo poster stays, without the campaign.
    await m.query(`UPDATE clients SET campaign_id = NULL WHERE campaign_id IN (${list(campaigns)})`);
    await run('campaign_starts', `DELETE FROM campaign_starts WHERE campaign_id IN (${list(campaigns)})`);
    await run('campaigns', `DELETE FROM campaigns WHERE id IN (${list(campaigns)})`);
    await run('cashiers', `DELETE FROM cashiers WHERE id IN (${list(cashiers)})`);
    await run('staff', `DELETE FROM staff WHERE id IN (${list(staff)})`);
    if (settingKeys.length > 0)
      await run(
        'settings',
        `DELETE FROM settings WHERE \`key\` IN (${settingKeys.map(() => '?').join(', ')})`,
        settingKeys,
      );
    await run('demo_records', 'DELETE FROM demo_records');
    return removed;
  }
}
