/**
 * The Mini App's script. In Telegram, `window.Telegram.WebApp` comes from Telegram's own
 * telegram-web-app.js, which this API serves from its origin (`/tg/till/telegram-web-app.js`,
 * the copy pinned in @twa-dev/sdk) and loads only when Telegram launched the page (its launch
 * parameters are in the URL's hash) — never from telegram.org at run time, so the page works
 * offline and under `script-src 'self'`. A page that already has `Telegram.WebApp` keeps it.
 * Outside Telegram it is a plain typed-code page, and the API refuses it (no initData → 401).
 * No template literals below: this file is itself one.
 */
export const TILL_PAGE_JS = `(function () {
  'use strict';
  var SDK = '/tg/till/telegram-web-app.js';
  var TEXT = {
    noTelegram: 'Откройте кассу из бота для персонала кнопкой «Сканировать». Без входа через Telegram проверять и гасить коды нельзя.',
    unauthorized: 'Нет доступа: касса работает только у подтверждённых кассиров, открывших её из бота для персонала, и вход действует час. Закройте кассу и откройте «Сканировать» снова.',
    network: 'Нет связи с сервером. Попробуйте ещё раз.',
    failed: 'Не получилось. Попробуйте ещё раз.',
    empty: 'Введите код клиента или отсканируйте QR.',
    scanHint: 'Наведите камеру на QR-код клиента',
    noExpiry: 'бессрочно',
    sharedClient: 'общий код'
  };
  var webApp = null;
  var initData = '';
  var canScan = false;
  var current = null;
  var busy = false;

  function $(id) { return document.getElementById(id); }

  function launchedByTelegram() { return /tgWebAppData=/.test(location.hash); }

  function loadSdk(done) {
    if ((window.Telegram && window.Telegram.WebApp) || !launchedByTelegram()) return done();
    var script = document.createElement('script');
    script.src = SDK;
    script.onload = done;
    script.onerror = done;
    document.head.appendChild(script);
  }

  function notice(text) {
    var el = $('notice');
    el.textContent = text || '';
    el.hidden = !text;
  }

  function haptic(type) {
    try { webApp.HapticFeedback.notificationOccurred(type); } catch (e) { /* not in Telegram */ }
  }

  function call(path, code) {
    return fetch('/api/v1/till/' + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'tma ' + initData },
      body: JSON.stringify({ code: code })
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) {
        return { ok: res.ok, status: res.status, body: body };
      });
    });
  }

  /** The refusal as the staff bot says it (the API adds it as text); 401 is the page's own. */
  function refusal(answer) {
    if (answer.status === 401) return TEXT.unauthorized;
    return (answer.body && answer.body.text) || TEXT.failed;
  }

  function show(d) {
    $('client').textContent = d.clientName || TEXT.sharedClient;
    $('kind').textContent = d.templateName + ': ' + d.valueText;
    $('expiry').textContent = d.expiresOn || TEXT.noExpiry;
    $('shown-code').textContent = d.code;
    $('redeem').hidden = false;
    $('redeem').disabled = false;
    $('done').hidden = true;
    $('next').hidden = true;
    $('discount').hidden = false;
  }

  function reset() {
    current = null;
    notice('');
    $('discount').hidden = true;
    $('code').value = '';
  }

  function check(input) {
    input = String(input || '').trim();
    if (!input) return notice(TEXT.empty);
    if (busy) return;
    busy = true;
    notice('');
    $('discount').hidden = true;
    call('check', input).then(function (answer) {
      busy = false;
      if (!answer.ok) { haptic('error'); return notice(refusal(answer)); }
      current = input;
      show(answer.body);
      $('redeem').focus();
    }, function () { busy = false; notice(TEXT.network); });
  }

  function redeem() {
    if (!current || busy) return;
    busy = true;
    $('redeem').disabled = true;
    call('redeem', current).then(function (answer) {
      busy = false;
      $('redeem').hidden = true;
      $('next').hidden = false;
      current = null;
      if (!answer.ok) { haptic('error'); return notice(refusal(answer)); }
      $('done').hidden = false;
      haptic('success');
    }, function () {
      busy = false;
      $('redeem').disabled = false;
      notice(TEXT.network);
    });
  }

  function scan() {
    webApp.showScanQrPopup({ text: TEXT.scanHint }, function (text) {
      check(text);
      return true;
    });
  }

  loadSdk(function () {
    webApp = (window.Telegram && window.Telegram.WebApp) || null;
    initData = (webApp && webApp.initData) || '';
    if (webApp) {
      try { webApp.ready(); webApp.expand(); } catch (e) { /* an older client */ }
    }
    canScan = !!(initData && typeof webApp.showScanQrPopup === 'function' &&
      (typeof webApp.isVersionAtLeast !== 'function' || webApp.isVersionAtLeast('6.4')));
    $('scan').hidden = !canScan;
    if (!initData) notice(TEXT.noTelegram);
    $('scan').addEventListener('click', scan);
    $('code-form').addEventListener('submit', function (event) {
      event.preventDefault();
      check($('code').value);
    });
    $('redeem').addEventListener('click', redeem);
    $('next').addEventListener('click', function () {
      reset();
      if (canScan) scan(); else $('code').focus();
    });
    // Opened from «Сканировать»: the camera straight away — scan, «Погасить», done.
    if (canScan) scan();
  });
})();
`;
