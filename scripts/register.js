// Runs the TypeScript sources directly (npm start, scripts). Type checking is `npm run typecheck`;
// here we only transpile, which keeps decorator metadata (type-graphql and TypeORM need it).
require('ts-node').register({ transpileOnly: true, project: require('path').join(__dirname, '..', 'tsconfig.json') });
require('reflect-metadata');
