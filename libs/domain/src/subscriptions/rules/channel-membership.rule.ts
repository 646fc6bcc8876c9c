/** A member's status in a chat, as the Bot API names it. */
export type ChannelMemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';

export interface ChannelMembership {
  status: ChannelMemberStatus;
  /** Only meaningful for `restricted`: a restricted user may or may not still be in the chat. */
  isMember?: boolean;
}

/** DESIGN §3: member, administrator, creator, and restricted-but-still-in count as subscribed. */
export function isSubscribed({ status, isMember }: ChannelMembership): boolean {
  switch (status) {
    case 'creator':
    case 'administrator':
    case 'member':
      return true;
    case 'restricted':
      return isMember === true;
    case 'left':
    case 'kicked':
      return false;
  }
}

export function isChannelMemberStatus(value: unknown): value is ChannelMemberStatus {
  return (
    typeof value === 'string' &&
    ['creator', 'administrator', 'member', 'restricted', 'left', 'kicked'].includes(value)
  );
}

/**
 * Whether a chat is the shop's channel as the setting names it: `-100…` (its id) or
 * `@username` (usernames compare case-insensitively, as Telegram treats them).
 */
export function isConfiguredChannel(
  setting: string | null,
  chat: { id: number; username?: string | null },
): boolean {
  if (!setting) return false;
  if (setting.startsWith('@'))
    return !!chat.username && setting.slice(1).toLowerCase() === chat.username.toLowerCase();
  return setting === String(chat.id);
}
