import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings';
import { BirthdayClientsReader } from './birthday-clients.reader';
import { IssueBirthdayDiscountsJob } from './jobs/issue-birthday-discounts.job';

const Jobs = [IssueBirthdayDiscountsJob];

/** The daily birthday codes; the greeting itself is a notification of `discount.issued`. */
@Module({ imports: [SettingsModule], providers: [...Jobs, BirthdayClientsReader] })
export class BirthdaysModule {}
