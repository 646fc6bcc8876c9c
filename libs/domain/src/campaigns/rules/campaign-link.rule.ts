/** Telegram's deep-link payload limit; the payload is `ref_<key>`. */
export const MAX_START_PAYLOAD = 64;
export const CAMPAIGN_PAYLOAD_PREFIX = 'ref_';
export const MAX_SOURCE_KEY = MAX_START_PAYLOAD - CAMPAIGN_PAYLOAD_PREFIX.length;
const SOURCE_KEY = /^[A-Za-z0-9_-]+$/;

/** Why a source key cannot be used; empty when it can. */
export function sourceKeyErrors(key: string): string[] {
  if (key.length < 1 || key.length > MAX_SOURCE_KEY) return [`1–${MAX_SOURCE_KEY} characters`];
  return SOURCE_KEY.test(key) ? [] : ['only A-Z a-z 0-9 _ -'];
}

/** `https://t.me/<client bot>?start=ref_<key>`: what a poster's QR code opens. */
export function campaignLink(botUsername: string, sourceKey: string): string {
  return `https://t.me/${botUsername.replace(/^@/, '')}?start=${CAMPAIGN_PAYLOAD_PREFIX}${sourceKey}`;
}
