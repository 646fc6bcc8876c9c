import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import QRCode from 'qrcode';
import { BotUsernameService } from '../bot-username.service';
import { CampaignError } from '../campaigns.errors';
import { CampaignsRepository } from '../campaigns.repository';
import { toCampaignView } from './campaign-view';
import { GetCampaignQrQuery } from './get-campaign-qr.query';

/** Sharp on a screen and on an A4 poster; SVG is the format for anything larger. */
const PNG_WIDTH = 600;

@QueryHandler(GetCampaignQrQuery)
export class GetCampaignQrHandler implements IQueryHandler<GetCampaignQrQuery> {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly usernames: BotUsernameService,
  ) {}

  async execute({ id, format }: GetCampaignQrQuery) {
    const campaign = await this.campaigns.findById(id);
    if (!campaign) throw CampaignError.notFound(id);
    const { link } = await toCampaignView(campaign, this.usernames);
    if (!link) throw CampaignError.linkUnavailable('the client bot is not configured or not reachable');
    // Error correction M and a 4-module quiet zone: scannable from a photo of a poster.
    const options = { errorCorrectionLevel: 'M' as const, margin: 4 };
    const filename = `campaign-${campaign.sourceKey}.${format}`;
    if (format === 'svg') {
      const svg = await QRCode.toString(link, { ...options, type: 'svg' });
      return { contentType: 'image/svg+xml', filename, body: Buffer.from(svg) };
    }
    return {
      contentType: 'image/png',
      filename,
      body: await QRCode.toBuffer(link, { ...options, width: PNG_WIDTH }),
    };
  }
}
