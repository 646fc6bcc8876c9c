import { botApiResult, callBotApi } from './bot-api-client';
import { TelegramEmulator } from './telegram-emulator';
import type { TgMessage } from './types';

const TOKEN = '5005:media';

function upload(
  fields: Record<string, string>,
  files: Record<string, { name: string; bytes: number }>,
): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const [key, file] of Object.entries(files))
    form.append(key, new Blob([Buffer.alloc(file.bytes, 7)]), file.name);
  return form;
}

describe('TelegramEmulator media', () => {
  const emulator = new TelegramEmulator();
  const api = <T>(method: string, params?: Record<string, unknown> | FormData) =>
    botApiResult<T>(emulator.apiRoot, TOKEN, method, params);

  beforeAll(() => emulator.start());
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it('mints a file_id for a multipart photo upload and reuses it when sent by file_id', async () => {
    const reply_markup = JSON.stringify({ inline_keyboard: [[{ text: 'Забрать', callback_data: 'take' }]] });
    const uploaded = await api<TgMessage>(
      'sendPhoto',
      upload(
        { chat_id: '801', caption: '<b>Акция</b>', parse_mode: 'HTML', reply_markup },
        { photo: { name: 'promo.jpg', bytes: 2048 } },
      ),
    );
    expect(uploaded.photo).toHaveLength(2);
    const largest = uploaded.photo!.at(-1)!;
    expect(largest).toMatchObject({
      file_id: expect.stringMatching(/^AgAC/),
      file_unique_id: expect.any(String),
      file_size: 2048,
    });
    expect(uploaded).toMatchObject({
      caption: 'Акция',
      caption_entities: [{ type: 'bold', offset: 0, length: 5 }],
    });
    expect(uploaded.reply_markup?.inline_keyboard?.[0][0].callback_data).toBe('take');

    const reused = await api<TgMessage>('sendPhoto', { chat_id: 802, photo: largest.file_id });
    expect(reused.photo).toEqual(uploaded.photo);

    const [first, second] = emulator.callsTo('sendPhoto');
    expect(first.params.photo).toEqual({ upload: true, filename: 'promo.jpg', size: 2048 });
    expect(first.media).toEqual([
      expect.objectContaining({ field: 'photo', source: 'upload', fileId: largest.file_id, size: 2048 }),
    ]);
    expect(second.media).toEqual([expect.objectContaining({ source: 'file_id', fileId: largest.file_id })]);
  });

  it('returns video and document objects and refuses foreign or mismatched file ids', async () => {
    const doc = await api<TgMessage>(
      'sendDocument',
      upload({ chat_id: '803' }, { document: { name: 'price.pdf', bytes: 10 } }),
    );
    expect(doc.document).toMatchObject({
      file_name: 'price.pdf',
      file_size: 10,
      file_id: expect.stringMatching(/^BQAC/),
    });
    const video = await api<TgMessage>(
      'sendVideo',
      upload({ chat_id: '803' }, { video: { name: 'clip.mp4', bytes: 30 } }),
    );
    expect(video.video).toMatchObject({ file_name: 'clip.mp4', mime_type: expect.any(String), width: 640 });

    const asPhoto = await callBotApi(emulator.apiRoot, TOKEN, 'sendPhoto', {
      chat_id: 803,
      photo: doc.document!.file_id,
    });
    expect(asPhoto.body).toMatchObject({
      error_code: 400,
      description: "Bad Request: can't use file of type Document as Photo",
    });
    const otherBot = await callBotApi(emulator.apiRoot, '5006:other', 'sendDocument', {
      chat_id: 803,
      document: doc.document!.file_id,
    });
    expect(otherBot.body).toMatchObject({
      error_code: 400,
      description: 'Bad Request: wrong file identifier/HTTP URL specified',
    });
  });

  it('sends a media group mixing attach:// uploads and file ids', async () => {
    const first = await api<TgMessage>(
      'sendPhoto',
      upload({ chat_id: '804' }, { photo: { name: 'a.jpg', bytes: 5 } }),
    );
    const form = upload({ chat_id: '804' }, { pic: { name: 'b.jpg', bytes: 6 } });
    form.append(
      'media',
      JSON.stringify([
        { type: 'photo', media: first.photo!.at(-1)!.file_id, caption: 'один' },
        { type: 'photo', media: 'attach://pic' },
      ]),
    );
    const album = await api<TgMessage[]>('sendMediaGroup', form);
    expect(album).toHaveLength(2);
    expect(album[0].media_group_id).toBe(album[1].media_group_id);
    expect(album.map((m) => m.caption)).toEqual(['один', undefined]);
    expect(emulator.callsTo('sendMediaGroup')[0].media?.map((m) => m.source)).toEqual(['file_id', 'upload']);
  });
});
