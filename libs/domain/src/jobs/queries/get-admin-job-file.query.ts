import { Query } from '@nestjs/cqrs';
import type { Readable } from 'node:stream';

/** A finished export's file, streamed part by part from the database. */
export class GetAdminJobFileQuery extends Query<{ fileName: string; bytes: number; stream: Readable }> {
  constructor(readonly id: string) {
    super();
  }
}
