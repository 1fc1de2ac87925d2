/** Minimal `--name value` / `--flag` parsing for the scripts; unknown options are an error. */
export function parseArgs(argv: string[], known: { values: string[]; flags: string[] }): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i].replace(/^--/, '');
    if (!argv[i].startsWith('--') || (!known.values.includes(name) && !known.flags.includes(name))) {
      throw new Error(`unknown argument ${argv[i]}`);
    }
    if (known.flags.includes(name)) {
      out[name] = true;
    } else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
      out[name] = value;
      i += 1;
    }
  }
  return out;
}
