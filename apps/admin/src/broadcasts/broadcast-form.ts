import type { Broadcast, BroadcastButton } from './types';

/** The composer's form (what the inputs hold), not the API's body. */
export interface ComposerValues {
  title: string;
  text: string;
  buttonList?: BroadcastButton[];
  audienceMode: 'segment' | 'filter' | 'ids';
  segmentId?: number | null;
  filterJson?: string;
  clientIdsText?: string;
}

export interface BroadcastBody {
  title: string;
  text: string;
  buttons: BroadcastButton[][];
  audience: Broadcast['audience'];
}

/** A saved broadcast → the composer's inputs (one URL button per row). */
export function toComposerValues(b: Partial<Broadcast> | undefined): ComposerValues {
  const audience = b?.audience ?? {};
  const mode = audience.clientIds?.length
    ? 'ids'
    : audience.filter && !audience.segmentId
      ? 'filter'
      : 'segment';
  return {
    title: b?.title ?? '',
    text: b?.text ?? '',
    buttonList: (b?.buttons ?? []).flat(),
    audienceMode: mode,
    segmentId: audience.segmentId ?? null,
    filterJson: audience.filter ? JSON.stringify(audience.filter, null, 2) : '',
    clientIdsText: audience.clientIds?.join(', ') ?? '',
  };
}

/** Thrown for a filter that is not JSON: shown at the field, nothing is sent. */
export class ComposerInputError extends Error {
  constructor(
    readonly field: keyof ComposerValues,
    message: string,
  ) {
    super(message);
  }
}

/** The composer's inputs → the API body; the API validates the rest and names fields at fault. */
export function toBroadcastBody(values: ComposerValues): BroadcastBody {
  const buttons = (values.buttonList ?? [])
    .filter((b) => b && (b.text?.trim() || b.url?.trim()))
    .map((b) => [{ text: (b.text ?? '').trim(), url: (b.url ?? '').trim() }]);
  let audience: Broadcast['audience'] = {};
  if (values.audienceMode === 'segment' && values.segmentId)
    audience = { segmentId: Number(values.segmentId) };
  if (values.audienceMode === 'ids') {
    const ids = (values.clientIdsText ?? '')
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
    if (ids.some((id) => !Number.isInteger(id) || id < 1))
      throw new ComposerInputError('clientIdsText', 'Только номера клиентов через запятую');
    audience = { clientIds: ids };
  }
  if (values.audienceMode === 'filter' && values.filterJson?.trim()) {
    let filter: unknown;
    try {
      filter = JSON.parse(values.filterJson);
    } catch {
      throw new ComposerInputError('filterJson', 'Фильтр должен быть JSON-объектом');
    }
    if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
      throw new ComposerInputError('filterJson', 'Фильтр должен быть JSON-объектом');
    audience = { filter: filter as Record<string, unknown> };
  }
  return { title: values.title.trim(), text: values.text, buttons, audience };
}
