import { lazy } from 'react';
import Icon from '@mui/icons-material/Chat';

export const list = lazy(() => import('./MessageTemplateList'));
export const edit = lazy(() => import('./MessageTemplateEdit'));
export const icon = Icon;
