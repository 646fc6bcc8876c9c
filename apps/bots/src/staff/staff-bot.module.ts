import { Module } from '@nestjs/common';
import { CashierDecisionUpdate } from './cashier-decision.update';
import { CashierRequestUpdate } from './cashier-request.update';
import { CodeCheckUpdate } from './code-check.update';
import { RedeemUpdate } from './redeem.update';
import { StaffBotUpdate } from './staff-bot.update';
import { StaffTextUpdate } from './staff-text.update';
import { TillScanUpdate } from './till-scan.update';

/**
 * Handlers of the staff bot (and its test twin); never shared with the client bot. Telegraf
 * tries handlers in registration order, which is this array's: the catch-all text handler last.
 */
const Updates = [
  StaffBotUpdate,
  CashierRequestUpdate,
  RedeemUpdate,
  TillScanUpdate,
  CashierDecisionUpdate,
  CodeCheckUpdate,
  StaffTextUpdate,
];

@Module({ providers: Updates })
export class StaffBotModule {}
