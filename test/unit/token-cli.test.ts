import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** `npm run -s token -- --list | head`: a reader that stops early is no error of the command. */
describe('the token CLI', () => {
  it('ends quietly, with status 0, when its output is closed early', async () => {
    const root = join(__dirname, '..', '..');
    const child = spawn(process.execPath, ['-r', './scripts/register.js', 'scripts/token.ts', '--list'], { cwd: root });
    // the reader goes away before the list is written (as `| head` does once it has its lines)
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
