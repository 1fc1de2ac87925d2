import 'reflect-metadata';
import { createDataSource } from './src/kernel/db/data-source';

/** For the TypeORM CLI (`npx typeorm -d ormconfig.ts migration:show`); the hub itself migrates at start-up. */
export default createDataSource({ url: process.env.DATABASE_URL ?? 'postgres://postgres@localhost:5432/casehub' });
