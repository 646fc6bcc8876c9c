import { outgoingMessage, sentFileId } from './outgoing-message.rule';

const buttons = [[{ text: 'Сайт', url: 'https://example.com' }]];

describe('outgoingMessage', () => {
  it('a text broadcast is sendMessage with HTML and URL buttons', () => {
    expect(outgoingMessage({ text: '<b>x</b>', buttons, mediaKind: null }, 42, null, false)).toEqual({
      method: 'sendMessage',
      payload: {
        chat_id: 42,
        parse_mode: 'HTML',
        text: '<b>x</b>',
        reply_markup: { inline_keyboard: buttons },
      },
    });
  });

  it('media: the upload once, the file_id afterwards; the text becomes the caption', () => {
    const upload = { source: Buffer.from('x'), filename: 'a.mp4' };
    expect(outgoingMessage({ text: 'c', buttons: [], mediaKind: 'video' }, 1, upload, false)).toEqual({
      method: 'sendVideo',
      payload: { chat_id: 1, parse_mode: 'HTML', caption: 'c', video: upload },
    });
    expect(outgoingMessage({ text: '', buttons: [], mediaKind: 'document' }, 1, 'BQAC', true)).toEqual({
      method: 'sendDocument',
      payload: { chat_id: 1, parse_mode: 'HTML', document: 'BQAC', allow_paid_broadcast: true },
    });
  });

  it('takes Telegram’s file_id from what a send returned (the largest photo size)', () => {
    expect(sentFileId('photo', { photo: [{ file_id: 'small' }, { file_id: 'big' }] })).toBe('big');
    expect(sentFileId('document', { document: { file_id: 'doc' } })).toBe('doc');
    expect(sentFileId('video', {})).toBeNull();
  });
});
