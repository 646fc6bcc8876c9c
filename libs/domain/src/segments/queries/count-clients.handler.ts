import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ClientFilterCompiler } from '../../clients';
import { CountClientsQuery } from './count-clients.query';

@QueryHandler(CountClientsQuery)
export class CountClientsHandler implements IQueryHandler<CountClientsQuery> {
  constructor(private readonly compiler: ClientFilterCompiler) {}

  execute({ filter }: CountClientsQuery) {
    return this.compiler.count(filter);
  }
}
