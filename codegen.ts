import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the e2e suites: every graphql(`...`) call under test/ is validated against
 * schema/schema.graphql and gets its result and variables types in test/graphql/ (generated, committed;
 * `npm run codegen` rewrites it, `npm run codegen:check` fails when it is stale). One named operation
 * per call (names unique across test/), written as a plain template literal (no `${}`), or it is not
 * picked up and graphql() answers `unknown`. Documents that must stay dynamic or invalid are strings.
 * Agency integrators can use the same config with their own `documents` and output folder.
 */
const clientPreset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    // Custom scalars travel as strings (their format: @specifiedBy); strictScalars fails generation on a new scalar without a mapping.
    scalars: {
      LocalDate: 'string',
      DateTimeISO: 'string',
    },
    strictScalars: true,
    enumType: 'string-literal',
    useTypeImports: true,
  },
} as const;

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'test/graphql/': { ...clientPreset, documents: ['test/**/*.ts', '!test/graphql/**'] },
    // the integrators' example (examples/agency-client/README.md): typed against the same schema, checked by CI
    'examples/agency-client/gql/': { ...clientPreset, documents: ['examples/agency-client/*.ts'] },
  },
};

export default config;
