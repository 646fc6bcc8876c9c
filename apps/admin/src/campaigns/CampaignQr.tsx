import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, CircularProgress } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { DvorikDataProvider } from '../dataProvider';

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The QR of the link (from the API): shown, downloadable as PNG or SVG, printable for a poster. */
export function CampaignQr() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const [image, setImage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = record?.id;

  useEffect(() => {
    if (id === undefined) return;
    let url: string | null = null;
    dataProvider
      .download(`/campaigns/${String(id)}/qr/png`)
      .then(({ blob }) => {
        url = URL.createObjectURL(blob);
        setImage(url);
      })
      .catch((e: Error) => setError(e.message));
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, dataProvider]);

  if (!record) return null;
  const download = async (format: 'png' | 'svg') => {
    try {
      const { blob, filename } = await dataProvider.download(`/campaigns/${String(record.id)}/qr/${format}`);
      saveBlob(blob, filename ?? `campaign-${String(record.sourceKey)}.${format}`);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const print = () => {
    if (!image) return;
    const win = window.open('', '_blank');
    if (!win) return notify('Разрешите всплывающие окна, чтобы напечатать', { type: 'warning' });
    win.document.title = String(record.name);
    const img = win.document.createElement('img');
    img.src = image;
    img.style.width = '80%';
    img.onload = () => win.print();
    const caption = win.document.createElement('p');
    caption.textContent = String(record.link ?? '');
    win.document.body.append(img, caption);
  };

  if (error) return <Alert severity="warning">{error}</Alert>;
  return (
    <Box>
      {image ? (
        <img src={image} alt={`QR-код кампании ${String(record.name)}`} width={220} height={220} />
      ) : (
        <CircularProgress />
      )}
      <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
        <Button startIcon={<DownloadIcon />} onClick={() => void download('png')} disabled={!image}>
          Скачать PNG
        </Button>
        <Button startIcon={<DownloadIcon />} onClick={() => void download('svg')} disabled={!image}>
          Скачать SVG
        </Button>
        <Button startIcon={<PrintIcon />} onClick={print} disabled={!image}>
          Печать
        </Button>
      </Box>
    </Box>
  );
}
