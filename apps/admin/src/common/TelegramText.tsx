import { Box } from '@mui/material';
import { renderTelegramHtml } from '../broadcasts/telegram-preview';

/** A Telegram-like message bubble for a bot text or broadcast preview. */
export function TelegramText({ html }: { html: string }) {
  return (
    <Box
      data-testid="telegram-preview"
      sx={{
        bgcolor: '#effdde',
        borderRadius: 2,
        p: 1.5,
        maxWidth: 420,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        boxShadow: 1,
        fontFamily: 'system-ui, sans-serif',
        fontSize: 15,
      }}
    >
      {renderTelegramHtml(html)}
    </Box>
  );
}
