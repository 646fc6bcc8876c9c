import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FilteredClientsReader, type SqlFragment } from '../clients';
import { GetSegmentQuery } from '../segments';
import { AudienceReader } from './audience.reader';
import type { BroadcastAudience } from './broadcast.types';
import { resolveAudience } from './rules/broadcast-content.rule';

/** Production broadcasts reach active real clients only, whatever the audience says. */
const PRODUCTION = "c.is_test = 0 AND c.status = 'active'";
/** A test send reaches test clients only (DESIGN §2), and a handful of them at most. */
export const MAX_TEST_RECIPIENTS = 50;

/**
 * An audience (`clientIds` | `segmentId` | `filter`, in that precedence) as a condition over
 * `clients c`, compiled by the segments capability: the estimate and the freeze count the same rows.
 */
@Injectable()
export class AudienceResolver {
  constructor(
    private readonly compiler: FilteredClientsReader,
    private readonly queries: QueryBus,
    private readonly reader: AudienceReader,
  ) {}

  /** null when the broadcast names no audience at all. */
  async where(audience: BroadcastAudience, now = new Date()): Promise<SqlFragment | null> {
    const resolved = resolveAudience(audience);
    switch (resolved.kind) {
      case 'none':
        return null;
      case 'clients':
        return { sql: `${PRODUCTION} AND c.id IN (?)`, params: [resolved.clientIds] };
      case 'segment': {
        const segment = await this.queries.execute(new GetSegmentQuery(resolved.segmentId));
        return this.filtered(this.compiler.compile(segment.filter, 'c', now));
      }
      case 'filter':
        return this.filtered(this.compiler.compile(resolved.filter, 'c', now));
    }
  }

  async count(audience: BroadcastAudience): Promise<number> {
    const where = await this.where(audience);
    if (!where) return 0;
    return this.reader.count(where);
  }

  /** Active test clients (all, or those of `clientIds` that are test clients). */
  testClients(clientIds?: number[]): Promise<Array<{ clientId: number; chatId: number }>> {
    return this.reader.testClients(clientIds, MAX_TEST_RECIPIENTS);
  }

  private filtered(fragment: SqlFragment): SqlFragment {
    return { sql: `${PRODUCTION} AND (${fragment.sql})`, params: fragment.params };
  }
}
