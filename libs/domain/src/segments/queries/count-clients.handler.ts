import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FilteredClientsReader } from '../../clients';
import { CountClientsQuery } from './count-clients.query';

@QueryHandler(CountClientsQuery)
export class CountClientsHandler implements IQueryHandler<CountClientsQuery> {
  constructor(private readonly compiler: FilteredClientsReader) {}

  execute({ filter }: CountClientsQuery) {
    return this.compiler.count(filter);
  }
}
