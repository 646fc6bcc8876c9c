import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import {
  ExchangeLoginTokenCommand,
  GetStaffQuery,
  LoginWithPasswordCommand,
  StaffRole,
} from '@dvorik/domain';
import type { FastifyReply } from 'fastify';
import { QueuesSession } from '../queues/queues-session';
import { AnyStaff, Public, Roles } from './access.decorators';
import { type AuthenticatedStaff, CurrentStaff, type DvorikRequest } from './authenticated-staff';
import { LoginTokenDto, PasswordLoginDto } from './dto/login.dto';

const LOGIN_LIMIT = { default: { limit: 10, ttl: 60_000 } };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly queuesSession: QueuesSession,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle(LOGIN_LIMIT)
  @ApiOkResponse({ description: '{accessToken, staff}' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({ description: 'More than 10 attempts a minute from one address' })
  login(@Body() body: PasswordLoginDto, @Req() req: DvorikRequest) {
    return this.commands.execute(
      new LoginWithPasswordCommand(body.telegramId, body.password, req.ip ?? null),
    );
  }

  @Post('login-token')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle(LOGIN_LIMIT)
  @ApiOkResponse({ description: '{accessToken, staff}' })
  @ApiUnauthorizedResponse({ description: 'LOGIN_TOKEN_INVALID: unknown, expired or already used' })
  @ApiTooManyRequestsResponse({ description: 'More than 10 attempts a minute from one address' })
  loginToken(@Body() body: LoginTokenDto, @Req() req: DvorikRequest) {
    return this.commands.execute(new ExchangeLoginTokenCommand(body.token, req.ip ?? null));
  }

  @Get('me')
  @AnyStaff()
  @ApiOkResponse({ description: 'The calling staff member' })
  me(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.queries.execute(new GetStaffQuery(staff.staffId));
  }

  @Post('queues-session')
  @HttpCode(204)
  @Roles(StaffRole.Owner)
  @ApiNoContentResponse({
    description:
      'Sets the dvorik_queues cookie (30 min, Path=/admin/queues, HttpOnly, SameSite=Strict) that opens Bull Board in a browser tab',
  })
  queuesSessionCookie(
    @CurrentStaff() staff: AuthenticatedStaff,
    @Req() req: DvorikRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): void {
    const secure = req.protocol === 'https';
    res.header('Set-Cookie', this.queuesSession.cookie(this.queuesSession.sign(staff), secure));
  }
}
