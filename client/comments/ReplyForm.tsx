import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { MentionTextarea } from './MentionTextarea.tsx';
import { mentionsIn, type ChosenMention } from './mentionsIn.ts';

/** Answers a thread. */
export function ReplyForm({ threadId, autoFocus, onSaved }: { threadId: string; autoFocus: boolean; onSaved: (thread: ThreadView) => void }) {
  const { t } = useTranslation('comments');
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<ChosenMention[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const thread = await apiRequest<ThreadView>('POST', `/api/threads/${threadId}/comments`, { body, mentions: mentionsIn(body, mentions) });
      setBody('');
      setMentions([]);
      setError(null);
      onSaved(thread);
    } catch (caught) {
      setError(errorMessage(caught, t('reply.failed')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="thread-form reply-form" onSubmit={(event) => void handleSubmit(event)}>
      <MentionTextarea
        label={t('reply.label')}
        value={body}
        onChange={setBody}
        mentions={mentions}
        onMentionsChange={setMentions}
        rows={2}
        autoFocus={autoFocus}
        required
      />
      <div className="thread-form__buttons">
        <button className="button button--small button--primary" type="submit" disabled={busy || body.trim() === ''}>
          {t('reply.send')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
