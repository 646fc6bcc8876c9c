import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import type { DigestFigures } from './digest-figures';
import type { AnomalyDetails } from './evening.events';

/**
 * The evening's exactly-once claims: `digest_runs` (one row per shop day) and `anomaly_alerts`
 * (one row per cause, subject and day). A claim is an INSERT IGNORE: true for the one caller
 * whose row went in, inside its transaction.
 */
@Injectable()
export class EveningClaimsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async digestClaimed(day: string): Promise<boolean> {
    const rows = await this.uow.query<unknown[]>('SELECT 1 FROM digest_runs WHERE day = ?', [day]);
    return rows.length > 0;
  }

  async claimDigest(day: string, figures: DigestFigures, now: Date): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      'INSERT IGNORE INTO digest_runs (day, figures, created_at) VALUES (?, ?, ?)',
      [day, JSON.stringify(figures), now],
    );
    return result.affectedRows === 1;
  }

  async claimAnomaly(subject: string, day: string, details: AnomalyDetails, now: Date): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      'INSERT IGNORE INTO anomaly_alerts (cause, subject, day, details, created_at) VALUES (?, ?, ?, ?, ?)',
      [details.cause, subject, day, JSON.stringify(details), now],
    );
    return result.affectedRows === 1;
  }
}
