import { lazy } from 'react';
import Icon from '@mui/icons-material/PointOfSale';

export const list = lazy(() => import('./CashierList'));
export const icon = Icon;
