import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { useSession } from './SessionContext.tsx';

/**
 * A form that signs someone in (login, first setup, accepting an invitation): posts its fields,
 * reloads the session and goes on; shows the server's message when it fails.
 */
export function useSignInForm(path: string, fields: (form: FormData) => Record<string, unknown>, next: string, failure: string) {
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', path, fields(form));
      await refresh();
      navigate(next, { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : failure);
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, handleSubmit };
}
