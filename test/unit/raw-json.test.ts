import { RawJson } from '../../src/kernel/raw-json';

describe('JSON texts carried unparsed into an answer', () => {
  it('puts each text where its placeholder was serialized, in any order and number', () => {
    const raw = new RawJson();
    const answer = { data: { a: raw.placeholder('{"x" : 1}'), list: [raw.placeholder('[]'), raw.placeholder('null')] } };
    expect(JSON.parse(raw.splice(JSON.stringify(answer)).toString())).toEqual({ data: { a: { x: 1 }, list: [[], null] } });
  });

  it('replaces nothing a value could hold: the placeholder of another request, or its text without the NUL', () => {
    const mine = new RawJson();
    const other = new RawJson();
    const theirs = other.placeholder('"stolen"');
    mine.placeholder('"mine"');
    const body = JSON.stringify({ a: theirs, b: theirs.slice(1), c: `x${theirs}` });
    expect(mine.splice(body).toString()).toBe(body);
  });

  it('writes texts of any characters as UTF-8', () => {
    const raw = new RawJson();
    const body = JSON.stringify({ name: 'Bērziņš', a: raw.placeholder('"Jānis Ķēniņš"') });
    expect(JSON.parse(raw.splice(body).toString('utf8'))).toEqual({ name: 'Bērziņš', a: 'Jānis Ķēniņš' });
  });

  it('leaves an answer without placeholders as it is', () => {
    expect(new RawJson().splice('{"data":null}')).toBe('{"data":null}');
  });
});
