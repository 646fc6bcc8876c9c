import { Command } from '@nestjs/cqrs';

export interface TagClientsResult {
  /** Ids that are no client (skipped, in the order asked). */
  missing: number[];
  /** Clients left untagged because they would have more than `MAX_TAGS_PER_CLIENT` tags. */
  overTagLimit: number[];
  /** Existing clients within the limit: the ones the tags were added to. */
  tagged: number[];
  /** (client, tag) pairs removed and added. */
  removed: number;
  added: number;
}

/**
 * Staff-side tagging of many clients at once (a chunk of a bulk action): removes `removeTags`
 * from the existing ones, then adds `addTags` to those that stay within the tag limit. Joins the
 * caller's transaction, so a chunk's tags commit (or roll back) with the rest of the chunk.
 */
export class TagClientsCommand extends Command<TagClientsResult> {
  constructor(readonly input: { clientIds: number[]; addTags: string[]; removeTags: string[] }) {
    super();
  }
}
