import { Query } from '@nestjs/cqrs';
import type { ClientView } from '../client.entity';

export class GetClientQuery extends Query<ClientView> {
  constructor(readonly id: number) {
    super();
  }
}
