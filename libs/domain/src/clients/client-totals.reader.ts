import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';

/**
 * The clients' declared read model of `client_totals` (kept by `ClientTotalsRepository` in the
 * writes that change them): how many clients there are and how many are subscribed, per
 * `is_test`, from a few rows instead of a million index entries. For the dashboard (`stats`).
 */
@Injectable()
export class ClientTotalsReader {
  constructor(private readonly uow: UnitOfWork) {}

  async read(isTest: boolean): Promise<{ total: number; subscribed: number }> {
    const [row] = await this.uow.query<Array<{ total: string | null; subscribed: string | null }>>(
      'SELECT SUM(total) AS total, SUM(subscribed) AS subscribed FROM client_totals WHERE is_test = ?',
      [isTest],
    );
    return { total: Number(row?.total ?? 0), subscribed: Number(row?.subscribed ?? 0) };
  }
}
