import { FieldNode, GraphQLError, parse, visit } from 'graphql';
import { AppError, forbiddenAt } from '../../src/kernel/errors';

const document = parse('{\n  cases {\n    client { personalCode }\n  }\n}');
const fieldNodes: FieldNode[] = [];
visit(document, { Field: (node) => { if (node.name.value === 'personalCode') fieldNodes.push(node); } });
const message = "Your agency's role in this case may not read IDENTIFIER data (Client.personalCode)";

describe('the FORBIDDEN error of a withheld field', () => {
  it('answers every occurrence as a constructed error would, each at its own path', () => {
    const first = forbiddenAt(message, { nodes: fieldNodes, path: ['cases', 0, 'client', 'personalCode'] });
    const second = forbiddenAt(message, { nodes: fieldNodes, path: ['cases', 1, 'client', 'personalCode'] });
    const constructed = new AppError('FORBIDDEN', message, {}, { nodes: fieldNodes, path: ['cases', 1, 'client', 'personalCode'] });
    expect(second.toJSON()).toEqual(constructed.toJSON());
    expect(first.toJSON()).toEqual({ ...constructed.toJSON(), path: ['cases', 0, 'client', 'personalCode'] });
    expect(first.toJSON().locations).toEqual([{ line: 3, column: 14 }]);
    for (const error of [first, second]) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error).toBeInstanceOf(AppError);
      expect(error.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('keeps a message changed on one occurrence (as a plugin masking messages does) to that one', () => {
    const first = forbiddenAt(message, { nodes: fieldNodes, path: ['a'] });
    const second = forbiddenAt(message, { nodes: fieldNodes, path: ['b'] });
    (first as { message: string }).message = 'masked';
    expect(first.toJSON().message).toBe('masked');
    expect(second.toJSON().message).toBe(message);
    expect(forbiddenAt(message, { nodes: fieldNodes, path: ['c'] }).message).toBe(message);
  });

  it('keeps another message for the same field apart', () => {
    const other = forbiddenAt('another category', { nodes: fieldNodes, path: ['d'] });
    expect(other.toJSON()).toMatchObject({ message: 'another category', path: ['d'] });
  });
});
