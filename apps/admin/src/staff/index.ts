import { lazy } from 'react';
import Icon from '@mui/icons-material/Badge';

export const list = lazy(() => import('./StaffList'));
export const create = lazy(() => import('./StaffCreate'));
export const edit = lazy(() => import('./StaffEdit'));
export const icon = Icon;
