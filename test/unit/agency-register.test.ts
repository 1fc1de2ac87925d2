import { DataSource } from 'typeorm';
import { AGENCY_REGISTER_MAX_AGE_MS, AgencyRegister, RegisteredAgency } from '../../src/app/auth/agency-register';
import { AgencyKind } from '../../src/kernel/principal';
import { createLogger } from '../../src/kernel/logger';

const agency = (code: string, kind = AgencyKind.SOCIAL_SERVICE): RegisteredAgency =>
  ({ id: `id-${code}`, code, kind, municipalityCode: 'RIGA', regionCode: null });

/** A register table in memory that counts the statements it answers. */
function fakeDb(rows: RegisteredAgency[]) {
  const calls: string[] = [];
  const db = {
    query: async (sql: string, params: unknown[] = []) => {
      calls.push(sql.includes('WHERE code') ? `one:${String(params[0])}` : 'all');
      return sql.includes('WHERE code') ? rows.filter((r) => r.code === params[0]) : rows;
    },
  };
  return { db: db as unknown as DataSource, calls, rows };
}

describe('the agency register in memory (token verification)', () => {
  let register: AgencyRegister | undefined;
  afterEach(() => {
    register?.stop();
    jest.useRealTimers();
  });

  it('answers known codes without a statement, and looks up a code it does not hold at once', async () => {
    const { db, calls, rows } = fakeDb([agency('SD-RIGA')]);
    register = new AgencyRegister(db, createLogger('silent'));
    await register.start();
    expect(await register.find('SD-RIGA')).toEqual(agency('SD-RIGA'));
    expect(calls).toEqual(['all']);
    rows.push(agency('SD-NEW'));
    expect(await register.find('SD-NEW')).toEqual(agency('SD-NEW'));
    expect(await register.find('SD-NEW')).toEqual(agency('SD-NEW'));
    expect(calls).toEqual(['all', 'one:SD-NEW']);
  });

  it('never keeps a code the register does not know', async () => {
    const { db, calls } = fakeDb([agency('SD-RIGA')]);
    register = new AgencyRegister(db, createLogger('silent'));
    await register.start();
    expect(await register.find('SD-ATLANTIDA')).toBeUndefined();
    expect(await register.find('SD-ATLANTIDA')).toBeUndefined();
    expect(calls).toEqual(['all', 'one:SD-ATLANTIDA', 'one:SD-ATLANTIDA']);
  });

  it('shows a change to the register within the maximum age, and asks the database when its copy is older', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-30T10:00:00Z') });
    const { db, calls, rows } = fakeDb([agency('SD-RIGA')]);
    register = new AgencyRegister(db, createLogger('silent'));
    await register.start();
    rows[0] = agency('SD-RIGA', AgencyKind.ORPHAN_COURT);
    // the background read picks the change up well within the bound
    await jest.advanceTimersByTimeAsync(AGENCY_REGISTER_MAX_AGE_MS);
    expect((await register.find('SD-RIGA'))?.kind).toBe(AgencyKind.ORPHAN_COURT);
    // reads that fail leave a copy that is too old unused: each lookup goes to the database
    const failing = db as unknown as { query: (sql: string, params?: unknown[]) => Promise<RegisteredAgency[]> };
    const answer = failing.query;
    failing.query = async (sql, params) => (sql.includes('WHERE code') ? answer(sql, params) : Promise.reject(new Error('down')));
    rows[0] = agency('SD-RIGA', AgencyKind.SUPPORT_CENTRE);
    await jest.advanceTimersByTimeAsync(AGENCY_REGISTER_MAX_AGE_MS + 1);
    const before = calls.length;
    expect((await register.find('SD-RIGA'))?.kind).toBe(AgencyKind.SUPPORT_CENTRE);
    expect(calls.slice(before)).toEqual(['one:SD-RIGA']);
  });
});
