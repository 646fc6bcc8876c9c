import { lazy } from 'react';
import Icon from '@mui/icons-material/People';

export const list = lazy(() => import('./ClientList'));
export const show = lazy(() => import('./ClientShow'));
export const edit = lazy(() => import('./ClientEdit'));
export const icon = Icon;
export const recordRepresentation = 'displayName';
