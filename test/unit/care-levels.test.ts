import servicePrices from '../../src/reference/data/service-prices.json';
import { CARE_LEVELS, CareLevels, scenarioFor, scenarioMonthlyEur } from '../../src/reference/care-levels';

describe('the care level scenarios (004 L, table 3) as data', () => {
  it('has each scenario total equal to its services at the unit prices of the same table, to the cent', () => {
    const price = (type: string, unit: string) => servicePrices.prices
      .filter((p) => p.serviceType === type && p.unit === unit && p.validFrom <= CARE_LEVELS.validFrom)
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0]?.priceEur;
    for (const scenario of CARE_LEVELS.scenarios) {
      const cents = scenario.services.reduce((sum, s) => {
        const unitPrice = price(s.serviceType, s.unit);
        expect([scenario.id, s.serviceType, unitPrice]).toEqual([scenario.id, s.serviceType, expect.any(Number)]);
        return sum + Math.round(s.volume * (unitPrice as number) * 100);
      }, 0);
      expect([scenario.id, cents / 100]).toEqual([scenario.id, scenario.monthlyCostEur]);
    }
  });

  it('gives every care level I-IV a family scenario, and a group apartment one from level II', () => {
    expect(CARE_LEVELS.scenarios.map((s) => s.id)).toEqual(['I_FAMILY', 'II_FAMILY', 'II_GROUP_APARTMENT', 'III_FAMILY',
      'III_GROUP_APARTMENT', 'IV_FAMILY', 'IV_GROUP_APARTMENT']);
    expect(scenarioFor(3, 'GROUP_APARTMENT').id).toBe('III_GROUP_APARTMENT');
    // level I is priced in a family only: one amount for the level, wherever the client lives
    expect(scenarioFor(1, 'GROUP_APARTMENT').id).toBe('I_FAMILY');
  });

  it('adds the employer social tax (23.59 %) only where a scenario says it applies', () => {
    expect(CARE_LEVELS.employerSocialTax.rate).toBe(0.2359);
    const [first] = CARE_LEVELS.scenarios;
    expect(first.socialTax).toBe(false);
    expect(scenarioMonthlyEur(first)).toBe(371.88);
    const taxed: CareLevels = { ...CARE_LEVELS, scenarios: [{ ...first, socialTax: true }] };
    expect(scenarioMonthlyEur(taxed.scenarios[0], taxed)).toBe(459.61);
  });
});
