/**
 * The layers of src/, enforced in CI (`npm run lint:layers`):
 *   kernel  ←  access  ←  features  ←  app (and demo, scripts, tests)
 * Nothing imports upwards, a feature reaches another only through its index.ts, and there is no
 * cycle between files or between the top-level folders of src/.
 */
const KERNEL = '^src/kernel/';
const ACCESS = '^src/access/';
const TOP = '^src/(app|demo)/';
// a feature: any other folder directly under src/
const FEATURE = '^src/(?!kernel/|access/|app/|demo/)([^/]+)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'Files must not import each other in a circle.', from: { path: '^src/' }, to: { circular: true } },
    {
      name: 'no-folder-cycles', severity: 'error', scope: 'folder',
      comment: 'The top-level folders of src/ must not depend on each other in a circle.',
      from: { path: '^src/[^/]+$' }, to: { circular: true },
    },
    {
      name: 'kernel-imports-nothing-above', severity: 'error', comment: 'The kernel imports nothing from access, features or app.',
      from: { path: KERNEL }, to: { path: '^src/', pathNot: KERNEL },
    },
    {
      name: 'access-on-kernel-only', severity: 'error', comment: 'The access layer decides from facts, never from feature code.',
      from: { path: ACCESS }, to: { path: '^src/', pathNot: [KERNEL, ACCESS] },
    },
    {
      name: 'features-not-on-app', severity: 'error', comment: 'Features never import the composition root (app/) or the demo data.',
      from: { path: FEATURE }, to: { path: TOP },
    },
    {
      name: 'features-through-index', severity: 'error',
      comment: "A feature reaches another feature only through that feature's index.ts.",
      from: { path: FEATURE }, to: { path: FEATURE, pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'src-not-on-tests-or-scripts', severity: 'error', comment: 'Nothing under src/ imports from scripts/ or test/.',
      from: { path: '^src/' }, to: { path: '^(scripts|test)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
