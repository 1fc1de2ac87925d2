/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and sums self time by where the code comes from:
 * a package under node_modules, node's internals, V8 (gc, builtins), or casehub's own src/<folder>,
 * so a regression is explained by what grew.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time inside the window, ms (idle excluded). */
  busyMs: number;
  idleMs: number;
  groups: { group: string; ms: number; share: number }[];
  functions: { name: string; group: string; ms: number; share: number }[];
}

/** Where a frame's code comes from. */
export function groupOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (functionName === '(garbage collector)') return 'gc';
  if (functionName === '(idle)') return '(idle)';
  if (functionName === '(program)') return 'v8/native (program)';
  if (!url) return 'v8 builtins / native';
  if (url.startsWith('node:')) return 'node internals';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const rest = path.slice(inModules + '/node_modules/'.length).split('/');
    return `node_modules/${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  const src = /\/(?:dist\/)?src\/([^/]+)\//.exec(path);
  if (src) return `casehub src/${src[1]}`;
  if (/\/(?:dist\/)?migrations\//.test(path)) return 'casehub migrations';
  return 'other';
}

/**
 * Self time by group and by function, counting only samples taken between `fromUs` and `toUs`
 * (microseconds of the monotonic clock, as `process.hrtime` and the profile both use), when given.
 */
export function summarizeProfile(file: string, window?: { fromUs: number; toUs: number }, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i];
    // a sample's time is the gap to the next one (the last gets the previous gap)
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i];
    if (window && (t < window.fromUs || t > window.toUs)) continue;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + dt);
  }
  const groups = new Map<string, number>();
  const functions = new Map<string, { group: string; us: number }>();
  let idle = 0;
  let busy = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const group = groupOf(node.callFrame);
    if (group === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    groups.set(group, (groups.get(group) ?? 0) + us);
    const file = node.callFrame.url.replace(/^.*\/(node_modules|src|dist)\//, '$1/');
    const name = `${node.callFrame.functionName || '(anonymous)'} ${file ? `${file}:${node.callFrame.lineNumber + 1}` : ''}`.trim();
    const entry = functions.get(name) ?? { group, us: 0 };
    entry.us += us;
    functions.set(name, entry);
  }
  const share = (us: number) => (busy ? us / busy : 0);
  return {
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    groups: [...groups].sort((a, b) => b[1] - a[1]).map(([group, us]) => ({ group, ms: us / 1000, share: share(us) })),
    functions: [...functions].sort((a, b) => b[1].us - a[1].us).slice(0, top)
      .map(([name, f]) => ({ name, group: f.group, ms: f.us / 1000, share: share(f.us) })),
  };
}

export function formatProfile(summary: ProfileSummary, requests: number): string {
  // the profiler samples wall time: on a busy machine a descheduled thread still collects samples, so the
  // shares matter here; the CPU per request is the table's (from /proc)
  const lines = [`CPU profile of the hub during the timed run (${requests} requests): ${summary.busyMs.toFixed(0)} ms sampled busy, `
    + `${summary.idleMs.toFixed(0)} ms idle`, '', 'self time by origin:'];
  for (const g of summary.groups) {
    if (g.share < 0.002) continue;
    lines.push(`  ${(100 * g.share).toFixed(1).padStart(5)}%  ${g.ms.toFixed(0).padStart(7)} ms  ${g.group}`);
  }
  lines.push('', 'top functions by self time:');
  for (const f of summary.functions) {
    lines.push(`  ${(100 * f.share).toFixed(1).padStart(5)}%  ${f.name}  [${f.group}]`);
  }
  return lines.join('\n');
}
