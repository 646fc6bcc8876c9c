import { lazy } from 'react';
import Icon from '@mui/icons-material/ReceiptLong';

export const list = lazy(() => import('./RedemptionList'));
export const icon = Icon;
