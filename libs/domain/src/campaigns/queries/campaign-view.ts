import type { BotUsernameService } from '../bot-username.service';
import type { Campaign } from '../campaign.entity';
import { CAMPAIGN_PAYLOAD_PREFIX, campaignLink } from '../rules/campaign-link.rule';

export interface CampaignView extends Campaign {
  /** `ref_<key>`, what the link carries. */
  startPayload: string;
  /** `https://t.me/<client bot>?start=ref_<key>`; null while the client bot is not reachable. */
  link: string | null;
}

/** A campaign with its `/start` payload and link, as the panel shows it. */
export async function toCampaignView(
  campaign: Campaign,
  usernames: BotUsernameService,
): Promise<CampaignView> {
  const bot = await usernames.clientBot();
  const startPayload = `${CAMPAIGN_PAYLOAD_PREFIX}${campaign.sourceKey}`;
  return { ...campaign, startPayload, link: bot ? campaignLink(bot, campaign.sourceKey) : null };
}
