import { type FormEvent, useState } from 'react';
import { errorMessage } from './errorMessage.ts';

/**
 * A form that sends its fields to the API: `busy` while it is on its way, the server's message (or
 * `failure`) when it fails. `submit` gets the form's fields and does the call and what follows it.
 */
export function useFormSubmit(submit: (form: FormData) => Promise<void>, failure: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await submit(form);
    } catch (caught) {
      setError(errorMessage(caught, failure));
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, handleSubmit };
}
