import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityModule } from '../security';
import { AccessTokenIssuer } from './access-token.issuer';
import { CreateStaffHandler } from './commands/create-staff.handler';
import { EnsureFirstOwnerHandler } from './commands/ensure-first-owner.handler';
import { ExchangeLoginTokenHandler } from './commands/exchange-login-token.handler';
import { IssueLoginLinkHandler } from './commands/issue-login-link.handler';
import { LoginWithPasswordHandler } from './commands/login-with-password.handler';
import { IssueStaffLoginLinkHandler } from './commands/issue-staff-login-link.handler';
import { UpdateStaffHandler } from './commands/update-staff.handler';
import { LoginTokenStore } from './login-token.store';
import { PasswordHasher } from './password-hasher';
import { FindStaffByTelegramIdHandler } from './queries/find-staff-by-telegram-id.handler';
import { GetStaffHandler } from './queries/get-staff.handler';
import { GetStaffAccessHandler } from './queries/get-staff-access.handler';
import { ListStaffHandler } from './queries/list-staff.handler';
import { ListStaffToAlertHandler } from './queries/list-staff-to-alert.handler';
import { Staff } from './staff.entity';
import { StaffRepository } from './staff.repository';
import { StaffAccessReader } from './staff-access.reader';
import { StaffSessionFactory } from './staff-session.factory';

const CommandHandlers = [
  CreateStaffHandler,
  EnsureFirstOwnerHandler,
  IssueLoginLinkHandler,
  ExchangeLoginTokenHandler,
  LoginWithPasswordHandler,
  UpdateStaffHandler,
  IssueStaffLoginLinkHandler,
];
const QueryHandlers = [
  GetStaffHandler,
  FindStaffByTelegramIdHandler,
  ListStaffToAlertHandler,
  ListStaffHandler,
  GetStaffAccessHandler,
];

@Module({
  imports: [TypeOrmModule.forFeature([Staff]), JwtModule.register({}), SecurityModule],
  providers: [
    ...CommandHandlers,
    ...QueryHandlers,
    StaffRepository,
    LoginTokenStore,
    PasswordHasher,
    AccessTokenIssuer,
    StaffSessionFactory,
    StaffAccessReader,
  ],
})
export class StaffModule {}
