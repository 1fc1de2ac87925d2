import { DataSource } from 'typeorm';
import type { Logger } from '../../kernel/logger';
import { Principal } from '../../kernel/principal';

export type RegisteredAgency = Principal['agency'];

/** How often the register is read again in the background. */
const REFRESH_MS = 15_000;
/** The oldest copy token verification relies on: past it, the database answers each lookup. */
export const AGENCY_REGISTER_MAX_AGE_MS = 30_000;
/** More agencies than Latvia has many times over; codes past it are looked up per request. */
const MAX_AGENCIES = 10_000;

const COLUMNS = `id, code, kind, municipality_code AS "municipalityCode", region_code AS "regionCode"`;

/**
 * The agency register as token verification reads it, kept in memory: it is reference data (only
 * the schema's owner changes it), and reading it per request cost every request a round trip.
 * The whole register is read at start and again every 15 s, and a copy older than 30 s is not relied
 * on, so a change to an agency's kind or area applies within 30 s. A code the copy does not hold
 * is looked up in the database at once (an agency just added is known on its first request); a
 * code the register does not know is never kept, so unknown codes cannot fill the memory.
 */
export class AgencyRegister {
  private byCode = new Map<string, RegisteredAgency>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly db: DataSource, private readonly log: Logger) {}

  /** Reads the register and keeps reading it until `stop`; a failed read leaves lookups to the database. */
  async start(): Promise<void> {
    await this.reload();
    // started with the hub, outside any request: the reads are no request's statements
    this.timer = setInterval(() => void this.reload(), REFRESH_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async find(code: string): Promise<RegisteredAgency | undefined> {
    if (Date.now() - this.loadedAt <= AGENCY_REGISTER_MAX_AGE_MS) {
      const known = this.byCode.get(code);
      if (known) return known;
    }
    const [agency]: RegisteredAgency[] = await this.db.query(`SELECT ${COLUMNS} FROM agency WHERE code = $1`, [code]);
    if (agency && this.byCode.size < MAX_AGENCIES) this.byCode.set(code, agency);
    return agency;
  }

  private async reload(): Promise<void> {
    // the copy's age counts from before the read, so it is never younger than what it holds
    const startedAt = Date.now();
    try {
      const rows: RegisteredAgency[] = await this.db.query(`SELECT ${COLUMNS} FROM agency ORDER BY code LIMIT ${MAX_AGENCIES}`);
      this.byCode = new Map(rows.map((row) => [row.code, row]));
      this.loadedAt = startedAt;
    } catch (error) {
      this.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'agency register not refreshed');
    }
  }
}
