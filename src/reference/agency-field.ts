import type { RequestContext } from '../kernel/context';
import { Agency } from './agency.entity';

/** Resolves an agency reference held as an id (authors, providers, deciding courts): at once when the request holds it. */
export function agencyOf(ctx: RequestContext, agencyId: string | null): Agency | null | Promise<Agency | null> {
  return agencyId ? ctx.loaders.reference.agencyById.get(agencyId) : null;
}
