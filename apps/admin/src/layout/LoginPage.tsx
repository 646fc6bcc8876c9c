import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLogin, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';

/**
 * `/admin/login`: «Telegram ID» + «Пароль» → «Войти»; `/admin/login?token=…` (the staff bot's
 * one-time link) logs in with no form and opens the dashboard.
 */
export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(Boolean(token));
  const [telegramId, setTelegramId] = useState('');
  const [password, setPassword] = useState('');
  const exchanged = useRef(false);

  useEffect(() => {
    // A one-time token must be sent once, even when React runs effects twice in development.
    if (!token || exchanged.current) return;
    exchanged.current = true;
    login({ token }, '/').catch((e: Error) => {
      setError(e.message);
      setBusy(false);
    });
  }, [token, login]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    login({ telegramId, password }, '/').catch((e: Error) => {
      setError(e.message);
      setBusy(false);
    });
  };

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'grey.100',
      }}
    >
      <Card sx={{ width: 380 }}>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('dvorik.login.title')}
          </Typography>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          {token && busy ? (
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
              <CircularProgress size={24} />
              <Typography>{translate('dvorik.login.byLink')}</Typography>
            </Box>
          ) : (
            <form onSubmit={submit}>
              <TextField
                label={translate('dvorik.login.telegramId')}
                value={telegramId}
                onChange={(e) => setTelegramId(e.target.value.replace(/\D/g, ''))}
                inputMode="numeric"
                autoComplete="username"
                required
                fullWidth
                margin="normal"
              />
              <TextField
                label={translate('dvorik.login.password')}
                type="password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="current-password"
                required
                fullWidth
                margin="normal"
              />
              <Button type="submit" variant="contained" fullWidth disabled={busy} sx={{ mt: 2 }}>
                {translate('dvorik.login.submit')}
              </Button>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
                {translate('dvorik.login.hint')}
              </Typography>
            </form>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
