import type { RequestContext } from '../kernel/context';
import { Agency } from './agency.entity';

/** Resolves an agency reference held as an id (authors, providers, deciding courts). */
export function agencyOf(ctx: RequestContext, agencyId: string | null): Promise<Agency | null> | null {
  return agencyId ? ctx.loaders.reference.agencyById.load(agencyId) : null;
}
