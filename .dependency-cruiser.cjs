/**
 * Capability boundaries that `npm run lint` enforces (dependency-cruiser). A capability is a folder
 * of libs/domain/src; others reach it only through its index.ts. `npm run graph` renders the
 * capability graph into the README. There is no allow-list: any violation fails lint.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle ties capabilities together: break it by moving the shared part.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'capability-through-index',
      severity: 'error',
      comment: 'Another capability is reached only through its index.ts (its specs may drive internals).',
      from: { path: '^libs/domain/src/([^/]+)/', pathNot: '\\.(int-)?spec\\.ts$' },
      to: {
        path: '^libs/domain/src/[^/]+/',
        pathNot: ['^libs/domain/src/$1/', '^libs/domain/src/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'edges-through-domain-index',
      severity: 'error',
      comment: 'Apps, tests and the bench use @dvorik/domain (its index.ts), not files inside it.',
      from: { path: '^(apps|test|bench)/' },
      to: { path: '^libs/domain/src/.+/', pathNot: '^libs/domain/src/[^/]+/index\\.ts$' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      comment: 'The libraries know nothing of the apps that use them.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'edges-never-reach-a-repository',
      severity: 'error',
      comment: 'The bots and the API dispatch commands and queries; repositories stay in the domain.',
      from: { path: '^apps/(api|bots)/' },
      to: { path: '\\.repository\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|apps/admin)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
