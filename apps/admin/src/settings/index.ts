import { lazy } from 'react';
import Icon from '@mui/icons-material/Settings';

// A custom route (/settings), not a resource: the settings are one typed form.
export const page = lazy(() => import('./SettingsPage'));
export const icon = Icon;
