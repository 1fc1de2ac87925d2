/**
 * `CASEHUB_URL=http://localhost:4000 CASEHUB_TOKEN=$(npm run -s token -- --agency AC-RIGA-1 --role CASE_WORKER) npm run -s example:client`
 * pages the caller's cases, reads the first asking only what it may read, and prints what it got.
 */
import { runAgencyClient } from './client';

async function main(): Promise<void> {
  const token = process.env.CASEHUB_TOKEN;
  if (!token) throw new Error('set CASEHUB_TOKEN (npm run -s token -- --agency <code> --role CASE_WORKER)');
  const result = await runAgencyClient({ url: process.env.CASEHUB_URL ?? 'http://localhost:4000', token, caseId: process.env.CASEHUB_CASE_ID });
  console.log(JSON.stringify({ cases: result.cases.length, access: result.access, case: result.detail }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
