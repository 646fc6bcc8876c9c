import { parseClientFilter } from '../../clients';
import type { Actor } from '@dvorik/persistence';
import type { Broadcast } from '../broadcast.entity';
import type { BroadcastAudience, BroadcastOrigin } from '../broadcast.types';
import { BroadcastError } from '../broadcasts.errors';
import {
  audienceProblems,
  type BroadcastContent,
  broadcastContentProblems,
} from '../rules/broadcast-content.rule';

/**
 * A draft as it may be stored: content Telegram would accept, an audience of the right shape. A
 * filter is validated by the segments capability (SEGMENT_INVALID naming its fields), so an
 * unknown key never reaches SQL at launch.
 */
export function checkedDraft<T extends BroadcastContent & { audience: BroadcastAudience }>(draft: T): T {
  const problems = { ...broadcastContentProblems(draft), ...audienceProblems(draft.audience) };
  if (Object.keys(problems).length > 0) throw BroadcastError.invalid(problems);
  if (draft.audience.filter !== undefined)
    return { ...draft, audience: { ...draft.audience, filter: parseClientFilter(draft.audience.filter) } };
  return draft;
}

/** A new draft row: everything the sender will count starts at zero. */
export function draftRow(
  draft: BroadcastContent & { audience: BroadcastAudience; scheduledAt: Date | null },
  origin: BroadcastOrigin,
  actor: Actor,
): Omit<Broadcast, 'id'> {
  const now = new Date();
  return {
    title: draft.title.trim(),
    text: draft.text,
    buttons: draft.buttons,
    audience: draft.audience,
    mediaKind: draft.mediaKind,
    scheduledAt: draft.scheduledAt,
    status: 'draft',
    origin,
    launchedAt: null,
    audienceFrozenAt: null,
    startedAt: null,
    finishedAt: null,
    total: 0,
    sentCount: 0,
    failedCount: 0,
    blockedCount: 0,
    lastError: null,
    lastErrorAt: null,
    failureReason: null,
    createdBy: actor.type === 'staff' ? actor.staffId : null,
    createdAt: now,
    updatedAt: now,
  };
}
