import { insertRows, type Sql } from './insert-rows';

/** A `broadcasts` row by column. */
export interface BroadcastRow {
  title: string;
  text: string;
  buttons: unknown[];
  audience: Record<string, unknown>;
  status: 'draft' | 'scheduled' | 'sending' | 'paused' | 'sent' | 'failed' | 'cancelled';
  origin: 'panel' | 'bot';
  finished_at?: Date | null;
  total?: number;
  sent_count?: number;
  blocked_count?: number;
  failed_count?: number;
  created_at: Date;
  updated_at: Date;
}

/**
 * A broadcast row in any state, for outcomes the sender would take minutes to reach (finished,
 * with so many blocked). Defaults: a panel draft «Рассылка» without buttons to everyone, created
 * now. Its id.
 */
export async function aBroadcast(sql: Sql, overrides: Partial<BroadcastRow> = {}): Promise<number> {
  const createdAt = overrides.created_at ?? new Date();
  const [id] = await insertRows(sql, 'broadcasts', [
    {
      title: 'Рассылка',
      text: 't',
      buttons: [],
      audience: {},
      status: 'draft',
      origin: 'panel',
      created_at: createdAt,
      updated_at: createdAt,
      ...overrides,
    },
  ]);
  return id;
}

/** A `broadcast_recipients` row by column. */
export interface BroadcastRecipientRow {
  client_id: number;
  chat_id: number;
  status?: 'pending' | 'sending' | 'sent' | 'failed';
}

/** A broadcast's frozen audience, a thousand rows a statement; `pending` unless said. */
export async function broadcastRecipients(
  sql: Sql,
  broadcastId: number,
  recipients: BroadcastRecipientRow[],
): Promise<void> {
  await insertRows(
    sql,
    'broadcast_recipients',
    recipients.map((r) => ({ broadcast_id: broadcastId, status: 'pending', ...r })),
  );
}
