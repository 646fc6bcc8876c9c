/**
 * The clients page's filter form → the API's client filter (DESIGN §2). Form inputs hold text
 * where the filter wants lists («vip, опт» → ["vip", "опт"]) or numbers; the API validates the
 * rest and names any field at fault (SEGMENT_INVALID).
 */
const LIST = /[\s,]+/;

function toList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const items = value.split(LIST).filter(Boolean);
  return items.length ? items : undefined;
}

function toNumber(value: unknown): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}

function toNumberList(value: unknown): unknown {
  const list = toList(value);
  return Array.isArray(list) ? list.map(toNumber) : toNumber(list);
}

/** Strips empty parts and converts text inputs; never adds a key the form did not set. */
export function toClientFilter(form: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...form };
  if (out.tags && typeof out.tags === 'object') {
    const tags: Record<string, unknown> = {};
    for (const [mode, value] of Object.entries(out.tags as Record<string, unknown>)) {
      const list = toList(value);
      if (list !== undefined) tags[mode] = list;
    }
    out.tags = Object.keys(tags).length ? tags : undefined;
  }
  if (out.source !== undefined) out.source = toList(out.source);
  if (out.campaignId !== undefined) out.campaignId = toNumberList(out.campaignId);
  for (const key of ['birthdayMonth', 'birthdayWithinDays'] as const) {
    if (out[key] !== undefined) out[key] = toNumber(out[key]);
  }
  for (const [key, value] of Object.entries(out)) if (value === undefined) delete out[key];
  return out;
}
