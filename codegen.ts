import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the e2e suites: every graphql(`...`) call under test/ is validated against
 * schema/schema.graphql and gets its result and variables types in test/graphql/ (generated, committed;
 * `npm run codegen` rewrites it, `npm run codegen:check` fails when it is stale). One named operation
 * per call (names unique across test/), written as a plain template literal (no `${}`), or it is not
 * picked up and graphql() answers `unknown`. Documents that must stay dynamic or invalid are strings.
 * Agency integrators can use the same config with their own `documents` and output folder.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/graphql/**'],
  generates: {
    'test/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Custom scalars travel as strings; strictScalars fails generation on a new scalar without a mapping.
        scalars: {
          LocalDate: 'string',
          DateTimeISO: 'string',
        },
        strictScalars: true,
        enumType: 'string-literal',
        useTypeImports: true,
      },
    },
  },
};

export default config;
