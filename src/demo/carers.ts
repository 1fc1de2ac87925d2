/**
 * The demo carers: each support centre's register, with a carer in every status of its process, and
 * active foster families taken as the centre's placements need them, so no family ever has more
 * children at once than its form takes (the hub's rule, kept by the data) and every stay with a
 * family is in a form the orphan court recognised it for, after its suitability decision.
 */
import type { Client } from 'pg';
import { CarerStatus } from '../kernel/carers';
import { FosterForm } from '../placements';
import { DAY_MS, isoDate, isoTime } from './dates';
import { address, mobilePhone } from './people';
import { Rng } from './random';
import { AgencyRef, MunicipalityRef, personName } from './reference';

/** A span of days a child lives with the family: from, until (exclusive; null while open), in a form. */
type Span = [number, number | null, FosterForm];

/**
 * The most children at once the demo gives a family of each form: the form's limit, or its
 * strictest age band (a crisis family 2, as with a baby; respite 3, as with a young child with
 * special needs), so whatever the children's ages the hub's rule holds.
 */
export const DEMO_FORM_LIMIT: Record<FosterForm, number> = {
  CRISIS: 2, THERAPEUTIC: 3, SPECIALISED: 6, RESPITE: 3, ORDINARY: 3, YOUTH_COMPULSORY: 3, PARENT_AND_CHILD: 3, GUEST_FAMILY: 3,
};
/** The forms' terms in days (carer-forms.json): a crisis stay up to 6 weeks, respite up to 3. */
export const DEMO_FORM_TERM: Partial<Record<FosterForm, number>> = { CRISIS: 42, RESPITE: 21 };

export interface DemoCarer {
  id: string;
  centreId: string;
  name: string;
  forms: FosterForm[];
  /** the day it became active: no child before */
  activeFrom: number;
  spans: Span[];
}

/**
 * Whether a family takes one more child in `form` over [from, until): on every day a stay begins in
 * that period, fewer children than the strictest form of any stay there then (a family recognised
 * for two forms is held to the stricter while a child of that form lives there: each stay keeps its
 * own form's rule on the day it began).
 */
function hasRoom(carer: DemoCarer, form: FosterForm, from: number, until: number | null): boolean {
  if (!carer.forms.includes(form) || from < carer.activeFrom) return false;
  const days = [from, ...carer.spans.map(([start]) => start).filter((start) => start > from && (until === null || start < until))];
  return days.every((day) => {
    const living = carer.spans.filter(([start, end]) => start <= day && (end === null || day < end));
    return living.length < Math.min(DEMO_FORM_LIMIT[form], ...living.map(([, , f]) => DEMO_FORM_LIMIT[f]));
  });
}

/** The support centre's steps in order, up to ACTIVE (then PAUSED or EXITED). */
const PATH: CarerStatus[] = [CarerStatus.INQUIRY, CarerStatus.INFORMATION_AND_PREPARATION, CarerStatus.FIRST_HOME_VISIT,
  CarerStatus.INITIAL_TRAINING, CarerStatus.MUTUAL_ASSESSMENT, CarerStatus.PSYCHOLOGIST_OPINION, CarerStatus.SUITABILITY_DECIDED,
  CarerStatus.ACTIVE];

interface Rows {
  carer: Record<string, unknown>[];
  carer_form: Record<string, unknown>[];
  carer_transition: Record<string, unknown>[];
  carer_training: Record<string, unknown>[];
  carer_competence_assessment: Record<string, unknown>[];
  carer_household_member: Record<string, unknown>[];
}
const emptyRows = (): Rows => ({ carer: [], carer_form: [], carer_transition: [], carer_training: [], carer_competence_assessment: [],
  carer_household_member: [] });

export class CarerBook {
  private readonly byCentre = new Map<string, DemoCarer[]>();
  /** centres that had a register before this run (their carers in every status are there already) */
  private readonly seeded = new Set<string>();
  private pending = emptyRows();

