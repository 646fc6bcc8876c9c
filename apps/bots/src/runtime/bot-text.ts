import type { MessageTemplateKey, Placeholder } from '@dvorik/domain';

export type TemplateValues = Partial<Record<Placeholder, string>>;

/**
 * A bot answer before rendering: a message template (editable by staff) with its values, and
 * optionally a second template appended as a hint — or, for the few staff-only technical
 * answers without a template, plain HTML.
 */
export type BotText =
  { key: MessageTemplateKey; values?: TemplateValues; hint?: MessageTemplateKey } | { html: string };

export const template = (key: MessageTemplateKey, values?: TemplateValues): BotText => ({ key, values });
