import { DataSource } from 'typeorm';
import { agencyRegister, MUNICIPALITIES, REGIONS } from './agency-register';
import servicePrices from './data/service-prices.json';

/**
 * Loads regions, municipalities, the agency register and the service price list where missing. Existing rows are left
 * alone: once loaded, reference data belongs to the operator (a region change is a data change).
 */
export async function loadReferenceData(db: DataSource): Promise<void> {
  const agencies = agencyRegister();
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO region (code, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      [REGIONS.map((r) => r.code), REGIONS.map((r) => r.name)]);
    await tx.query(
      `INSERT INTO municipality (code, name, kind, region_code, population)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) ON CONFLICT DO NOTHING`,
      [MUNICIPALITIES.map((m) => m.code), MUNICIPALITIES.map((m) => m.name), MUNICIPALITIES.map((m) => m.kind),
        MUNICIPALITIES.map((m) => m.regionCode), MUNICIPALITIES.map((m) => m.population)]);
    await tx.query(
      `INSERT INTO agency (code, name, kind, municipality_code, region_code, contact_email, contact_phone)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, municipality_code = EXCLUDED.municipality_code,
         region_code = EXCLUDED.region_code, contact_email = EXCLUDED.contact_email, contact_phone = EXCLUDED.contact_phone
       WHERE (agency.name, agency.kind, agency.municipality_code, agency.region_code, agency.contact_email, agency.contact_phone)
         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind, EXCLUDED.municipality_code, EXCLUDED.region_code, EXCLUDED.contact_email,
                           EXCLUDED.contact_phone)`,
      [agencies.map((a) => a.code), agencies.map((a) => a.name), agencies.map((a) => a.kind),
        agencies.map((a) => a.municipalityCode), agencies.map((a) => a.regionCode), agencies.map((a) => a.contactEmail),
        agencies.map((a) => a.contactPhone)]);
    const { prices } = servicePrices;
    await tx.query(
      `INSERT INTO service_price (service_type, unit, valid_from, price_eur)
       SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::numeric[]) ON CONFLICT DO NOTHING`,
      [prices.map((p) => p.serviceType), prices.map((p) => p.unit), prices.map((p) => p.validFrom), prices.map((p) => p.priceEur)]);
  });
}
