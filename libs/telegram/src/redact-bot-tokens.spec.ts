import { redactBotTokens } from './redact-bot-tokens';

describe('redactBotTokens', () => {
  it('removes the secret of every token in a text, keeping the public bot id', () => {
    const text =
      'FetchError: invalid json response body at http://127.0.0.1:8081/bot7000001:client-bot-token-secret/sendMessage reason: Unexpected token <; also 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
    const redacted = redactBotTokens(text);
    expect(redacted).not.toContain('client-bot-token-secret');
    expect(redacted).not.toContain('AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw');
    expect(redacted).toContain('/bot7000001:[redacted]/sendMessage');
    expect(redacted).toContain('123456789:[redacted]');
  });

  it('leaves times, ports and ordinary text alone', () => {
    const text = 'at 2026-12-01T03:31:31Z on 127.0.0.1:8081, chat 42: Bad Request: message is too long';
    expect(redactBotTokens(text)).toBe(text);
  });
});
