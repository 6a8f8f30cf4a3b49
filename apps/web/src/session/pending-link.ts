import { DEFAULT_NEXT_PATH, safeNextPath } from '@dyocense/api/next-path';
import { z } from 'zod';
import { parseJson, type KeyValueStorage } from './stored-json';

export const PENDING_LINK_STORAGE_KEY = 'dyocense.pending-link';

/** No emailed link lives longer than a sign-up's (24 hours): an older wait is forgotten. */
export const PENDING_LINK_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const pendingLinkSchema = z.object({
  email: z.string().min(3).max(320),
  purpose: z.enum(['signup', 'signin']),
  /** When the latest email was asked for, in milliseconds since the epoch. */
  sentAt: z.number().int().nonnegative(),
  /** Where to go once signed in; anything but a path on this site reads as the home page. */
  next: z
    .string()
    .catch(DEFAULT_NEXT_PATH)
    .transform((next) => safeNextPath(next) ?? DEFAULT_NEXT_PATH),
});

/** A link (and code) sent by email that this browser waits for: the "Check your email" screen. */
export type PendingLink = z.infer<typeof pendingLinkSchema>;
export type LinkPurpose = PendingLink['purpose'];

/**
 * The one place the waiting screen is kept, in localStorage, so a reload (or the back button)
 * shows "Check your email" again rather than an empty form.
 */
export interface PendingLinkStore {
  /**
   * The kept wait, for `purpose` if given; undefined when there is none, or it is too old or
   * unreadable.
   */
  read(purpose?: LinkPurpose): PendingLink | undefined;
  write(link: PendingLink): void;
  clear(): void;
}

export function createPendingLinkStore(
  storage: KeyValueStorage,
  now: () => number = Date.now,
): PendingLinkStore {
  const clear = () => storage.removeItem(PENDING_LINK_STORAGE_KEY);
  return {
    read(purpose) {
      const parsed = pendingLinkSchema.safeParse(
        parseJson(storage.getItem(PENDING_LINK_STORAGE_KEY)),
      );
      if (!parsed.success || now() - parsed.data.sentAt > PENDING_LINK_MAX_AGE_MS) {
        clear();
        return undefined;
      }
      return !purpose || parsed.data.purpose === purpose ? parsed.data : undefined;
    },
    write(link) {
      storage.setItem(PENDING_LINK_STORAGE_KEY, JSON.stringify(pendingLinkSchema.parse(link)));
    },
    clear,
  };
}
