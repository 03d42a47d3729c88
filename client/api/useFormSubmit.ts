import { type FormEvent, useState } from 'react';
import { errorMessage } from './errorMessage.ts';
import { useSingleFlight } from './useSingleFlight.ts';

/**
 * A form that sends its fields to the API: `busy` while it is on its way, the server's message (or
 * `failure`) when it fails. `submit` gets the form's fields and does the call and what follows it.
 * A second submit while one is on its way (a double click, Enter pressed twice) is ignored.
 */
export function useFormSubmit(submit: (form: FormData) => Promise<void>, failure: string) {
  const { busy, run } = useSingleFlight();
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(async () => {
      setError(null);
      try {
        await submit(form);
      } catch (caught) {
        setError(errorMessage(caught, failure));
      }
    });
  }

  return { busy, error, handleSubmit };
}
