import { CommandBus } from '@nestjs/cqrs';
import { IssueDiscountCommand } from '@dvorik/domain';
import { Command, CommandRunner, Option } from 'nest-commander';
import { say } from '../output';

interface DiscountIssueOptions {
  client: number;
  template: number;
}

const positiveId = (flag: string, value: string): number => {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`${flag} must be a positive integer id`);
  return id;
};

/**
 * `npm run cli -- discount:issue --client 12 --template 3`: the same IssueDiscountCommand as the
 * panel (`manual:{request id}` issue key, recurrence and eligibility checked); the client is
 * told by the worker.
 */
@Command({ name: 'discount:issue', description: 'Issue a discount from a template to a client' })
export class DiscountIssueCommand extends CommandRunner {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  @Option({ flags: '--client <id>', description: 'Client id (as in the panel)', required: true })
  parseClient(value: string): number {
    return positiveId('--client', value);
  }

  @Option({ flags: '--template <id>', description: 'Discount template id', required: true })
  parseTemplate(value: string): number {
    return positiveId('--template', value);
  }

  async run(_: string[], options: DiscountIssueOptions): Promise<void> {
    const { discount } = await this.commands.execute(
      new IssueDiscountCommand({
        actor: { type: 'system', reason: 'cli discount:issue' },
        clientId: options.client,
        templateId: options.template,
        origin: 'manual',
        reason: 'cli discount:issue',
      }),
    );
    say(
      `Issued ${discount.displayCode} (#${discount.id}) to client #${options.client}, valid until ${discount.expiresAt?.toISOString() ?? 'no expiry'}`,
    );
  }
}
