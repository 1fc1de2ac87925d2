/**
 * Development tokens. `npm run -s token -- --agency SD-RIGA --role CASE_WORKER` prints a token and
 * nothing else on stdout; `--list` prints the register's agencies (code, kind, municipality, region, name; `-`
 * where an agency has none: a VSAC branch or an assessment team serves a region, not a municipality).
 */
import { Purpose, UserRole } from '../src/kernel/principal';
import { signDevToken } from '../src/app/auth/dev-token';
import { DEV_JWT_SECRET } from '../src/kernel/config';
import { REFERENCE_SOURCES } from '../src/reference/sources';
import { parseArgs } from './args';

const USAGE = `usage: npm run -s token -- --agency <code> --role <${Object.values(UserRole).join('|')}> [--user <id>] [--name <name>] [--expires 8h]
       [--purpose <${Object.values(Purpose).join('|')}>]   (default: the role's usual purpose, e.g. CASE_WORK)
       npm run -s token -- --list`;

/*
 * A reader that stops early (`--list | head`) closes the pipe: the rest of the output has nowhere to
 * go, which is not an error of this command, so it ends quietly instead of with an EPIPE stack.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['agency', 'role', 'user', 'name', 'expires', 'purpose'], flags: ['list', 'help'] });
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const register = REFERENCE_SOURCES.agencies.records;
  if (args.list) {
    for (const a of register) process.stdout.write(`${a.code}\t${a.kind}\t${a.municipalityCode ?? '-'}\t${a.regionCode ?? '-'}\t${a.name}\n`);
    return;
  }
  const agency = typeof args.agency === 'string' ? args.agency : undefined;
  const role = typeof args.role === 'string' ? args.role.toUpperCase() : undefined;
  if (!agency || !role) throw new Error(`--agency and --role are required\n${USAGE}`);
  if (!Object.values<string>(UserRole).includes(role)) throw new Error(`unknown role ${role}\n${USAGE}`);
  const purpose = typeof args.purpose === 'string' ? args.purpose.toUpperCase() : undefined;
  if (purpose && !Object.values<string>(Purpose).includes(purpose)) throw new Error(`unknown purpose ${purpose}\n${USAGE}`);
  if (!register.some((a) => a.code === agency)) {
    process.stderr.write(`note: ${agency} is not in the demo register; the hub will refuse it unless its register has it\n`);
  }
  const token = await signDevToken({
    secret: process.env.JWT_SECRET || DEV_JWT_SECRET,
    agencyCode: agency,
    role: role as UserRole,
    purpose: purpose as Purpose | undefined,
    userId: typeof args.user === 'string' ? args.user : undefined,
    name: typeof args.name === 'string' ? args.name : undefined,
    expiresIn: typeof args.expires === 'string' ? args.expires : '8h',
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
