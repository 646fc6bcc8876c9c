import { lazy } from 'react';
import Icon from '@mui/icons-material/ShoppingBag';

export const list = lazy(() => import('./OrderList'));
export const icon = Icon;
