// Bot API shapes, kept to the fields the emulator produces. Field names are snake_case because
// these objects go over the wire unchanged.

export type ChatMemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';
export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';
export type MediaKind = 'photo' | 'video' | 'document';

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface TgChat {
  id: number;
  type: ChatType;
  title?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
}

export interface TgEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  user?: TgUser;
  language?: string;
  custom_emoji_id?: string;
}

export interface TgInlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  [field: string]: unknown;
}

export interface TgReplyMarkup {
  inline_keyboard?: TgInlineButton[][];
  keyboard?: unknown[][];
  remove_keyboard?: boolean;
  [field: string]: unknown;
}

export interface TgPhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

export interface TgFile {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
  width?: number;
  height?: number;
  duration?: number;
}

export interface TgContact {
  phone_number: string;
  first_name: string;
  last_name?: string;
  user_id?: number;
}

export interface TgMessageOrigin {
  type: 'user' | 'channel';
  date: number;
  sender_user?: TgUser;
  chat?: TgChat;
  message_id?: number;
}

export interface TgMessage {
  message_id: number;
  date: number;
  chat: TgChat;
  from?: TgUser;
  sender_chat?: TgChat;
  edit_date?: number;
  text?: string;
  entities?: TgEntity[];
  caption?: string;
  caption_entities?: TgEntity[];
  photo?: TgPhotoSize[];
  video?: TgFile;
  document?: TgFile;
  contact?: TgContact;
  reply_markup?: TgReplyMarkup;
  reply_to_message?: TgMessage;
  media_group_id?: string;
  forward_origin?: TgMessageOrigin;
  forward_from?: TgUser;
  forward_from_chat?: TgChat;
  forward_from_message_id?: number;
  forward_date?: number;
}

export interface TgChatMember {
  status: ChatMemberStatus;
  user: TgUser;
  is_member?: boolean;
  is_anonymous?: boolean;
  until_date?: number;
  can_be_edited?: boolean;
  can_manage_chat?: boolean;
  can_post_messages?: boolean;
  can_send_messages?: boolean;
}

export interface TgChatMemberUpdated {
  chat: TgChat;
  from: TgUser;
  date: number;
  old_chat_member: TgChatMember;
  new_chat_member: TgChatMember;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  message?: TgMessage;
  chat_instance: string;
  data?: string;
}

export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  channel_post?: TgMessage;
  callback_query?: TgCallbackQuery;
  chat_member?: TgChatMemberUpdated;
  my_chat_member?: TgChatMemberUpdated;
}

export type UpdateType = Exclude<keyof TgUpdate, 'update_id'>;

export interface TgBotCommand {
  command: string;
  description: string;
}
