import { Command } from '@nestjs/cqrs';
import type { StaffView } from '../staff.entity';

export interface StaffSession {
  accessToken: string;
  staff: StaffView;
}

export class ExchangeLoginTokenCommand extends Command<StaffSession> {
  constructor(
    readonly token: string,
    readonly ip: string | null,
  ) {
    super();
  }
}
