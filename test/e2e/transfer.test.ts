import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const TRANSFER = graphql(`mutation TransferCase($input: TransferCaseInput!) { transferCase(input: $input) { caseId from { code } to { code } at } }`);
const CASE = graphql(`query TransferCaseView($id: ID!) { case(id: $id) { myRoles responsibleMunicipality { code } caseManager { userId } client { declaredMunicipalityCode } } }`);

describe('transferCase: the client moves to another municipality', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'BT-RIGA', 'ORPHAN_COURT');
  });
  afterAll(async () => { await hub.close(); });

  it('is refused to anyone but the case manager', async () => {
    const res = await hub.gql(await hub.token('BT-RIGA', UserRole.MANAGER), TRANSFER,
      { input: { caseId: opened.id, toMunicipalityCode: 'OGRES_NOV', reason: 'moved' } });
    expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown municipality and the current one, naming the field', async () => {
    const token = await hub.token('SD-RIGA');
    for (const code of ['ATLANTIDA', 'RIGA']) {
      const res = await hub.gql(token, TRANSFER, { input: { caseId: opened.id, toMunicipalityCode: code, reason: 'moved' } });
      expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toMunicipalityCode' });
    }
  });

  it('hands the case over in one transaction: one case manager before and after, the old one keeps nothing', async () => {
    const res = await hub.gql(await hub.token('SD-RIGA'), TRANSFER, { input: { caseId: opened.id, toMunicipalityCode: 'OGRES_NOV', reason: 'moved' } });
    expect(res.errors).toEqual([]);
    expect(res.data).toMatchObject({ transferCase: { caseId: opened.id, from: { code: 'SD-RIGA' }, to: { code: 'SD-OGRES_NOV' } } });

    const managers = await hub.db.query(
      `SELECT a.code FROM involvement i JOIN agency a ON a.id = i.agency_id WHERE i.case_id = $1 AND i.role = 'CASE_MANAGER' AND i.ended_at IS NULL`,
      [opened.id]);
    expect(managers).toEqual([{ code: 'SD-OGRES_NOV' }]);

    const old = await hub.gql(await hub.token('SD-RIGA'), CASE, { id: opened.id });
    expect(old.errors[0].extensions?.code).toBe('NOT_FOUND');
    const fresh = await hub.gql(await hub.token('SD-OGRES_NOV'), CASE, { id: opened.id });
    expect(fresh.data).toEqual({ case: { myRoles: ['CASE_MANAGER'], responsibleMunicipality: { code: 'OGRES_NOV' },
      caseManager: null, client: { declaredMunicipalityCode: 'OGRES_NOV' } } });
    // the orphan court's own involvement is untouched
    expect((await hub.gql(await hub.token('BT-RIGA'), CASE, { id: opened.id })).data?.case).toBeTruthy();
  });
});
