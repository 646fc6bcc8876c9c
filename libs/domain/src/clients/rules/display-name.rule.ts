export interface NameParts {
  firstName?: string | null;
  lastName?: string | null;
  username?: string | null;
}

export const NAMELESS = 'Без имени';

/** How a client is named to cashiers and in the panel (DESIGN §2): name, else @username, else «Без имени». */
export function displayName({ firstName, lastName, username }: NameParts): string {
  const fullName = [firstName, lastName]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ');
  if (fullName) return fullName;
  // Stored usernames come without "@", but tolerate one so it is never shown twice.
  const handle = username?.trim().replace(/^@+/, '') ?? '';
  return handle ? `@${handle}` : NAMELESS;
}
