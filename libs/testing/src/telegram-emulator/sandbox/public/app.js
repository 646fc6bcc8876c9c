// The sandbox: phone-like chats of Telegram users with the bots, played through the emulator's
// control API. Each phone polls its chat; bot edits replace messages in place.
(function () {
  const POLL_MS = 700;
  let world = { bots: [], people: [], channels: [] };

  async function api(method, path, body) {
    const res = await fetch(path, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (!json.ok) throw new Error(json.description);
    return json.result;
  }

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (value !== undefined && value !== null) node.setAttribute(key, value);
    }
    for (const child of children) node.append(child);
    return node;
  };
  const nameOf = (user) => [user.first_name, user.last_name].filter(Boolean).join(' ');

  function messageNode(phone, { side, message }) {
    const node = el('div', { class: `msg ${side}`, 'data-message-id': message.message_id });
    const largest = (message.photo || []).at(-1);
    if (largest)
      node.append(el('img', { src: `/sandbox/files/${encodeURIComponent(largest.file_id)}`, alt: 'Фото' }));
    if (message.video) node.append(el('div', { class: 'media' }, '🎬 Видео'));
    if (message.document)
      node.append(el('div', { class: 'media' }, `📄 ${message.document.file_name || 'Документ'}`));
    if (message.contact) node.append(el('div', { class: 'media' }, `📱 ${message.contact.phone_number}`));
    const text = message.text ?? message.caption;
    if (text) {
      const body = el('div', { class: 'text' });
      body.innerHTML = window.renderEntities(text, message.entities ?? message.caption_entities);
      node.append(body);
    }
    if (message.edit_date) node.append(el('span', { class: 'edited' }, 'изменено'));
    const rows = message.reply_markup?.inline_keyboard ?? [];
    if (rows.length > 0) {
      const keyboard = el('div', { class: 'inline-keyboard' });
      for (const row of rows) {
        const line = el('div', { class: 'row' });
        for (const button of row) {
          if (button.web_app)
            line.append(
              el(
                'button',
                { type: 'button', onclick: () => phone.openWebApp(button.web_app.url) },
                `${button.text} ▣`,
              ),
            );
          else if (button.url)
            line.append(
              el(
                'a',
                { class: 'button', href: button.url, target: '_blank', rel: 'noopener' },
                `${button.text} ↗`,
              ),
            );
          else
            line.append(
              el('button', { type: 'button', onclick: () => phone.press(message, button) }, button.text),
            );
        }
        keyboard.append(line);
      }
      node.append(keyboard);
    }
    return node;
  }

  /** The reply keyboard Telegram shows: the one of the latest bot message that set or removed one. */
  function currentKeyboard(chat) {
    for (let i = chat.length - 1; i >= 0; i--) {
      const markup = chat[i].side === 'bot' ? chat[i].message.reply_markup : undefined;
      if (markup?.keyboard) return markup.keyboard;
      if (markup?.remove_keyboard) return [];
    }
    return [];
  }

  class Phone {
    constructor(personId, botId) {
      this.personId = personId;
      this.botId = botId;
      this.lastChat = '';
      this.root = el('section', { class: 'phone' });
      this.head = el('div', { class: 'phone-head' });
      this.channelBar = el('div', { class: 'channel-bar' });
      this.log = el('div', { class: 'messages', role: 'log', 'aria-label': 'Сообщения' });
      this.keyboard = el('div', { class: 'reply-keyboard' });
      this.input = el('input', { 'aria-label': 'Сообщение', placeholder: 'Сообщение', autocomplete: 'off' });
      this.toast = el('div', { class: 'toast', role: 'status' });
      const composer = el(
        'form',
        { class: 'composer', onsubmit: (e) => (e.preventDefault(), this.send(this.input.value)) },
        this.input,
        el('button', { type: 'submit' }, 'Отправить'),
      );
      this.root.append(this.head, this.channelBar, this.log, this.toast, this.keyboard, composer);
      this.renderHead();
      this.timer = setInterval(() => this.refresh().catch((e) => this.say(e.message)), POLL_MS);
      void this.refresh();
    }

    get person() {
      return (
        world.people.find((p) => p.id === this.personId) ?? {
          id: this.personId,
          first_name: `User ${this.personId}`,
        }
      );
    }
    get bot() {
      return world.bots.find((b) => b.id === this.botId) ?? world.bots[0];
    }

    renderHead() {
      this.root.setAttribute('aria-label', `Телефон: ${nameOf(this.person)}`);
      const who = el('select', {
        'aria-label': 'Кто',
        onchange: (e) => this.switchTo(Number(e.target.value), this.botId),
      });
      for (const p of world.people)
        who.append(
          el(
            'option',
            { value: p.id, ...(p.id === this.personId ? { selected: '' } : {}) },
            `${nameOf(p)} (${p.id})`,
          ),
        );
      const chat = el('select', {
        'aria-label': 'Чат',
        onchange: (e) => this.switchTo(this.personId, Number(e.target.value)),
      });
      for (const b of world.bots)
        chat.append(
          el(
            'option',
            { value: b.id, ...(b.id === this.botId ? { selected: '' } : {}) },
            `${b.first_name} @${b.username}`,
          ),
        );
      this.head.replaceChildren(who, chat);
    }

    switchTo(personId, botId) {
      this.personId = personId;
      this.botId = botId;
      this.lastChat = '';
      this.log.replaceChildren();
      this.renderHead();
      void this.refresh();
    }

    say(text) {
      this.toast.textContent = text;
      clearTimeout(this.toastTimer);
      this.toastTimer = setTimeout(() => (this.toast.textContent = ''), 4000);
    }

    async act(path, body) {
      try {
        const result = await api('POST', `/control/users/${this.personId}/${path}`, {
          token: this.bot.token,
          ...body,
        });
        await this.refresh();
        return result;
      } catch (error) {
        this.say(error.message);
      }
    }

    async send(text) {
      if (!text.trim()) return;
      this.input.value = '';
      await this.act('text', { text });
    }

    async press(message, button) {
      const result = await this.act('press', { messageId: message.message_id, data: button.callback_data });
      if (!result) return;
      for (let i = 0; i < 20; i++) {
        const answer = await api('GET', `/control/callbacks/${result.callbackQueryId}`);
        if (answer) return answer.text && this.say(answer.text);
        await new Promise((r) => setTimeout(r, 250));
      }
    }

    /**
     * A `web_app` button, as Telegram Web opens it: the page in a frame over the chat, launched with
     * `initData` the emulator signs with the bot's token. The page talks to us as to Telegram.
     */
    async openWebApp(url) {
      try {
        const launch = await api('POST', `/control/users/${this.personId}/web-app`, {
          token: this.bot.token,
          url,
        });
        this.closeWebApp();
        this.frame = el('iframe', { src: launch.url, title: 'Мини-приложение', class: 'web-app-frame' });
        this.webApp = el(
          'div',
          { class: 'web-app', role: 'dialog', 'aria-label': `Мини-приложение: ${this.bot.first_name}` },
          el(
            'div',
            { class: 'web-app-bar' },
            el('span', {}, this.bot.first_name),
            el('button', { type: 'button', onclick: () => this.closeWebApp() }, 'Закрыть'),
          ),
          this.frame,
        );
        this.root.append(this.webApp);
      } catch (error) {
        this.say(error.message);
      }
    }

    closeWebApp() {
      this.closeScanner();
      this.webApp?.remove();
      this.webApp = null;
      this.frame = null;
    }

    /** Events of the Mini App's Telegram script (`postEvent` from inside a frame). */
    onWebAppEvent(type, data) {
      if (type === 'web_app_open_scan_qr_popup') void this.openScanner(data?.text);
      else if (type === 'web_app_close_scan_qr_popup') this.closeScanner();
      else if (type === 'web_app_close') this.closeWebApp();
    }

    toWebApp(eventType, eventData) {
      this.frame?.contentWindow?.postMessage(JSON.stringify({ eventType, eventData }), '*');
    }

    /**
     * Telegram's QR scanner, the sandbox's way: the camera «sees» the QR pictures that bots sent
     * into the other phones' chats (a client showing their code), newest first.
     */
    async openScanner(hint) {
      this.closeScanner();
      const list = el('div', { class: 'scanner-list' });
      this.scanner = el(
        'div',
        { class: 'scanner', role: 'dialog', 'aria-label': 'Сканер QR-кодов' },
        el('p', {}, hint || 'Наведите камеру на QR-код'),
        list,
        el('button', { type: 'button', onclick: () => this.cancelScan() }, 'Отмена'),
      );
      this.webApp?.append(this.scanner);
      const found = await qrPictures(this);
      if (!found.length) list.append(el('p', { class: 'hint' }, 'В чатах песочницы нет QR-кодов'));
      for (const { fileId, text, owner } of found)
        list.append(
          el(
            'button',
            {
              type: 'button',
              class: 'scan-target',
              'aria-label': `QR-код из чата: ${owner}`,
              onclick: () => this.toWebApp('qr_text_received', { data: text }),
            },
            el('img', { src: `/sandbox/files/${encodeURIComponent(fileId)}`, alt: '' }),
            el('span', {}, owner),
          ),
        );
    }

    cancelScan() {
      this.closeScanner();
      this.toWebApp('scan_qr_popup_closed', {});
    }

    closeScanner() {
      this.scanner?.remove();
      this.scanner = null;
    }

    async refresh() {
      const bot = this.bot;
      if (!bot) return;
      const chat = await api(
        'GET',
        `/control/users/${this.personId}/chat?token=${encodeURIComponent(bot.token)}`,
      );
      const snapshot = JSON.stringify(chat);
      if (snapshot !== this.lastChat) {
        this.lastChat = snapshot;
        this.chat = chat;
        const atBottom = this.log.scrollTop + this.log.clientHeight >= this.log.scrollHeight - 30;
        this.log.replaceChildren(...chat.map((entry) => messageNode(this, entry)));
        if (atBottom) this.log.scrollTop = this.log.scrollHeight;
        this.renderKeyboard(currentKeyboard(chat));
      }
      await this.renderChannels();
    }

    renderKeyboard(rows) {
      this.keyboard.replaceChildren(
        ...rows.map((row) =>
          el(
            'div',
            { class: 'row' },
            ...row.map((button) => {
              const text = typeof button === 'string' ? button : button.text;
              const onclick = button.request_contact
                ? () =>
                    this.act('contact', { phone: `+7900${String(this.personId).padStart(7, '0').slice(-7)}` })
                : () => this.send(text);
              return el('button', { type: 'button', onclick }, text);
            }),
          ),
        ),
      );
    }

    async renderChannels() {
      const bars = [];
      for (const channel of world.channels) {
        const status = await api('GET', `/control/channels/${channel.id}/members/${this.personId}`);
        const member = !['left', 'kicked'].includes(status);
        const toggle = () =>
          api('PUT', `/control/channels/${channel.id}/members/${this.personId}`, {
            status: member ? 'left' : 'member',
          })
            .then(() => this.renderChannels())
            .catch((e) => this.say(e.message));
        bars.push(
          el(
            'div',
            {},
            `Канал «${channel.title}»: ${member ? 'вы подписаны' : 'не подписаны'} `,
            el(
              'button',
              { type: 'button', onclick: toggle },
              member ? 'Выйти из канала' : 'Вступить в канал',
            ),
          ),
        );
      }
      const key = JSON.stringify(bars.map((b) => b.textContent));
      if (key !== this.channelKey) {
        this.channelKey = key;
        this.channelBar.replaceChildren(...bars);
      }
    }
  }

  const phones = [];
  const qrTexts = new Map();

  /** The QR codes in pictures bots sent to the other phones, newest first (decoded by the emulator). */
  async function qrPictures(scanning) {
    const found = [];
    for (const phone of phones) {
      if (phone === scanning) continue;
      for (const { side, message } of [...(phone.chat ?? [])].reverse()) {
        const photo = side === 'bot' ? (message.photo || []).at(-1) : undefined;
        if (!photo) continue;
        if (!qrTexts.has(photo.file_id))
          qrTexts.set(
            photo.file_id,
            await api('GET', `/control/sandbox/files/${encodeURIComponent(photo.file_id)}/qr`),
          );
        const text = qrTexts.get(photo.file_id);
        if (text) found.push({ fileId: photo.file_id, text, owner: nameOf(phone.person) });
      }
    }
    return found;
  }

  window.addEventListener('message', (event) => {
    const phone = phones.find((p) => p.frame && p.frame.contentWindow === event.source);
    if (!phone || typeof event.data !== 'string') return;
    try {
      const { eventType, eventData } = JSON.parse(event.data);
      phone.onWebAppEvent(eventType, eventData);
    } catch {
      // not a Telegram event
    }
  });

  async function loadWorld() {
    world = await api('GET', '/control/sandbox/world');
  }

  async function main() {
    await loadWorld();
    const pairs = [
      [world.people[0], world.bots[0]],
      [world.people[1], world.bots[1] ?? world.bots[0]],
    ];
    const shelf = document.getElementById('phones');
    const add = (phone) => (phones.push(phone), shelf.append(phone.root));
    for (const [person, bot] of pairs) if (person && bot) add(new Phone(person.id, bot.id));
    document.getElementById('add-person').addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = new FormData(event.target);
      await api('POST', '/control/users', {
        id: Number(form.get('id')),
        firstName: String(form.get('name')),
      });
      await loadWorld();
      add(new Phone(Number(form.get('id')), world.bots[0].id));
      event.target.reset();
    });
  }

  main().catch((error) =>
    document.body.prepend(el('p', { class: 'error' }, `Эмулятор не отвечает: ${error.message}`)),
  );
})();
