import { checkDigit, checkPersonalCode } from '../../src/clients/personal-code';

describe('Latvian personal code', () => {
  it('computes the old form check digit by the published weights', () => {
    // 0·1 + 1·6 + 0·3 + 1·7 + 9·9 + 0·10 + 1·5 + 2·8 + 3·4 + 4·2 = 135; (1101 − 135) mod 11 = 9
    expect(checkDigit('0101901234')).toBe(9);
  });

  it('has no check digit when the formula gives 10', () => {
    const ten = Array.from({ length: 1000 }, (_, i) => `010190${String(i).padStart(4, '0')}`).find((d) => checkDigit(d) === null);
    expect(ten).toBeDefined();
    expect(checkPersonalCode(`${ten}0`).valid).toBe(false);
  });

  it.each([
    ['010190-12349', '010190-12349', '1990-01-01'],
    ['01019012349', '010190-12349', '1990-01-01'],
    [' 010190-12349 ', '010190-12349', '1990-01-01'],
    ['320000-00001', '320000-00001', null],
    ['32123412345', '321234-12345', null],
  ])('accepts %p as %p (birth date %p)', (input, canonical, birthDate) => {
    expect(checkPersonalCode(input)).toEqual({ valid: true, canonical, birthDate });
  });

  it.each([
    ['010190-12340', 'check digit'],
    ['300290-12340', 'birth date'],
    ['011390-12340', 'birth date'],
    ['010190-32349', 'century'],
    ['0101901234', '11 digits'],
    ['010190/12349', '11 digits'],
    ['31123-456789', '11 digits'],
  ])('refuses %p (%s)', (input, reason) => {
    const result = checkPersonalCode(input);
    expect(result.valid).toBe(false);
    expect(!result.valid && result.reason).toContain(reason);
  });

  it('knows the 1800s and 2000s centuries', () => {
    // 010190-0123: Σ = 116, (1101 − 116) mod 11 = 6; 010110-2123: Σ = 54, (1101 − 54) mod 11 = 2
    expect(checkPersonalCode('010190-01236')).toEqual({ valid: true, canonical: '010190-01236', birthDate: '1890-01-01' });
    expect(checkPersonalCode('010110-21232')).toEqual({ valid: true, canonical: '010110-21232', birthDate: '2010-01-01' });
  });
});
