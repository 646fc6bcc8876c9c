import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Client, ClientTag } from './client.entity';
import { ClientTotalsRepository } from './client-totals.repository';

export interface TelegramProfile {
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  languageCode: string | null;
}

/** Client persistence inside the capability; reads and writes join the current transaction. */
@Injectable()
export class ClientsRepository {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly totals: ClientTotalsRepository,
  ) {}

  findById(id: number): Promise<Client | null> {
    return this.uow.manager.findOne(Client, { where: { id } });
  }

  findByTelegramId(telegramId: number): Promise<Client | null> {
    return this.uow.manager.findOne(Client, { where: { telegramId } });
  }

  async tagsOf(clientId: number): Promise<string[]> {
    const rows = await this.uow.manager.find(ClientTag, { where: { clientId } });
    return rows.map((row) => row.tag);
  }

  /** Inside the caller's transaction: the row and its place in client_totals commit together. */
  async insert(values: Omit<Client, 'id'>): Promise<Client> {
    const result = await this.uow.manager.insert(Client, values);
    const id = Number(result.identifiers[0].id);
    await this.totals.tally([id], 1);
    return { ...values, id };
  }

  /**
   * Every update refreshes the names (DESIGN §2). A client who had blocked the bot and writes
   * again has unblocked it; a ban by staff stays. One statement, no read: this runs per update.
   */
  async refresh(telegramId: number, profile: TelegramProfile, at: Date): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      `UPDATE clients SET first_name = IF(name_set_by_client, first_name, ?),
         last_name = IF(name_set_by_client, last_name, ?), username = ?, language_code = COALESCE(?, language_code),
         status = IF(status = 'blocked', 'active', status), last_activity_at = ?, updated_at = ?
       WHERE telegram_id = ?`,
      [profile.firstName, profile.lastName, profile.username, profile.languageCode, at, at, telegramId],
    );
    return result.affectedRows > 0;
  }

  /** True when the stored value changed; the check time is refreshed either way. */
  async setSubscription(clientId: number, subscribed: boolean, at: Date): Promise<boolean> {
    const changed: { affectedRows: number } = await this.uow.query(
      'UPDATE clients SET subscribed = ?, subscription_checked_at = ?, updated_at = ? WHERE id = ? AND subscribed <> ?',
      [subscribed, at, at, clientId, subscribed],
    );
    if (changed.affectedRows === 1) {
      await this.totals.subscriptionChanged(clientId, subscribed);
      return true;
    }
    await this.uow.query('UPDATE clients SET subscription_checked_at = ? WHERE id = ?', [at, clientId]);
    return false;
  }

  /** Conditional, so two birthday messages sent at once cannot both win. */
  async setBirthdayIfUnset(clientId: number, birthday: string, at: Date): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      'UPDATE clients SET birthday = ?, updated_at = ? WHERE id = ? AND birthday IS NULL',
      [birthday, at, clientId],
    );
    return result.affectedRows === 1;
  }

  async addTags(clientId: number, tags: string[], at: Date): Promise<void> {
    if (tags.length === 0) return;
    await this.uow.query(
      `INSERT IGNORE INTO client_tags (client_id, tag, created_at) VALUES ${tags.map(() => '(?, ?, ?)').join(', ')}`,
      tags.flatMap((tag) => [clientId, tag, at]),
    );
  }

  async markBlocked(clientId: number, at: Date): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      "UPDATE clients SET status = 'blocked', updated_at = ? WHERE id = ? AND status = 'active'",
      [at, clientId],
    );
    return result.affectedRows === 1;
  }
}
