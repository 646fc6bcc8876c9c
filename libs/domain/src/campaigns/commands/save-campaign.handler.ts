import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { isDuplicateKeyError, UnitOfWork } from '@dvorik/persistence';
import { shopDateKey } from '../../shared';
import type { Campaign } from '../campaign.entity';
import { CampaignError } from '../campaigns.errors';
import { CampaignsRepository } from '../campaigns.repository';
import { CampaignCreatedEvent, CampaignDeletedEvent, CampaignUpdatedEvent } from '../events/campaign.events';
import { sourceKeyErrors } from '../rules/campaign-link.rule';
import {
  type CampaignInput,
  CreateCampaignCommand,
  DeleteCampaignCommand,
  RecordCampaignStartCommand,
  UpdateCampaignCommand,
} from './save-campaign.command';

const snapshot = (c: Campaign) => ({ name: c.name, sourceKey: c.sourceKey });

function validate(input: Partial<CampaignInput>): Partial<CampaignInput> {
  const fields: Record<string, string[]> = {};
  const name = input.name?.trim();
  if (name !== undefined && (name.length < 1 || name.length > 128)) fields.name = ['1–128 characters'];
  const keyErrors = input.sourceKey === undefined ? [] : sourceKeyErrors(input.sourceKey);
  if (keyErrors.length) fields.sourceKey = keyErrors;
  if (Object.keys(fields).length) throw CampaignError.invalid(fields);
  return {
    ...(name !== undefined && { name }),
    ...(input.sourceKey !== undefined && { sourceKey: input.sourceKey }),
  };
}

const keyTaken = (error: unknown, key: string | undefined) =>
  isDuplicateKeyError(error, 'uq_campaigns_source_key') ? CampaignError.sourceKeyTaken(key ?? '') : error;

@CommandHandler(CreateCampaignCommand)
export class CreateCampaignHandler implements ICommandHandler<CreateCampaignCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly campaigns: CampaignsRepository,
  ) {}

  async execute({ actor, input }: CreateCampaignCommand) {
    const { name, sourceKey } = validate(input) as CampaignInput;
    try {
      return await this.uow.run(async () => {
        const campaign = await this.campaigns.insert({ name, sourceKey, createdAt: new Date() });
        await this.uow.record(
          new CampaignCreatedEvent(
            actor,
            { type: 'campaign', id: campaign.id },
            { after: snapshot(campaign) },
          ),
        );
        return campaign;
      });
    } catch (error) {
      throw keyTaken(error, sourceKey);
    }
  }
}

@CommandHandler(UpdateCampaignCommand)
export class UpdateCampaignHandler implements ICommandHandler<UpdateCampaignCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly campaigns: CampaignsRepository,
  ) {}

  async execute({ actor, id, input }: UpdateCampaignCommand) {
    const changes = validate(input);
    try {
      return await this.uow.run(async () => {
        const before = await this.campaigns.findById(id, true);
        if (!before) throw CampaignError.notFound(id);
        const after = { ...before, ...changes };
        if (after.sourceKey !== before.sourceKey) {
          const clients = await this.campaigns.clientCount(id);
          if (clients > 0) throw CampaignError.inUse(id, clients);
        }
        if (after.name === before.name && after.sourceKey === before.sourceKey) return before;
        await this.campaigns.update(id, changes);
        await this.uow.record(
          new CampaignUpdatedEvent(
            actor,
            { type: 'campaign', id },
            { before: snapshot(before), after: snapshot(after) },
          ),
        );
        return after;
      });
    } catch (error) {
      throw keyTaken(error, changes.sourceKey);
    }
  }
}

@CommandHandler(DeleteCampaignCommand)
export class DeleteCampaignHandler implements ICommandHandler<DeleteCampaignCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly campaigns: CampaignsRepository,
  ) {}

  execute({ actor, id }: DeleteCampaignCommand) {
    return this.uow.run(async () => {
      const before = await this.campaigns.findById(id, true);
      if (!before) throw CampaignError.notFound(id);
      const clients = await this.campaigns.clientCount(id);
      if (clients > 0) throw CampaignError.inUse(id, clients);
      await this.campaigns.delete(id);
      await this.uow.record(
        new CampaignDeletedEvent(actor, { type: 'campaign', id }, { before: snapshot(before) }),
      );
      return { deleted: true as const };
    });
  }
}

@CommandHandler(RecordCampaignStartCommand)
export class RecordCampaignStartHandler implements ICommandHandler<RecordCampaignStartCommand> {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly config: AppConfig,
  ) {}

  async execute({ sourceKey, isTest }: RecordCampaignStartCommand) {
    await this.campaigns.recordStart(sourceKey, shopDateKey(new Date(), this.config.timeZone), isTest);
  }
}
