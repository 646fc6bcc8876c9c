import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { CopyButton } from '../common/CopyButton';

/** The campaign's t.me link with «Копировать»; a note while the client bot is not reachable. */
export function CampaignLink(_: { label?: string }) {
  const record = useRecordContext();
  if (!record) return null;
  const link = record.link as string | null;
  if (!link)
    return (
      <Typography variant="body2" color="text.secondary">
        Ссылка недоступна: клиентский бот не настроен
      </Typography>
    );
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }} onClick={(e) => e.stopPropagation()}>
      <Typography variant="body2" component="code" data-testid="campaign-link">
        {link}
      </Typography>
      <CopyButton text={link} />
    </Box>
  );
}
