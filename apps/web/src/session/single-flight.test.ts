import { describe, expect, it } from 'vitest';
import { singleFlight } from './single-flight';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('singleFlight', () => {
  it('shares one run among callers that arrive while it is in flight', async () => {
    const pending = deferred<string>();
    let runs = 0;
    const refresh = singleFlight(() => {
      runs += 1;
      return pending.promise;
    });
    const calls = [refresh(), refresh(), refresh()];
    pending.resolve('jwt-2');
    expect(await Promise.all(calls)).toEqual(['jwt-2', 'jwt-2', 'jwt-2']);
    expect(runs).toBe(1);
  });

  it('starts a new run once the last one has settled, even after a failure', async () => {
    const results = [deferred<string>(), deferred<string>()];
    let runs = 0;
    const refresh = singleFlight(() => results[runs++]!.promise);
    const first = refresh();
    results[0]!.reject(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    const second = refresh();
    results[1]!.resolve('jwt-3');
    expect(await second).toBe('jwt-3');
    expect(runs).toBe(2);
  });
});
