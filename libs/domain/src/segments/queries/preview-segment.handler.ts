import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
// A pure rule (no imports of its own), shared the way discounts and cashiers share it.
import { displayName, ClientFilterCompiler, parseClientFilter } from '../../clients';
import { PreviewSegmentQuery } from './preview-segment.query';

interface SampleRow {
  id: number;
  telegram_id: string;
  first_name: string | null;
  last_name: string | null;
  username: string | null;
  subscribed: number;
  status: string;
  created_at: Date;
}

@QueryHandler(PreviewSegmentQuery)
export class PreviewSegmentHandler implements IQueryHandler<PreviewSegmentQuery> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly compiler: ClientFilterCompiler,
  ) {}

  async execute({ filter: input, sampleSize }: PreviewSegmentQuery) {
    const filter = parseClientFilter(input);
    const where = this.compiler.compile(filter);
    const [count, rows] = await Promise.all([
      this.compiler.count(filter),
      this.uow.manager.query<SampleRow[]>(
        `SELECT c.id, c.telegram_id, c.first_name, c.last_name, c.username, c.subscribed, c.status, c.created_at
         FROM clients c WHERE ${where.sql} ORDER BY c.id DESC LIMIT ?`,
        [...where.params, Math.min(Math.max(sampleSize, 0), 50)],
      ),
    ]);
    const sample = rows.map((r) => ({
      id: Number(r.id),
      telegramId: Number(r.telegram_id),
      displayName: displayName({ firstName: r.first_name, lastName: r.last_name, username: r.username }),
      username: r.username,
      subscribed: Boolean(r.subscribed),
      status: r.status,
      createdAt: r.created_at,
    }));
    return { count, sample };
  }
}
