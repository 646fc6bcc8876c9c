import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ListAuditLogQuery, StaffRole } from '@dvorik/domain';
import { Roles } from '../auth/access.decorators';
import { AuditLogQueryDto } from './audit-log-query.dto';

@ApiTags('audit-log')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(StaffRole.Owner)
  @ApiOkResponse({ description: '{items, total, page, perPage}, newest first' })
  list(@Query() q: AuditLogQueryDto) {
    const { page, perPage, ...filter } = q;
    return this.queries.execute(new ListAuditLogQuery(filter, page, perPage));
  }
}
