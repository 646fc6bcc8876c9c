import type { BotKind } from '@dvorik/config';

/**
 * Which bot speaks to a record (DESIGN §2 Test bots): what was made through a test twin is
 * messaged through that twin, production records through the production bot — never crossed.
 */
export function botNameFor(kind: BotKind, isTest: boolean): string {
  return isTest ? `${kind}-test` : kind;
}
