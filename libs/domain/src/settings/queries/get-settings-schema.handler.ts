import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { settingsSchema } from '../settings-schema';
import { GetSettingsSchemaQuery } from './get-settings-schema.query';

@QueryHandler(GetSettingsSchemaQuery)
export class GetSettingsSchemaHandler implements IQueryHandler<GetSettingsSchemaQuery> {
  execute() {
    return Promise.resolve({ items: settingsSchema() });
  }
}
