import { lazy } from 'react';
import Icon from '@mui/icons-material/Style';

export const list = lazy(() => import('./TemplateList'));
export const create = lazy(() => import('./TemplateCreate'));
export const edit = lazy(() => import('./TemplateEdit'));
export const icon = Icon;
