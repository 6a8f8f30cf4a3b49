import { useEffect, useState, type RefObject } from 'react';

/**
 * After a failed submit, focus moves to the form's first field in error, once it shows its
 * message. Returns the function to call when errors were set.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests, form]);
  return () => setRequests((count) => count + 1);
}
