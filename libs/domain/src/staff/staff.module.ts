import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessTokenIssuer } from './access-token.issuer';
import { CreateStaffHandler } from './commands/create-staff.handler';
import { EnsureFirstOwnerHandler } from './commands/ensure-first-owner.handler';
import { ExchangeLoginTokenHandler } from './commands/exchange-login-token.handler';
import { IssueLoginLinkHandler } from './commands/issue-login-link.handler';
import { LoginWithPasswordHandler } from './commands/login-with-password.handler';
import { LoginTokenStore } from './login-token.store';
import { PasswordHasher } from './password-hasher';
import { FindStaffByTelegramIdHandler, GetStaffHandler } from './queries/get-staff.handler';
import { Staff } from './staff.entity';
import { StaffRepository } from './staff.repository';
import { StaffSessionFactory } from './staff-session.factory';

const CommandHandlers = [
  CreateStaffHandler,
  EnsureFirstOwnerHandler,
  IssueLoginLinkHandler,
  ExchangeLoginTokenHandler,
  LoginWithPasswordHandler,
];
const QueryHandlers = [GetStaffHandler, FindStaffByTelegramIdHandler];

@Module({
  imports: [TypeOrmModule.forFeature([Staff]), JwtModule.register({})],
  providers: [
    ...CommandHandlers,
    ...QueryHandlers,
    StaffRepository,
    LoginTokenStore,
    PasswordHasher,
    AccessTokenIssuer,
    StaffSessionFactory,
  ],
})
export class StaffModule {}