  /** The active foster families already in the database, with their forms and the spans of their children. */
  static async load(client: Client): Promise<CarerBook> {
    const book = new CarerBook();
    const { rows } = await client.query<{ id: string; centreId: string; name: string; forms: FosterForm[]; activeFrom: string;
      spans: [string, string | null, FosterForm][] | null }>(
      `SELECT c.id, c.support_centre_id AS "centreId", c.name, ARRAY(SELECT f.form FROM carer_form f WHERE f.carer_id = c.id) AS forms,
              c.suitability_decided_on::text AS "activeFrom",
              (SELECT json_agg(json_build_array(p.starts_on, p.ends_on, p.foster_form)) FROM placement p WHERE p.carer_id = c.id) AS spans
         FROM carer c WHERE c.status = 'ACTIVE' AND c.kind = 'FOSTER_FAMILY' ORDER BY c.created_at, c.id`);
    const day = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    for (const row of rows) {
      book.add({ id: row.id, centreId: row.centreId, name: row.name, forms: row.forms, activeFrom: day(row.activeFrom),
        spans: (row.spans ?? []).map(([from, until, form]): Span => [day(from), until === null ? null : day(until), form]) });
    }
    const { rows: centres } = await client.query<{ id: string }>('SELECT DISTINCT support_centre_id AS id FROM carer');
    for (const { id } of centres) book.seeded.add(id);
    return book;
  }

  private add(carer: DemoCarer): void {
    const list = this.byCentre.get(carer.centreId) ?? [];
    list.push(carer);
    this.byCentre.set(carer.centreId, list);
  }

  /**
   * Writes a carer's rows: registered on `inquiry`, each step of the process a few weeks after the
   * one before up to `status` (a pause and an exit after activation), with the training, the
   * competence assessment and the court's decisions the steps need.
   */
  private register(centre: AgencyRef, municipality: MunicipalityRef, status: CarerStatus, inquiry: number, forms: FosterForm[],
    rng: Rng): { id: string; name: string; active: number } {
    const id = rng.uuid();
    const family = personName(rng, false).family;
    const name = `${family} ģimene`;
    const court = municipality.orphanCourt ?? centre;
    const centreUser = `${centre.slug}-sp-${rng.int(1, 4)}`;
    const stepTo = status === CarerStatus.PAUSED || status === CarerStatus.EXITED ? CarerStatus.ACTIVE : status;
    const steps = PATH.slice(0, PATH.indexOf(stepTo) + 1);
    let day = inquiry;
    let version = 1;
    let decided: number | null = null;
    let active = inquiry;
    const step = (from: CarerStatus | null, to: CarerStatus, reason: string, interview: string | null = null) => {
      const byCourt = to === CarerStatus.SUITABILITY_DECIDED;
      this.pending.carer_transition.push({ id: rng.uuid(), carer_id: id, from_status: from, to_status: to, reason, exit_interview: interview,
        user_id: byCourt ? `${court.slug}-sp-1` : centreUser, agency_id: byCourt ? court.id : centre.id, at: isoTime(day * DAY_MS + 36_000_000) });
    };
    steps.forEach((to, i) => {
      if (i > 0) {
        day += rng.int(10, 40);
        version += 1;
      }
      if (to === CarerStatus.MUTUAL_ASSESSMENT) {
        this.pending.carer_training.push({ id: rng.uuid(), carer_id: id, kind: 'INITIAL', hours: 60, held_on: isoDate(day - 3),
          topic: 'Sākotnējās kompetencēs balstītās mācības', agency_id: centre.id });
      }
      if (to === CarerStatus.PSYCHOLOGIST_OPINION) {
        const s = () => rng.int(2, 5);
        this.pending.carer_competence_assessment.push({ id: rng.uuid(), carer_id: id, assessed_on: isoDate(day - 2), care_and_protection: s(),
          developmental_needs: s(), birth_family_relationship: s(), permanency: s(), teamwork: s(), note: null, agency_id: centre.id,
          user_id: centreUser });
      }
      if (to === CarerStatus.SUITABILITY_DECIDED) {
        decided = day;
        for (const form of forms) {
          this.pending.carer_form.push({ carer_id: id, form, decision_ref: `Bāriņtiesas lēmums Nr. ${isoDate(day).slice(0, 4)}/${rng.int(1, 1999)}`,
            decided_on: isoDate(day), deciding_agency_id: court.id });
        }
      }
      if (to === CarerStatus.ACTIVE) active = day;
      step(i === 0 ? null : steps[i - 1], to, i === 0 ? 'registered' : 'step completed');
    });
    if (status === CarerStatus.PAUSED || status === CarerStatus.EXITED) {
      day += rng.int(30, 200);
      version += 1;
      step(CarerStatus.ACTIVE, status, status === CarerStatus.PAUSED ? 'a break at the family\'s request' : 'the family ended its service',
        status === CarerStatus.EXITED ? 'The family was satisfied with the support and training' : null);
    }
    const { given } = personName(rng, true);
    this.pending.carer_household_member.push(
      { id: rng.uuid(), carer_id: id, name: `${given} ${family}`, relation: 'CARER', birth_year: 1965 + rng.int(0, 25) });
    this.pending.carer.push({ id, kind: 'FOSTER_FAMILY', name, address: address(rng, municipality.name), phone: mobilePhone(rng),
      municipality_code: municipality.code, support_centre_id: centre.id, status, inquiry_on: isoDate(inquiry),
      suitability_decided_on: decided === null ? null : isoDate(decided), version, created_at: isoTime(inquiry * DAY_MS + 36_000_000),
      updated_at: isoTime(day * DAY_MS + 36_000_000) });
    return { id, name, active };
  }

