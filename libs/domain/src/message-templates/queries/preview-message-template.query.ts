import { Query } from '@nestjs/cqrs';
import type { Placeholder } from '../rules/template-text.rule';

/**
 * The editor's preview: a draft `body` (or the saved one) rendered with sample values,
 * validated exactly as a save would be, so the panel shows what clients will read.
 */
export class PreviewMessageTemplateQuery extends Query<{ key: string; body: string; rendered: string }> {
  constructor(
    readonly key: string,
    readonly body?: string,
    readonly values: Partial<Record<Placeholder, string>> = {},
  ) {
    super();
  }
}
