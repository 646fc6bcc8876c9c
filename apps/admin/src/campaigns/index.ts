import { lazy } from 'react';
import Icon from '@mui/icons-material/QrCode2';

export const list = lazy(() => import('./CampaignList'));
export const create = lazy(() => import('./CampaignCreate'));
export const edit = lazy(() => import('./CampaignEdit'));
export const show = lazy(() => import('./CampaignShow'));
export const icon = Icon;
