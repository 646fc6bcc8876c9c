import { Command } from '@nestjs/cqrs';

/** Counts `client_totals` again from the clients: for clients written by SQL outside the commands (the bench's million). */
export class RecountClientTotalsCommand extends Command<void> {}
