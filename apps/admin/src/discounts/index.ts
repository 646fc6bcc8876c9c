import { lazy } from 'react';
import Icon from '@mui/icons-material/LocalOffer';

export const list = lazy(() => import('./DiscountList'));
export const create = lazy(() => import('./DiscountIssue'));
export const icon = Icon;
