import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  GetMessageTemplateQuery,
  ListMessageTemplatesQuery,
  type Placeholder,
  PreviewMessageTemplateQuery,
  RestoreMessageTemplateCommand,
  MAX_MESSAGE_LENGTH,
  StaffRole,
  UpdateMessageTemplateCommand,
} from '@dvorik/domain';
import { IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';

export class MessageTemplateBodyDto {
  @ApiProperty({ example: 'Привет, {{first_name}}! 🍬', description: 'Telegram HTML with {{placeholders}}' })
  @IsString()
  @MaxLength(MAX_MESSAGE_LENGTH)
  body!: string;
}

export class PreviewTemplateDto {
  @ApiPropertyOptional({ description: 'A draft to preview; the saved text when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_MESSAGE_LENGTH * 2)
  body?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { first_name: 'Вера' },
  })
  @IsOptional()
  @IsObject()
  values?: Partial<Record<Placeholder, string>>;
}

const NOT_FOUND = { description: 'MESSAGE_TEMPLATE_NOT_FOUND: no such key' };

@ApiTags('message-templates')
@Controller('message-templates')
export class MessageTemplatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({ description: 'Every bot text: key, body, defaultBody, isDefault, updatedAt' })
  list() {
    return this.queries.execute(new ListMessageTemplatesQuery());
  }

  @Patch(':key')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({ description: 'The saved template' })
  @ApiNotFoundResponse({ description: 'MESSAGE_TEMPLATE_NOT_FOUND: no such key' })
  @ApiBadRequestResponse({
    description: 'MESSAGE_TEMPLATE_INVALID: unknown placeholder, unbalanced braces, too long',
  })
  update(@Param('key') key: string, @Body() dto: MessageTemplateBodyDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new UpdateMessageTemplateCommand(actor, key, dto.body));
  }

  @Get(':key')
  @AnyStaff()
  @ApiOkResponse({ description: 'key, body, defaultBody, isDefault, updatedAt' })
  @ApiNotFoundResponse(NOT_FOUND)
  get(@Param('key') key: string) {
    return this.queries.execute(new GetMessageTemplateQuery(key));
  }

  @Post(':key/preview')
  @HttpCode(200)
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({ description: '{key, body, rendered}: placeholders filled with sample values (or yours)' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiBadRequestResponse({ description: 'MESSAGE_TEMPLATE_INVALID: the draft could not be saved either' })
  preview(@Param('key') key: string, @Body() dto: PreviewTemplateDto) {
    return this.queries.execute(new PreviewMessageTemplateQuery(key, dto.body, dto.values));
  }

  @Post(':key/restore-default')
  @HttpCode(200)
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({ description: 'The template back at its Russian default; audited like an edit' })
  @ApiNotFoundResponse(NOT_FOUND)
  restore(@Param('key') key: string, @CurrentActor() actor: Actor) {
    return this.commands.execute(new RestoreMessageTemplateCommand(actor, key));
  }
}
