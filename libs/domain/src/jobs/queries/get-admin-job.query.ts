import { Query } from '@nestjs/cqrs';
import type { Readable } from 'node:stream';
import type { AdminJobView } from '../admin-job.entity';

export class GetAdminJobQuery extends Query<AdminJobView> {
  constructor(readonly id: string) {
    super();
  }
}

/** A finished export's file, streamed part by part from the database. */
export class GetAdminJobFileQuery extends Query<{ fileName: string; bytes: number; stream: Readable }> {
  constructor(readonly id: string) {
    super();
  }
}
