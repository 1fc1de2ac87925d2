import { buildDecoratedSchema, buildBareSchema } from '../../src/app/schema';
import { DESCRIPTIONS, documentedElements } from '../../src/app/schema-docs';

/** The contract is documented: every element has a description, and the catalog holds no dead entry. */
describe('schema descriptions', () => {
  it('leaves no type, field, argument, input field or enum value undescribed', async () => {
    const missing = documentedElements(await buildBareSchema()).filter((e) => !e.description).map((e) => e.coordinate);
    expect(missing).toEqual([]);
  });

  it('catalogs only elements that exist and that the code does not describe itself', async () => {
    const inCode = new Map(documentedElements(await buildDecoratedSchema()).map((e) => [e.coordinate, e.description]));
    const stale = Object.keys(DESCRIPTIONS).filter((coordinate) => !inCode.has(coordinate));
    const overridden = Object.keys(DESCRIPTIONS).filter((coordinate) => inCode.get(coordinate));
    expect({ stale, overridden }).toEqual({ stale: [], overridden: [] });
  });
});
