import { Command } from '@nestjs/cqrs';

/**
 * The worker's: a scheduled broadcast whose time has come freezes its audience into recipient
 * rows and starts sending. Safe to run again or in several workers (exactly one start).
 */
export class StartBroadcastCommand extends Command<{ started: boolean; total: number }> {
  constructor(readonly id: number) {
    super();
  }
}
