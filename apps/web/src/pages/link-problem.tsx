import type { RouterOutputs } from '@dyocense/client';
import { Link } from 'react-router';
import type { ApiFailure } from '../api-errors';
import { Screen } from '../components/screen';
import type { NoticeState } from './page-notice';

export type LinkProblemKind = 'link-expired' | 'link-used' | 'link-unknown' | 'link-superseded';

type LinkStatus = RouterOutputs['auth']['inspectLink']['status'];

const PROBLEM_BY_STATUS: Record<LinkStatus, LinkProblemKind | undefined> = {
  valid: undefined,
  unknown: 'link-unknown',
  used: 'link-used',
  superseded: 'link-superseded',
  expired: 'link-expired',
};

/** The screen for a link that cannot sign anyone in; nothing for a link that still works. */
export function linkProblemFor(status: LinkStatus): LinkProblemKind | undefined {
  return PROBLEM_BY_STATUS[status];
}

export function isLinkProblem(kind: ApiFailure['kind']): kind is LinkProblemKind {
  return kind in LINK_PROBLEMS;
}

const NEW_LINK: NoticeState = { notice: 'Enter your email and we will send you a new link.' };

const LINK_PROBLEMS: Record<
  LinkProblemKind,
  { title: string; explanation: string; offerHome?: boolean }
> = {
  'link-expired': {
    title: 'This link has expired',
    explanation: 'Sign-in links work for a limited time. Ask for a new one and use it soon.',
  },
  'link-used': {
    title: 'This link was already used',
    explanation:
      'Each link works once. If you opened it before, you are signed in where you opened it. Otherwise, ask for a new link.',
    offerHome: true,
  },
  'link-unknown': {
    title: 'This link is not valid',
    explanation: 'Check that you opened the whole link from your email, or ask for a new one.',
  },
  'link-superseded': {
    title: 'A newer link was sent',
    explanation:
      'A newer link was sent to this address, so this one no longer works. Open the link in your most recent email from Dyocense.',
  },
};

export function LinkProblem({ kind }: { kind: LinkProblemKind }) {
  const { title, explanation, offerHome } = LINK_PROBLEMS[kind];
  return (
    <Screen title={title}>
      <p>{explanation}</p>
      <div className="actions">
        {offerHome && (
          <Link to="/home" className="button-primary">
            Go to your plans
          </Link>
        )}
        <Link to="/signin" state={NEW_LINK} className={offerHome ? undefined : 'button-primary'}>
          Send a new link
        </Link>
      </div>
    </Screen>
  );
}
