import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
}

export interface ProfileEntry {
  name: string;
  share: number;
}

/** Where a frame's code lives: a package, the service's own code, or Node itself. */
function origin(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  if (url.includes('/apps/') || url.includes('/packages/')) return 'service';
  if (url.startsWith('node:')) return 'node';
  return url ? 'other' : 'native';
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').slice(-1)[0] ?? '';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1} [${origin(url)}]`;
}

function topShares(hits: Map<string, number>, total: number, limit: number): ProfileEntry[] {
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, count]) => ({ name, share: count / total }));
}

/** Self time by function and by origin, as shares of the samples outside the idle loop. */
export function summarizeProfile(path: string, limit = 25) {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byFunction = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0 || node.callFrame.functionName === '(idle)') continue;
    total += hits;
    const name = frameName(node);
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    const where = origin(node.callFrame.url);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + hits);
  }
  return {
    functions: topShares(byFunction, total, limit),
    origins: topShares(byOrigin, total, limit),
  };
}
