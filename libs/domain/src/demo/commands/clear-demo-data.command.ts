import { Command } from '@nestjs/cqrs';

/** `cli demo:clear`: removes exactly what the demo seed created (and the sandbox people's rows). */
export class ClearDemoDataCommand extends Command<{ removed: Record<string, number> }> {}
