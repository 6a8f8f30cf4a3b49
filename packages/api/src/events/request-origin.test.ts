import { describe, expect, it } from 'vitest';
import { isSameSecret } from '../operator-secrets';
import { createEmailHasher } from './email-hash';
import { ipPrefix, userAgentFamily } from './request-origin';

describe('what events keep of a request', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd::/48'],
    ['::1', '::/48'],
    ['unknown', null],
    ['', null],
  ])('keeps %s as the network %s', (ip, prefix) => {
    expect(ipPrefix(ip)).toBe(prefix);
  });

  it('keeps only the browser’s name, "other" for anything unrecognised', () => {
    const chrome =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    expect(userAgentFamily(chrome)).toBe('Chrome');
    expect(userAgentFamily('curl/8.5.0')).toBe('other');
    expect(userAgentFamily(null)).toBeNull();
  });

  it('hashes an address the same way whatever its case, and differently under another key', () => {
    const hash = createEmailHasher('k'.repeat(32));
    expect(hash(' Ada@Example.com ')).toBe(hash('ada@example.com'));
    expect(hash('ada@example.com')).toMatch(/^[0-9a-f]{64}$/);
    expect(createEmailHasher('j'.repeat(32))('ada@example.com')).not.toBe(hash('ada@example.com'));
  });

  it('takes only the exact operator key', () => {
    expect(isSameSecret('operator-key-1', 'operator-key-1')).toBe(true);
    expect(isSameSecret('operator-key-1', 'operator-key-2')).toBe(false);
    expect(isSameSecret('operator-key-1', 'operator-key-1-and-more')).toBe(false);
  });
});
