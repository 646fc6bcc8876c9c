export { dataProvider, type DvorikDataProvider, type FileAnswer, type Job } from './data-provider';
export { toClientFilter } from './client-filter';
export { compactFilter } from './query';
export { http, API_ROOT, toHttpError, type PanelErrorBody } from './http';
