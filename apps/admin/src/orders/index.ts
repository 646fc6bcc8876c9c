import { lazy } from 'react';
import Icon from '@mui/icons-material/ShoppingBag';

// Not built yet: replace `list` (and add edit/create/show) with this resource's pages.
export const list = lazy(() => import('../layout/NotBuilt'));
export const icon = Icon;
