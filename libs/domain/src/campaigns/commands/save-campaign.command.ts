import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { Campaign } from '../campaign.entity';

export interface CampaignInput {
  name: string;
  /** `[A-Za-z0-9_-]`, ≤ 60 so that `ref_<key>` fits Telegram's 64-character payload. */
  sourceKey: string;
}

export class CreateCampaignCommand extends Command<Campaign> {
  constructor(
    readonly actor: Actor,
    readonly input: CampaignInput,
  ) {
    super();
  }
}

export class UpdateCampaignCommand extends Command<Campaign> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
    readonly input: Partial<CampaignInput>,
  ) {
    super();
  }
}

export class DeleteCampaignCommand extends Command<{ deleted: true }> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
  ) {
    super();
  }
}

/** A `/start ref_<key>` (new or returning client): one more start in the campaign's funnel. */
export class RecordCampaignStartCommand extends Command<void> {
  constructor(
    readonly sourceKey: string,
    readonly isTest: boolean,
  ) {
    super();
  }
}
