import { lazy } from 'react';
import Icon from '@mui/icons-material/History';

export const list = lazy(() => import('./AuditLogList'));
export const icon = Icon;
