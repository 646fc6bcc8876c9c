import { Command } from '@nestjs/cqrs';

/** The client typed their birthday; set once by the client (staff correct it elsewhere). */
export class SetBirthdayCommand extends Command<{ birthday: string }> {
  constructor(
    readonly clientId: number,
    readonly text: string,
  ) {
    super();
  }
}
