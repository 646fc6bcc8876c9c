import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Campaign } from './campaign.entity';

@Injectable()
export class CampaignsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  findById(id: number, lock = false): Promise<Campaign | null> {
    const qb = this.uow.manager.createQueryBuilder(Campaign, 'k').where('k.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  findBySourceKey(sourceKey: string): Promise<Campaign | null> {
    return this.uow.manager.findOne(Campaign, { where: { sourceKey } });
  }

  /** Newest first, with the total for the page's count. */
  page(page: number, perPage: number): Promise<[Campaign[], number]> {
    return this.uow.manager
      .createQueryBuilder(Campaign, 'k')
      .orderBy('k.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
  }

  async insert(values: Omit<Campaign, 'id'>): Promise<Campaign> {
    const result = await this.uow.manager.insert(Campaign, values);
    return { ...values, id: Number(result.identifiers[0].id) };
  }

  async update(id: number, values: Partial<Omit<Campaign, 'id'>>): Promise<void> {
    await this.uow.manager.update(Campaign, { id }, values);
  }

  async delete(id: number): Promise<void> {
    await this.uow.manager.delete(Campaign, { id });
  }

  async clientCount(id: number): Promise<number> {
    const [row] = await this.uow.query<Array<{ n: string }>>(
      'SELECT COUNT(*) AS n FROM clients WHERE campaign_id = ?',
      [id],
    );
    return Number(row.n);
  }

  /** One upsert, no lookup round trip; an unknown key counts nothing. */
  async recordStart(sourceKey: string, day: string, isTest: boolean): Promise<void> {
    await this.uow.query(
      `INSERT INTO campaign_starts (campaign_id, day, is_test, starts)
       SELECT id, ?, ?, 1 FROM campaigns WHERE source_key = ?
       ON DUPLICATE KEY UPDATE starts = starts + 1`,
      [day, isTest, sourceKey],
    );
  }
}
