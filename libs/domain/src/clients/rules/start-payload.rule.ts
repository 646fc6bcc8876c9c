/** Telegram's own limit for a `/start` deep-link payload and its allowed characters. */
const VALID_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;
const CAMPAIGN_PREFIX = /^ref_/i;

export const ORGANIC_SOURCE = 'organic';

export interface StartSource {
  /** The payload as received, kept for support questions ("which link did they use?"). */
  source: string;
  /** Lowercase, without `ref_`: what filters and stats group by. */
  sourceNormalized: string;
  /** The campaign's `source_key` when the payload is `ref_<key>`; looked up by the caller. */
  campaignKey: string | null;
}

const ORGANIC: StartSource = { source: ORGANIC_SOURCE, sourceNormalized: ORGANIC_SOURCE, campaignKey: null };

/**
 * Where a client came from, from the payload of their first `/start`. Garbage is ignored
 * (the client is still registered, as organic) rather than refused: a broken link on a
 * poster must not lose a shopper. `REF_` is read like `ref_` because people retype links.
 * A bare `ref_` names no campaign and keeps its text as the source.
 */
export function parseStartPayload(payload: string | undefined | null): StartSource {
  const text = typeof payload === 'string' ? payload.trim() : '';
  if (!VALID_PAYLOAD.test(text)) return { ...ORGANIC };
  const key = text.replace(CAMPAIGN_PREFIX, '');
  if (key === '') return { source: text, sourceNormalized: text.toLowerCase(), campaignKey: null };
  const isCampaign = key !== text;
  return { source: text, sourceNormalized: key.toLowerCase(), campaignKey: isCampaign ? key : null };
}
