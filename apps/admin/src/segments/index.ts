import { lazy } from 'react';
import Icon from '@mui/icons-material/FilterAlt';

export const list = lazy(() => import('./SegmentList'));
export const show = lazy(() => import('./SegmentShow'));
export const edit = lazy(() => import('./SegmentEdit'));
export const icon = Icon;
export const recordRepresentation = 'name';
