import DescriptionIcon from '@mui/icons-material/Description';
import ImageIcon from '@mui/icons-material/Image';
import MovieIcon from '@mui/icons-material/Movie';
import { Box, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { renderTelegramHtml } from './telegram-preview';
import type { BroadcastButton } from './types';

export interface PreviewMedia {
  kind: 'photo' | 'video' | 'document';
  filename: string;
  /** An object URL of a picture just chosen, to show it as Telegram would. */
  url?: string;
}

/** A Telegram-like chat bubble: media, the formatted text, URL buttons under it. */
export function TelegramPreview({
  text,
  buttons,
  media,
}: {
  text: string;
  buttons: BroadcastButton[];
  media: PreviewMedia | null;
}) {
  const t = useTranslate();
  return (
    <Box
      component="section"
      aria-label={t('dvorik.broadcasts.preview')}
      sx={{ bgcolor: '#c8d9b0', p: 2, borderRadius: 2, minWidth: 320, maxWidth: 420 }}
    >
      <Typography variant="caption" component="h2" sx={{ color: '#4a5d3a', mb: 1, display: 'block' }}>
        {t('dvorik.broadcasts.preview')}
      </Typography>
      <Paper sx={{ borderRadius: 3, overflow: 'hidden', maxWidth: 360 }}>
        {media?.kind === 'photo' && media.url && (
          <img src={media.url} alt={media.filename} style={{ width: '100%', display: 'block' }} />
        )}
        {media && !(media.kind === 'photo' && media.url) && (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', p: 1.5, bgcolor: 'grey.100' }}>
            {media.kind === 'video' ? (
              <MovieIcon />
            ) : media.kind === 'photo' ? (
              <ImageIcon />
            ) : (
              <DescriptionIcon />
            )}
            <Typography variant="body2">{media.filename}</Typography>
          </Box>
        )}
        <Box sx={{ p: 1.5, whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 15, lineHeight: 1.35 }}>
          {text ? renderTelegramHtml(text) : <Typography color="text.secondary">…</Typography>}
        </Box>
      </Paper>
      {buttons.map((b, i) => (
        <Box
          key={i}
          sx={{
            mt: 0.5,
            maxWidth: 360,
            textAlign: 'center',
            bgcolor: 'rgba(0,0,0,0.25)',
            color: '#fff',
            borderRadius: 2,
            p: 0.8,
            fontSize: 14,
          }}
        >
          {b.text || '…'} ↗
        </Box>
      ))}
    </Box>
  );
}
