import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button } from '@mui/material';
import { useNotify } from 'react-admin';

/** «Копировать»: puts `text` on the clipboard and says so. */
export function CopyButton({ text, label = 'Копировать' }: { text: string; label?: string }) {
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      notify('Скопировано', { type: 'success' });
    } catch {
      notify('Не удалось скопировать: выделите текст и скопируйте вручную', { type: 'warning' });
    }
  };
  return (
    <Button size="small" startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
      {label}
    </Button>
  );
}
