import { DEMO_WORLD } from '@dvorik/domain/demo/demo-world';
import type { EmulatorControls } from '../emulator-controls';

/**
 * The demo bots, the shop's channel (the client bot is its admin, so joining and leaving reach
 * it as chat_member updates) and the people the sandbox offers to play.
 */
export function setUpDemoWorld(emulator: EmulatorControls): void {
  const { bots, channel, people } = DEMO_WORLD;
  for (const bot of [bots.client, bots.staff]) emulator.createBot(bot);
  emulator.createChannel(channel);
  emulator.addAdmin(channel.id, bots.client.token);
  // In this order the sandbox opens its phones: the shopper with the client bot, the cashier with the staff bot.
  for (const person of [people.shopper, people.cashier, people.owner])
    emulator.user({ id: person.id, firstName: person.firstName, lastName: person.lastName });
}
