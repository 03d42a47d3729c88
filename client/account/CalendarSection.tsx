import { useState } from 'react';
import type { CalendarFeedView } from '../../shared/api/types.ts';
import { OneTimeLink } from '../admin/OneTimeLink.tsx';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

/** The user's secret calendar address (made on first request), how to subscribe, and revoking it. */
export function CalendarSection() {
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function handleShow() {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setUrl((await apiRequest<CalendarFeedView>('GET', '/api/me/calendar')).url);
    } catch (caught) {
      setError(errorMessage(caught, 'Your calendar address could not be loaded.'));
    } finally {
      setBusy(false);
    }
  }

  async function handleRevoke() {
    setBusy(true);
    setError(null);
    try {
      await apiRequest<void>('DELETE', '/api/me/calendar');
      setUrl(null);
      setConfirming(false);
      setNotice('The address was revoked: calendars subscribed to it no longer update. Ask for a new one to subscribe again.');
    } catch (caught) {
      setError(errorMessage(caught, 'The address could not be revoked.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel panel--section calendar-section" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Calendar</h2>
      <p className="muted">
        Consultation deadlines and the milestones of the statements you can read, in your own calendar (Google, Outlook, Apple). Add the address as a calendar
        “from URL” or “subscription”; moved dates move there too. The address is secret: anyone who has it sees these dates.
      </p>
      {url === null ? (
        <button className="button" type="button" onClick={() => void handleShow()} disabled={busy}>
          Show my calendar address
        </button>
      ) : (
        <>
          <OneTimeLink label="Your calendar address" url={url} note="Paste it into your calendar app's “subscribe from URL”." />
          {confirming ? (
            <fieldset className="confirm confirm--asking" aria-label="Confirm revoking">
              <span>Revoke this address? Calendars subscribed to it stop updating.</span>
              <button className="button button--danger" type="button" onClick={() => void handleRevoke()} disabled={busy}>
                Yes, revoke
              </button>
              <button className="button button--quiet" type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </fieldset>
          ) : (
            <button className="button button--danger" type="button" onClick={() => setConfirming(true)}>
              Revoke
            </button>
          )}
        </>
      )}
      {notice && (
        <p className="form-success" role="status">
          {notice}
        </p>
      )}
      <FormError message={error} />
    </section>
  );
}
