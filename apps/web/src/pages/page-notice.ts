import { useLocation } from 'react-router';

/** A notice one page sends along to the next, e.g. from an expired link to the sign-in page. */
export interface NoticeState {
  notice?: string;
}

export function useNoticeFromPreviousPage(): string | undefined {
  return (useLocation().state as NoticeState | null)?.notice;
}
