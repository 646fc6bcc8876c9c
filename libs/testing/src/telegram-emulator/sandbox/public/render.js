// Renders a Telegram message (text + entities, offsets in UTF-16 code units) as HTML, the way
// Telegram's clients show bold, italic, links, code, spoilers and quotes.
(function () {
  const escape = (s) =>
    s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const safeUrl = (url) => (/^(https?:|tg:|mailto:)/i.test(url) ? url : '#');

  function open(entity, text) {
    switch (entity.type) {
      case 'bold':
        return ['<b>', '</b>'];
      case 'italic':
        return ['<i>', '</i>'];
      case 'underline':
        return ['<u>', '</u>'];
      case 'strikethrough':
        return ['<s>', '</s>'];
      case 'spoiler':
        return ['<span class="spoiler" title="Спойлер: нажмите, чтобы показать">', '</span>'];
      case 'code':
        return ['<code>', '</code>'];
      case 'pre':
        return ['<pre>', '</pre>'];
      case 'blockquote':
      case 'expandable_blockquote':
        return ['<blockquote>', '</blockquote>'];
      case 'text_link':
        return [`<a href="${escape(safeUrl(entity.url))}" target="_blank" rel="noopener">`, '</a>'];
      case 'url': {
        const url = text.slice(entity.offset, entity.offset + entity.length);
        const href = /^https?:/i.test(url) ? url : `https://${url}`;
        return [`<a href="${escape(href)}" target="_blank" rel="noopener">`, '</a>'];
      }
      case 'bot_command':
      case 'mention':
        return ['<span class="command">', '</span>'];
      default:
        return ['', ''];
    }
  }

  /** HTML of `text` with its `entities`; nested entities close in reverse order of opening. */
  function renderEntities(text, entities) {
    if (!text) return '';
    const sorted = [...(entities || [])].sort((a, b) => a.offset - b.offset || b.length - a.length);
    const opens = new Map();
    const closes = new Map();
    for (const entity of sorted) {
      const [before, after] = open(entity, text);
      if (!opens.has(entity.offset)) opens.set(entity.offset, []);
      opens.get(entity.offset).push(before);
      const end = entity.offset + entity.length;
      if (!closes.has(end)) closes.set(end, []);
      closes.get(end).unshift(after);
    }
    let html = '';
    for (let i = 0; i <= text.length; i++) {
      if (closes.has(i)) html += closes.get(i).join('');
      if (opens.has(i)) html += opens.get(i).join('');
      if (i < text.length) html += escape(text[i]);
    }
    return html.replace(/\n/g, '<br>');
  }

  window.renderEntities = renderEntities;
})();
