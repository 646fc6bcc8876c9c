import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { AdminJobsRepository } from '../admin-jobs.repository';
import { BulkRequestedEvent, ExportRequestedEvent } from '../events/admin-job.events';
import { RequestAdminJobCommand } from './request-admin-job.command';

@CommandHandler(RequestAdminJobCommand)
export class RequestAdminJobHandler implements ICommandHandler<RequestAdminJobCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly jobs: AdminJobsRepository,
  ) {}

  execute({ actor, job }: RequestAdminJobCommand): Promise<void> {
    const { id, kind, params, total, maxId } = job;
    return this.uow.run(async () => {
      await this.jobs.create({
        id,
        kind,
        requestedBy: actor.type === 'staff' ? actor.staffId : 0,
        requestedRole: actor.type === 'staff' ? actor.role : actor.type,
        params,
        total,
        maxId,
      });
      const subject = { type: 'admin_job', id };
      const payload = { jobId: id, kind, total, params };
      await this.uow.record(
        kind === 'bulk_clients'
          ? new BulkRequestedEvent(actor, subject, payload)
          : new ExportRequestedEvent(actor, subject, payload),
      );
    });
  }
}
