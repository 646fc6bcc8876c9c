import { Query } from '@nestjs/cqrs';

/** A printable QR code of the link: PNG (600 px) or SVG (print shops scale it). */
export class GetCampaignQrQuery extends Query<{ contentType: string; filename: string; body: Buffer }> {
  constructor(
    readonly id: number,
    readonly format: 'png' | 'svg',
  ) {
    super();
  }
}
