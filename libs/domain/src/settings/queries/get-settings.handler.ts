import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SettingsRepository } from '../settings.repository';
import { GetSettingsQuery } from './get-settings.query';

@QueryHandler(GetSettingsQuery)
export class GetSettingsHandler implements IQueryHandler<GetSettingsQuery> {
  constructor(private readonly repository: SettingsRepository) {}

  execute() {
    return this.repository.load();
  }
}
