/**
 * The demo's family-like care homes: how many children each provider's home has on each day, so no
 * home ever takes more than its limit (placement-limits.json; the hub's rule, kept by the data).
 */
import type { Client } from 'pg';
import { REFERENCE_SOURCES } from '../reference';
import { PlacementType } from '../placements';
import { DAY_MS } from './dates';

/** A child's stay: from, until (exclusive; null while open). */
type Span = [number, number | null];

const LIMIT = REFERENCE_SOURCES['placement-limits'].records.find((r) => r.placementType === PlacementType.FAMILY_LIKE_CARE_HOME)?.maxChildren ?? 8;

function overlapping(spans: Span[], day: number): number {
  return spans.filter(([from, until]) => from <= day && (until === null || day < until)).length;
}

export class HomeBook {
  private readonly byProvider = new Map<string, Span[]>();

  /** The family-like care home stays already in the database (a second run counts them too). */
  static async load(client: Client): Promise<HomeBook> {
    const book = new HomeBook();
    const { rows } = await client.query<{ provider: string; startsOn: string; endsOn: string | null }>(
      `SELECT provider_agency_id AS provider, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM placement
        WHERE type = $1 AND provider_agency_id IS NOT NULL`, [PlacementType.FAMILY_LIKE_CARE_HOME]);
    const day = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    for (const row of rows) book.spansOf(row.provider).push([day(row.startsOn), row.endsOn === null ? null : day(row.endsOn)]);
    return book;
  }

  private spansOf(provider: string): Span[] {
    let spans = this.byProvider.get(provider);
    if (!spans) {
      spans = [];
      this.byProvider.set(provider, spans);
    }
    return spans;
  }

  /** Takes a place in the provider's home over [from, until) when it has room on every day of it (the most are at a stay's start). */
  take(provider: string, from: number, until: number | null): boolean {
    const spans = this.spansOf(provider);
    const days = [from, ...spans.map(([start]) => start).filter((start) => start > from && (until === null || start < until))];
    if (!days.every((day) => overlapping(spans, day) < LIMIT)) return false;
    spans.push([from, until]);
    return true;
  }
}
