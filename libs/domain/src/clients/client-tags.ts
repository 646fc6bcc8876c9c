/** Tags the system itself sets or reads (DESIGN §2: at most 20 per client, each ≤ 32 characters). */
export const BIRTHDAY_SET_TAG = 'birthday_set';
export const VIP_TAG = 'vip';
export const MAX_TAGS_PER_CLIENT = 20;
export const MAX_TAG_LENGTH = 32;
