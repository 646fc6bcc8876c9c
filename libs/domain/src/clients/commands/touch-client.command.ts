import { Command } from '@nestjs/cqrs';
import type { RegisterClientInput } from './register-client.command';

/** Any update from a client: names and last activity refreshed with one UPDATE; unknown ids are a no-op. */
export class TouchClientCommand extends Command<{ known: boolean }> {
  constructor(readonly input: Omit<RegisterClientInput, 'startPayload' | 'isTest'>) {
    super();
  }
}
