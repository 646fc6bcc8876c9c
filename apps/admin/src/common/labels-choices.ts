import { NOTIFICATION_GROUP, STAFF_ROLE } from './labels';

const TABLES = { role: STAFF_ROLE, group: NOTIFICATION_GROUP };

/** Choices for a select or checkbox group from one of the label tables. */
export function choicesOf(table: keyof typeof TABLES) {
  return Object.entries(TABLES[table]).map(([id, name]) => ({ id, name }));
}
