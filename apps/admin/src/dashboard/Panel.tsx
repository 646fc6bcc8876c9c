import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One dashboard card: a heading (a landmark for people and tests) and its content. */
export function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-label={title} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" color="text.secondary" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

export function BigNumber({ value, caption }: { value: string; caption?: string }) {
  return (
    <>
      <Typography variant="h3" component="p">
        {value}
      </Typography>
      {caption && (
        <Typography variant="body2" color="text.secondary">
          {caption}
        </Typography>
      )}
    </>
  );
}
