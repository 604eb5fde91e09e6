import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SupervisedProcess } from '../../libs/local-servers/src/supervised-process';
import { eventually } from '../harness/eventually';

/** The launcher's keeper of the worker and the API, on real child processes. */
describe('a supervised child process', () => {
  let folder: string;
  beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-supervised-'))));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('is started again when it is killed, and stays stopped once stopped', async () => {
    const pidFile = path.join(folder, 'pid');
    const script = `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000);`;
    const restarts: (number | null)[] = [];
    const child = new SupervisedProcess('sleeper', process.execPath, ['-e', script], {}, { initialBackoffMs: 50, onRestart: (code) => restarts.push(code) });
    try {
      const first = await eventually(async () => (fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : 0), (pid) => pid > 0);
      expect(first).toBe(child.process.child.pid);
      process.kill(first, 'SIGKILL');
      const second = await eventually(async () => Number(fs.readFileSync(pidFile, 'utf8')), (pid) => pid !== first);
      expect(second).not.toBe(first);
      expect(child.restartCount).toBe(1);
      expect(restarts).toEqual([null]);
      expect(child.process.running).toBe(true);
    } finally {
      await child.stop();
    }
    expect(child.process.running).toBe(false);
  });

  it('waits longer after each quick death, up to the limit', async () => {
    const waits: number[] = [];
    const codes: (number | null)[] = [];
    const child = new SupervisedProcess('crasher', process.execPath, ['-e', 'process.exit(3)'], {}, {
      initialBackoffMs: 20,
      maxBackoffMs: 80,
      onRestart: (code, backoffMs) => {
        codes.push(code);
        waits.push(backoffMs);
      },
    });
    try {
      await eventually(async () => waits.length, (count) => count >= 5);
    } finally {
      await child.stop();
    }
    expect(waits.slice(0, 5)).toEqual([20, 40, 80, 80, 80]);
    expect(new Set(codes)).toEqual(new Set([3]));
  });
});