  /** On a centre's first placement in a run with an empty register: one carer in every status of its process. */
  private seedEveryStatus(centre: AgencyRef, municipality: MunicipalityRef, lastDay: number, rng: Rng): void {
    if (this.seeded.has(centre.id)) return;
    this.seeded.add(centre.id);
    for (const status of [...PATH, CarerStatus.PAUSED, CarerStatus.EXITED]) {
      const { id, name, active } = this.register(centre, municipality, status, lastDay - rng.int(500, 700),
        [FosterForm.ORDINARY], rng);
      // an active one takes children too
      if (status === CarerStatus.ACTIVE) this.add({ id, centreId: centre.id, name, forms: [FosterForm.ORDINARY], activeFrom: active, spans: [] });
    }
  }

  /** An active family of the centre with room for a child in `form` over [from, until), registering a new one when every one is full. */
  take(centre: AgencyRef, municipality: MunicipalityRef, form: FosterForm, from: number, until: number | null, lastDay: number,
    rng: Rng): DemoCarer {
    this.seedEveryStatus(centre, municipality, lastDay, rng);
    let carer = (this.byCentre.get(centre.id) ?? []).find((c) => hasRoom(c, form, from, until));
    if (!carer) {
      const forms = form === FosterForm.ORDINARY ? [form] : [form, FosterForm.ORDINARY];
      // its process took about 8 months before this first child
      const { id, name, active } = this.register(centre, municipality, CarerStatus.ACTIVE, from - 400, forms, rng);
      carer = { id, centreId: centre.id, name, forms, activeFrom: Math.min(active, from), spans: [] };
      this.add(carer);
    }
    carer.spans.push([from, until, form]);
    return carer;
  }

  /** Inserts (and commits) the carers registered since the last call, before any placement naming them is loaded. */
  async registerPending(client: Client): Promise<void> {
    const rows = this.pending;
    this.pending = emptyRows();
    if (rows.carer.length === 0) return;
    for (const table of Object.keys(rows) as (keyof Rows)[]) {
      const list = rows[table];
      if (list.length === 0) continue;
      const columns = Object.keys(list[0]).join(', ');
      await client.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)`,
        [JSON.stringify(list)]);
    }
  }
}
