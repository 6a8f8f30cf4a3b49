import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../trpc';
import { useSession } from './session-context';

/** Ends this session on the server (its JWT and refresh cookie stop working), then here. */
export function useSignOut() {
  const trpc = useTRPC();
  const { endSession } = useSession();
  // Even if the server cannot be reached, the person asked to be signed out of this browser.
  return useMutation(
    trpc.auth.signout.mutationOptions({ onSettled: () => endSession('signed-out') }),
  );
}

/** Ends every session of the person, on every device, this one included. */
export function useSignOutEverywhere() {
  const trpc = useTRPC();
  const { endSession } = useSession();
  return useMutation(
    trpc.auth.signoutAll.mutationOptions({
      onSuccess: () => endSession('signed-out-everywhere'),
    }),
  );
}
