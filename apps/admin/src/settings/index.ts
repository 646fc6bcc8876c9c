import { lazy } from 'react';
import Icon from '@mui/icons-material/Settings';

// A custom route (/settings), not a resource: the settings are one typed form. Not built yet.
export const page = lazy(() => import('../layout/NotBuilt'));
export const icon = Icon;
