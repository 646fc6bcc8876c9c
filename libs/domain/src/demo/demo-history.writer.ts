import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { parseStartPayload, TallyClientTotalsCommand } from '../clients';
import { DemoRecordsRepository } from './demo-records.repository';
import type { DemoCampaignKey, DemoHistory } from './rules/demo-history.rule';

export interface DemoShopRefs {
  ownerStaffId: number;
  cashier: { id: number; store: string };
  campaigns: Record<DemoCampaignKey, number>;
  templates: Record<'subscription' | 'birthday', { id: number; value: string }>;
}

type Row = unknown[];
const DAY = 86_400_000;

/**
 * Writes the planned history in bulk with its past timestamps (which no command can do: a
 * command happens now) and lists every row in demo_records. One transaction: all or nothing.
 */
@Injectable()
export class DemoHistoryWriter {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly records: DemoRecordsRepository,
    private readonly commands: CommandBus,
  ) {}

  async write(history: DemoHistory, refs: DemoShopRefs, now: Date): Promise<{ redemptions: number }> {
    return this.uow.run(async () => {
      const clientIds = await this.writeClients(history, refs, now);
      const discountIds = await this.writeDiscounts(history, refs, clientIds, now);
      const redemptions = await this.writeRedemptionLog(history, refs, clientIds, discountIds);
      await this.insert(
        'campaign_starts (campaign_id, day, is_test, starts)',
        history.campaignStarts.map((s) => [refs.campaigns[s.campaign], s.day, 0, s.starts]),
      );
      await this.writeBroadcast(history, refs, clientIds, now);
      return { redemptions };
    });
  }

  private async writeClients(history: DemoHistory, refs: DemoShopRefs, now: Date): Promise<number[]> {
    // clients.active_discounts counts the codes writeDiscounts stores as `active` (same rule).
    const active = new Map<number, number>();
    for (const d of history.discounts)
      if (!d.redeemedAt && d.expiresAt > now) active.set(d.client, (active.get(d.client) ?? 0) + 1);
    const rows = history.clients.map((c, i) => {
      const source = parseStartPayload(c.source);
      const lastActivity = c.subscribedAt ?? c.registeredAt;
      return [
        c.telegramId,
        c.username,
        c.firstName,
        c.lastName,
        c.gender,
        c.birthday,
        source.source,
        source.sourceNormalized,
        c.campaign ? refs.campaigns[c.campaign] : null,
        c.subscribedAt ? 1 : 0,
        c.subscribedAt,
        'ru',
        lastActivity,
        c.registeredAt,
        now,
        active.get(i) ?? 0,
      ];
    });
    await this.insert(
      `clients (telegram_id, username, first_name, last_name, gender, birthday, source, source_normalized,
        campaign_id, subscribed, subscription_checked_at, language_code, last_activity_at, created_at, updated_at,
        active_discounts)`,
      rows,
    );
    const found = await this.uow.query<Array<{ id: number; telegram_id: string }>>(
      `SELECT id, telegram_id FROM clients WHERE telegram_id IN (${rows.map(() => '?').join(',')})`,
      history.clients.map((c) => c.telegramId),
    );
    const byTelegramId = new Map(found.map((r) => [Number(r.telegram_id), Number(r.id)]));
    const ids = history.clients.map((c) => byTelegramId.get(c.telegramId)!);
    await this.records.add('client', ids, now);
    await this.commands.execute(new TallyClientTotalsCommand(ids, 1));
    await this.insert(
      'client_tags (client_id, tag, created_at)',
      history.clients.flatMap((c, i) => c.tags.map((tag) => [ids[i], tag, c.registeredAt])),
    );
    return ids;
  }

  private async writeDiscounts(history: DemoHistory, refs: DemoShopRefs, clientIds: number[], now: Date) {
    const rows = history.discounts.map((d) => {
      const template = refs.templates[d.kind];
      const status = d.redeemedAt ? 'redeemed' : d.expiresAt <= now ? 'expired' : 'active';
      const clientId = clientIds[d.client];
      const key = d.kind === 'subscription' ? `subscription:${clientId}:once` : `birthday:${clientId}:demo`;
      return [
        d.code,
        template.id,
        clientId,
        'single',
        'percent',
        template.value,
        status,
        d.issuedAt,
        d.expiresAt,
        d.redeemedAt,
        d.redeemedAt ? refs.cashier.id : null,
        d.kind,
        key,
        d.redeemedAt ? 1 : 0,
        d.issuedAt,
        now,
      ];
    });
    await this.insert(
      `discounts (code, template_id, client_id, usage_type, value_type, value, status, issued_at, expires_at,
        redeemed_at, redeemed_by_cashier_id, issue_origin, issue_key, redemption_count, created_at, updated_at)`,
      rows,
    );
    const found = await this.uow.query<Array<{ id: number; code: string }>>(
      `SELECT id, code FROM discounts WHERE code IN (${rows.map(() => '?').join(',')})`,
      history.discounts.map((d) => d.code),
    );
    const byCode = new Map(found.map((r) => [r.code, Number(r.id)]));
    const ids = history.discounts.map((d) => byCode.get(d.code)!);
    await this.records.add('discount', ids, now);
    return ids;
  }

  private async writeRedemptionLog(
    history: DemoHistory,
    refs: DemoShopRefs,
    clientIds: number[],
    discountIds: number[],
  ): Promise<number> {
    const { id: cashierId, store } = refs.cashier;
    const rows: Row[] = [];
    history.discounts.forEach((d, i) => {
      if (!d.redeemedAt) return;
      const base = [d.code, discountIds[i], clientIds[d.client], cashierId, store, 'bot', 'success'];
      const value = `${refs.templates[d.kind].value.replace(/\.00$/, '')} %`;
      rows.push(['check', ...base, `Valid: ${value}`, new Date(d.redeemedAt.getTime() - 20_000)]);
      rows.push(['redeem', ...base, `Redeemed: ${value}`, d.redeemedAt]);
    });
    for (const check of history.failedChecks)
      rows.push([
        'check',
        check.codeEntered,
        null,
        null,
        cashierId,
        store,
        'bot',
        'not_found',
        'Code not found',
        check.at,
      ]);
    await this.insert(
      `redemption_log (action, code_entered, discount_id, client_id, cashier_id, store, channel, result, message, created_at)`,
      rows,
    );
    return rows.filter((r) => r[0] === 'redeem').length;
  }

  /** One finished broadcast to the subscribers of six days ago. */
  private async writeBroadcast(history: DemoHistory, refs: DemoShopRefs, clientIds: number[], now: Date) {
    const startedAt = new Date(now.getTime() - 6 * DAY);
    const audience = history.clients
      .map((c, i) => ({ c, id: clientIds[i] }))
      .filter(({ c }) => c.subscribedAt && c.subscribedAt < startedAt);
    const blocked = audience.filter((_, i) => i % 23 === 7).length;
    const finishedAt = new Date(startedAt.getTime() + 90_000);
    const text =
      '<b>Новинки недели</b> 🍬\nМармеладные мишки с <i>облепихой</i> и <u>кедровым орехом</u> уже на полках.\n<tg-spoiler>Покажите это сообщение на кассе — угостим!</tg-spoiler>';
    const result = await this.uow.query<{ insertId: number }>(
      `INSERT INTO broadcasts (title, text, buttons, audience, status, origin, launched_at, audience_frozen_at,
        started_at, finished_at, total, sent_count, failed_count, blocked_count, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'sent', 'panel', ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
      [
        'Новинки недели',
        text,
        JSON.stringify([{ text: 'Адреса магазинов', url: 'https://example.com/dvorik/shops' }]),
        JSON.stringify({ filter: { subscribed: true } }),
        startedAt,
        startedAt,
        startedAt,
        finishedAt,
        audience.length,
        audience.length - blocked,
        blocked,
        refs.ownerStaffId,
        new Date(startedAt.getTime() - DAY),
        finishedAt,
      ],
    );
    const broadcastId = Number(result.insertId);
    await this.insert(
      'broadcast_recipients (broadcast_id, client_id, chat_id, status, attempts, sent_at, blocked, error)',
      audience.map(({ c, id }, i) => {
        const isBlocked = i % 23 === 7;
        return [
          broadcastId,
          id,
          c.telegramId,
          isBlocked ? 'failed' : 'sent',
          1,
          isBlocked ? null : finishedAt,
          isBlocked ? 1 : 0,
          isBlocked ? 'Forbidden: bot was blocked by the user' : null,
        ];
      }),
    );
    await this.records.add('broadcast', [broadcastId], now);
  }

  private async insert(into: string, rows: Row[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      const tuple = `(${chunk[0].map(() => '?').join(', ')})`;
      await this.uow.query(`INSERT INTO ${into} VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
    }
  }
}
