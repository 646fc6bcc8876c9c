import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBody, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  GetSettingsQuery,
  isSettingKey,
  SettingsError,
  type SettingKey,
  GetSettingsSchemaQuery,
  SETTING_DEFAULTS,
  StaffRole,
  UpdateSettingsCommand,
} from '@dvorik/domain';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({
    description: 'Every setting with defaults filled in',
    schema: { example: SETTING_DEFAULTS },
  })
  get() {
    return this.queries.execute(new GetSettingsQuery());
  }

  @Get('schema')
  @AnyStaff()
  @ApiOkResponse({
    description:
      "{items: [{key, schema, default}]}: each setting's JSON Schema (input side), as PATCH validates it",
  })
  schema() {
    return this.queries.execute(new GetSettingsSchemaQuery());
  }

  /** The body is validated per key by the domain (zod), so it is not a DTO here. */
  @Patch()
  @Roles(StaffRole.Owner)
  @ApiBody({ schema: { type: 'object', example: { birthday_hour: 10, code_prefix: 'МД-' } } })
  @ApiOkResponse({ description: 'All settings after the change' })
  @ApiBadRequestResponse({
    description: 'SETTINGS_INVALID: details.fields names every key at fault; nothing is written',
  })
  update(@Body() body: Record<string, unknown>, @CurrentActor() actor: Actor) {
    return this.commands.execute(new UpdateSettingsCommand(actor, body));
  }

  @Get(':key')
  @AnyStaff()
  @ApiOkResponse({ description: '{key, value}', schema: { example: { key: 'birthday_hour', value: 9 } } })
  @ApiNotFoundResponse({ description: 'SETTING_NOT_FOUND' })
  async getOne(@Param('key') key: string) {
    const settings = await this.queries.execute(new GetSettingsQuery());
    const known = knownKey(key);
    return { key: known, value: settings[known] };
  }

  /** One key: `{value}`, validated like the same key in `PATCH /settings`. */
  @Patch(':key')
  @Roles(StaffRole.Owner)
  @ApiBody({ schema: { type: 'object', required: ['value'], example: { value: 10 } } })
  @ApiOkResponse({ description: '{key, value} after the change' })
  @ApiBadRequestResponse({
    description: 'SETTINGS_INVALID (details.fields.<key>); a body without `value` too',
  })
  @ApiNotFoundResponse({ description: 'SETTING_NOT_FOUND' })
  async updateOne(
    @Param('key') key: string,
    @Body() body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
  ) {
    const known = knownKey(key);
    if (!body || typeof body !== 'object' || !Object.hasOwn(body, 'value'))
      throw SettingsError.invalid({ [known]: ['The body is {"value": …}'] });
    const settings = await this.commands.execute(new UpdateSettingsCommand(actor, { [known]: body.value }));
    return { key: known, value: settings[known] };
  }
}

function knownKey(key: string): SettingKey {
  if (!isSettingKey(key)) throw SettingsError.notFound(key);
  return key;
}
