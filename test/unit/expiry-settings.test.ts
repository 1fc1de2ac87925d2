import { loadConfig } from '../../src/kernel/config';

/** Issue 12: how long a referral and a requested transfer wait for an answer is the operator's setting. */
describe('REFERRAL_EXPIRY_DAYS and TRANSFER_EXPIRY_DAYS', () => {
  it('default to 14 days each', () => {
    expect(loadConfig({})).toMatchObject({ referralExpiryDays: 14, transferExpiryDays: 14 });
  });

  it('take a whole number of days from 1 to 365, and refuse anything else naming the variable', () => {
    expect(loadConfig({ REFERRAL_EXPIRY_DAYS: '7', TRANSFER_EXPIRY_DAYS: '30' })).toMatchObject({ referralExpiryDays: 7, transferExpiryDays: 30 });
    for (const bad of ['0', '366', '1.5', 'two weeks']) {
      expect(() => loadConfig({ TRANSFER_EXPIRY_DAYS: bad })).toThrow(/TRANSFER_EXPIRY_DAYS/);
      expect(() => loadConfig({ REFERRAL_EXPIRY_DAYS: bad })).toThrow(/REFERRAL_EXPIRY_DAYS/);
    }
  });
});
