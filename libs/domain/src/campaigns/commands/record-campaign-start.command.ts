import { Command } from '@nestjs/cqrs';

/** A `/start ref_<key>` (new or returning client): one more start in the campaign's funnel. */
export class RecordCampaignStartCommand extends Command<void> {
  constructor(
    readonly sourceKey: string,
    readonly isTest: boolean,
  ) {
    super();
  }
}
