/** Every list answers this shape (DESIGN §3): `{items, total, page, perPage}`. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}

export const MAX_PER_PAGE = 200;
