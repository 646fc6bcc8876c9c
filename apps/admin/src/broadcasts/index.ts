import { lazy } from 'react';
import Icon from '@mui/icons-material/Send';

export const list = lazy(() => import('./BroadcastList'));
export const create = lazy(() => import('./BroadcastCreate'));
export const edit = lazy(() => import('./BroadcastEdit'));
export const show = lazy(() => import('./BroadcastShow'));
export const icon = Icon;
export const recordRepresentation = 'title';
