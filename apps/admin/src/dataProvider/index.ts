export { dataProvider, type DvorikDataProvider } from './data-provider';
export { http, API_ROOT, toHttpError, type PanelErrorBody } from './http';
