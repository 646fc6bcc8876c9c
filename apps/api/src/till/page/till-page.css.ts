/** Telegram's theme colours when opened in Telegram (the SDK sets --tg-theme-*), plain ones elsewhere. */
export const TILL_PAGE_CSS = `
:root { color-scheme: light dark; }
body {
  margin: 0; font: 17px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: var(--tg-theme-bg-color, #fff); color: var(--tg-theme-text-color, #1b1b1b);
}
main { max-width: 28rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.3rem; margin: 0 0 1rem; }
label { display: block; margin: 1rem 0 .3rem; color: var(--tg-theme-hint-color, #666); }
.row { display: flex; gap: .5rem; }
input { flex: 1; min-width: 0; font-size: 1.2rem; padding: .6rem; border: 1px solid #aaa; border-radius: .5rem;
  text-transform: uppercase; background: transparent; color: inherit; }
button { font-size: 1rem; padding: .6rem 1rem; border: 0; border-radius: .5rem; cursor: pointer;
  background: var(--tg-theme-secondary-bg-color, #eee); color: inherit; }
button.primary, button.big { width: 100%; background: var(--tg-theme-button-color, #2481cc);
  color: var(--tg-theme-button-text-color, #fff); }
button.primary { padding: 1rem; font-size: 1.1rem; }
button.big { margin-top: 1rem; padding: 1.4rem; font-size: 1.6rem; font-weight: 600; }
button:disabled { opacity: .5; }
dl { display: grid; grid-template-columns: auto 1fr; gap: .4rem 1rem; margin: 1.5rem 0 0; }
dt { color: var(--tg-theme-hint-color, #666); }
dd { margin: 0; font-weight: 600; }
.notice { padding: .8rem; border-radius: .5rem; background: #fdecea; color: #8a1c12; white-space: pre-line; }
.done { font-size: 2rem; text-align: center; margin: 1rem 0; }
#next { width: 100%; }
`;
