import { CommandBus, CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { randomUUID } from 'node:crypto';
import { ClientError, normalizeTags, FilteredClientsReader } from '../../clients';
import { GetDiscountTemplateQuery } from '../../discount-templates';
import { DiscountError } from '../../discounts';
import { RequestAdminJobCommand } from '../../jobs';
import { ResolveClientFilterQuery } from '../../segments';
import { type BulkAction, BULK_SYNC_LIMIT, type BulkTarget } from '../bulk-action';
import { BulkApplier } from '../bulk-applier';
import { ClientsBulkUpdatedEvent } from '../events/bulk.events';
import { BulkUpdateClientsCommand, type BulkUpdateInput } from './bulk-update-clients.command';

@CommandHandler(BulkUpdateClientsCommand)
export class BulkUpdateClientsHandler implements ICommandHandler<BulkUpdateClientsCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly queries: QueryBus,
    private readonly compiler: FilteredClientsReader,
    private readonly applier: BulkApplier,
    private readonly commands: CommandBus,
  ) {}

  async execute({ actor, input }: BulkUpdateClientsCommand) {
    const action = await this.action(input);
    const target: BulkTarget = input.clientIds?.length
      ? { clientIds: [...new Set(input.clientIds)].sort((a, b) => a - b) }
      : { filter: await this.queries.execute(new ResolveClientFilterQuery(input)) };
    const total = 'clientIds' in target ? target.clientIds.length : await this.compiler.count(target.filter);

    if (total <= BULK_SYNC_LIMIT) {
      const runId = randomUUID();
      const ids =
        'clientIds' in target
          ? target.clientIds
          : await this.compiler.idsChunk(target.filter, { afterId: 0, limit: BULK_SYNC_LIMIT });
      return this.uow.run(async () => {
        const result = {
          ...(await this.applier.apply(runId, ids, action, actor, true)),
          matched: ids.length,
        };
        const { failures: _none, ...counts } = result;
        await this.uow.record(
          new ClientsBulkUpdatedEvent(
            actor,
            { type: 'client', id: null },
            { runId, clientIds: ids, action, result: counts },
          ),
        );
        return { mode: 'done' as const, runId, result };
      });
    }

    const jobId = randomUUID();
    // A filter's audience is "the matching clients who existed when this was asked for".
    const maxId = 'filter' in target ? await this.compiler.maxClientId() : null;
    const params = { target, action } as unknown as Record<string, unknown>;
    await this.commands.execute(
      new RequestAdminJobCommand(actor, { id: jobId, kind: 'bulk_clients', params, total, maxId }),
    );
    return { mode: 'queued' as const, jobId, total };
  }

  private async action(input: BulkUpdateInput): Promise<BulkAction> {
    const errors: Record<string, string[]> = {};
    const add = normalizeTags(input.addTags ?? []);
    const remove = normalizeTags(input.removeTags ?? []);
    if (!add.ok) errors.addTags = add.errors;
    if (!remove.ok) errors.removeTags = remove.errors;
    const addTags = add.ok ? add.tags : [];
    const removeTags = remove.ok ? remove.tags : [];
    if (addTags.some((t) => removeTags.includes(t)))
      errors.removeTags = ['A tag cannot be both added and removed'];
    if (!addTags.length && !removeTags.length && input.issueTemplateId === undefined)
      errors.action = ['Give addTags, removeTags or issueTemplateId'];
    if (Object.keys(errors).length) throw ClientError.invalid(errors);
    if (input.issueTemplateId !== undefined) {
      const template = await this.queries.execute(new GetDiscountTemplateQuery(input.issueTemplateId));
      if (!template.active) throw DiscountError.templateInactive(template.id);
    }
    return {
      addTags,
      removeTags,
      issueTemplateId: input.issueTemplateId ?? null,
      reason: input.reason ?? null,
    };
  }
}
