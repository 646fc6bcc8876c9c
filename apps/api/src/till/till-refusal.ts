import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { DomainError, RenderMessageQuery } from '@dvorik/domain';
import type { DomainErrorCode } from '@dvorik/domain/errors';
// The staff bot's one map from refusals to what a cashier reads: the Mini App is the staff bot's
// own page, so a refusal reads there word for word as in the chat (the same editable templates).
import { domainErrorReply } from '../../../bots/src/errors/domain-error-replies';

/** A domain refusal with the cashier's Russian text; the error filter adds it to the body as `text`. */
export class TillRefusal extends DomainError<DomainErrorCode> {
  constructor(
    error: DomainError,
    readonly cashierText: string,
  ) {
    super(error.code as DomainErrorCode, error.message, error.details);
  }
}

/** Telegram HTML of a message template → plain text for the page's textContent. */
function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

@Injectable()
export class TillRefusals {
  constructor(
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  /** Runs a till command; a refusal comes back as a TillRefusal carrying the cashier's text. */
  async explain<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const reply = domainErrorReply(
        { code: error.code as DomainErrorCode, details: error.details },
        this.config.timeZone,
      );
      if ('html' in reply) throw new TillRefusal(error, plain(reply.html));
      const body = await this.queries.execute(new RenderMessageQuery(reply.key, reply.values));
      const hint = reply.hint
        ? await this.queries.execute(new RenderMessageQuery(reply.hint, reply.values))
        : '';
      throw new TillRefusal(error, plain(hint ? `${body}\n${hint}` : body));
    }
  }
}
