import { Injectable } from '@nestjs/common';
import { SEGMENT_PRESETS } from './segment-presets';
import { SegmentsRepository } from './segments.repository';

/** `cli seed`: the preset segments, inserted once by key and never overwritten. */
@Injectable()
export class SegmentsSeeder {
  constructor(private readonly segments: SegmentsRepository) {}

  async seed(): Promise<number> {
    const now = new Date();
    let inserted = 0;
    for (const preset of SEGMENT_PRESETS) {
      const created = await this.segments.insertPresetIfAbsent({
        name: preset.name,
        description: null,
        filter: preset.filter,
        presetKey: preset.key,
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      });
      if (created) inserted++;
    }
    return inserted;
  }
}
