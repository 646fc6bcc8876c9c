import { ru } from './ru';

/** Polyglot's Russian rule picks one of three forms (1 клиент, 2 клиента, 5 клиентов). */
describe('Russian resource names', () => {
  it('give the three plural forms Russian needs', () => {
    const names = Object.entries(ru.resources as Record<string, { name?: string }>)
      .filter(([, resource]) => resource.name)
      .map(([key, resource]) => [key, resource.name!.split('||||').length] as const);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter(([, forms]) => forms !== 3)).toEqual([]);
  });
});
