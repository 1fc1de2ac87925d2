import { RequestLoader } from '../../src/kernel/loaders';

describe('a request loader answers what it already holds without a promise', () => {
  const make = () => {
    const batches: string[][] = [];
    const loader = new RequestLoader<string, string | null>(async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => (k === 'missing' ? null : `row ${k}`));
    });
    return { loader, batches };
  };

  it('loads a key it does not hold, in one batch, then holds it', async () => {
    const { loader, batches } = make();
    const [a, b] = [loader.get('a'), loader.get('b')];
    expect(a).toBeInstanceOf(Promise);
    expect(await Promise.all([a, b])).toEqual(['row a', 'row b']);
    expect(batches).toEqual([['a', 'b']]);
    expect(loader.get('a')).toBe('row a');
    expect(loader.get('missing')).toBeInstanceOf(Promise);
    expect(await loader.get('missing')).toBeNull();
    // a null is an answer too: held
    expect(loader.get('missing')).toBeNull();
  });

  it('holds a primed value, and keeps the first one primed, as DataLoader does', async () => {
    const { loader, batches } = make();
    loader.prime('p', 'primed');
    loader.prime('p', 'again');
    expect(loader.get('p')).toBe('primed');
    expect(await loader.load('p')).toBe('primed');
    expect(batches).toEqual([]);
  });

  it('does not hold an error or a pending value, and forgets what it is told to', async () => {
    const { loader } = make();
    loader.prime('e', new Error('no'));
    loader.prime('q', Promise.resolve('later'));
    const failed = loader.get('e');
    expect(failed).toBeInstanceOf(Promise);
    await expect(failed).rejects.toThrow('no');
    expect(loader.get('q')).toBeInstanceOf(Promise);
    expect(await loader.get('q')).toBe('later');
    loader.prime('x', 'x1');
    loader.clear('x');
    expect(loader.get('x')).toBeInstanceOf(Promise);
    expect(await loader.get('x')).toBe('row x');
    loader.clearAll();
    expect(loader.get('x')).toBeInstanceOf(Promise);
    await loader.get('x');
  });

  it('does not hold what a batch in flight during a clear brings, as DataLoader does not cache it again', async () => {
    const { loader } = make();
    const pending = loader.get('a');
    loader.clearAll();
    expect(await pending).toBe('row a');
    expect(loader.get('a')).toBeInstanceOf(Promise);
    await loader.get('a');
    expect(loader.get('a')).toBe('row a');
  });

  it('keeps the loading value of a key primed while it loads, as DataLoader does', async () => {
    const { loader } = make();
    const pending = loader.get('a');
    loader.prime('a', 'primed meanwhile');
    expect(loader.get('a')).toBeInstanceOf(Promise);
    expect(await pending).toBe('row a');
    expect(await loader.load('a')).toBe('row a');
    expect(loader.get('a')).toBe('row a');
  });

  it('keys by its cache key', async () => {
    const loader = new RequestLoader<{ id: string }, string>(async (keys) => keys.map((k) => k.id), (k) => k.id);
    await loader.get({ id: '1' });
    expect(loader.get({ id: '1' })).toBe('1');
  });
});
