import { AgencyKind } from '../kernel/principal';
import { columnsOf } from '../kernel/db/sql';
import type { RequestContext } from '../kernel/context';
import { notFound } from '../kernel/errors';
import { Agency } from './agency.entity';
import { Me } from './me.types';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';

export const referenceService = {
  async me(ctx: RequestContext): Promise<Me> {
    const agency = await ctx.loaders.reference.agencyById.load(ctx.principal.agency.id);
    if (!agency) throw notFound('Agency');
    return { userId: ctx.principal.userId, role: ctx.principal.role, purpose: ctx.principal.purpose, agency };
  },

  regions(ctx: RequestContext): Promise<Region[]> {
    return ctx.db.query(`SELECT ${columnsOf(ctx.db, Region, 'r')} FROM region r ORDER BY r.code`);
  },

  municipalities(ctx: RequestContext, regionCode: string | null): Promise<Municipality[]> {
    return ctx.db.query(
      `SELECT ${columnsOf(ctx.db, Municipality, 'm')} FROM municipality m
        WHERE $1::text IS NULL OR m.region_code = $1 ORDER BY m.name`, [regionCode]);
  },

  agencies(ctx: RequestContext, kind: AgencyKind | null, municipalityCode: string | null): Promise<Agency[]> {
    return ctx.db.query(
      `SELECT ${columnsOf(ctx.db, Agency, 'a')} FROM agency a
        WHERE ($1::text IS NULL OR a.kind = $1) AND ($2::text IS NULL OR a.municipality_code = $2)
        ORDER BY a.code`, [kind, municipalityCode]);
  },
};
