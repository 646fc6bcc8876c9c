/**
 * The cashier's Mini App (`/tg/till`): one screen, phone-sized, no inline script or style (the
 * API's CSP). Russian, like every screen a cashier sees.
 */
export const TILL_PAGE_HTML = `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Касса — Мармеладный дворик</title>
<link rel="stylesheet" href="/tg/till/till.css">
<script src="/tg/till/till.js" defer></script>
</head>
<body>
<main>
  <h1>Касса</h1>
  <p id="notice" class="notice" role="alert" hidden></p>
  <section id="input">
    <button id="scan" class="primary" type="button" hidden>Сканировать QR</button>
    <form id="code-form" autocomplete="off">
      <label for="code">Код клиента</label>
      <div class="row">
        <input id="code" name="code" maxlength="64" autocapitalize="characters" spellcheck="false" placeholder="ДЯА 4589">
        <button type="submit">Проверить</button>
      </div>
    </form>
  </section>
  <section id="discount" aria-live="polite" hidden>
    <dl>
      <dt>Клиент</dt><dd id="client"></dd>
      <dt>Скидка</dt><dd id="kind"></dd>
      <dt>Действует до</dt><dd id="expiry"></dd>
      <dt>Код</dt><dd id="shown-code"></dd>
    </dl>
    <button id="redeem" class="big" type="button">Погасить</button>
    <p id="done" class="done" role="status" hidden>Погашено ✅</p>
    <button id="next" type="button" hidden>Следующий клиент</button>
  </section>
</main>
</body>
</html>
`;
