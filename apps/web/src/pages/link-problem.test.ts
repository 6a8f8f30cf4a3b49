import { describe, expect, it } from 'vitest';
import { isLinkProblem, linkProblemFor } from './link-problem';

describe('linkProblemFor', () => {
  it.each([
    ['unknown', 'link-unknown'],
    ['used', 'link-used'],
    ['superseded', 'link-superseded'],
    ['expired', 'link-expired'],
  ] as const)('shows the %s link its own screen', (status, kind) => {
    expect(linkProblemFor(status)).toBe(kind);
  });

  it('has no problem screen for a link that still works', () => {
    expect(linkProblemFor('valid')).toBeUndefined();
  });
});

describe('isLinkProblem', () => {
  it('tells link problems from other failures, such as a link opened in another browser', () => {
    expect(isLinkProblem('link-superseded')).toBe(true);
    expect(isLinkProblem('confirmation-required')).toBe(false);
    expect(isLinkProblem('unreachable')).toBe(false);
  });
});
