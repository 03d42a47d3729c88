import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentView, ThreadView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { dateLocale } from '../i18n/dateLocale.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';
import { MentionedText } from './MentionedText.tsx';
import { RelativeTime } from './RelativeTime.tsx';
import { WordOriginLine } from '../word/WordOriginLine.tsx';

function EditCommentForm({ path, body, onSaved, onCancel }: { path: string; body: string; onSaved: (thread: ThreadView) => void; onCancel: () => void }) {
  const { t } = useTranslation('comments');
  const [text, setText] = useState(body);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      onSaved(await apiRequest<ThreadView>('PATCH', path, { body: text }));
    } catch (caught) {
      setError(errorMessage(caught, t('comment.saveFailed')));
      setBusy(false);
    }
  }

  return (
    <form className="comment__edit" onSubmit={(event) => void handleSubmit(event)}>
      <label className="visually-hidden" htmlFor={`${path}-edit`}>
        {t('comment.editLabel')}
      </label>
      {/* biome-ignore lint/a11y/noAutofocus: the reader pressed Edit, and that button is gone: focus moves to the text it opened */}
      <textarea id={`${path}-edit`} rows={3} value={text} required autoFocus onChange={(event) => setText(event.target.value)} />
      <div className="thread-form__buttons">
        <button className="button button--small button--primary" type="submit" disabled={busy || text.trim() === ''}>
          {t('comment.save')}
        </button>
        <button className="button button--small button--quiet" type="button" onClick={onCancel}>
          {t('comment.cancel')}
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

/** One comment of a thread; its author may edit or delete it. */
export function CommentItem({
  comment,
  threadId,
  userId,
  label,
  onChanged,
}: {
  comment: CommentView;
  threadId: string;
  userId: string;
  /** Set for the reason given with a suggestion. */
  label?: string;
  onChanged: (thread: ThreadView) => void;
}) {
  const { t, i18n } = useTranslation('comments');
  const [editing, setEditing] = useState(false);
  const path = `/api/threads/${threadId}/comments/${comment.id}`;
  const own = comment.author.id === userId && !comment.deleted;

  return (
    <li className="comment" data-testid="comment">
      <div className="comment__meta">
        <span className="comment__author">{comment.author.name}</span>
        {comment.author.organisation && <span className="muted"> · {comment.author.organisation}</span>}
        <span className="muted">
          {' · '}
          <RelativeTime iso={comment.createdAt} />
          {comment.editedAt && (
            <span title={t('comment.editedAt', { when: new Date(comment.editedAt).toLocaleString(dateLocale(i18n.language)) })}>
              {' · '}
              {t('comment.edited')}
            </span>
          )}
        </span>
      </div>
      {comment.deleted ? (
        <p className="comment__body comment__body--deleted">{t('comment.deleted')}</p>
      ) : editing ? (
        <EditCommentForm
          path={path}
          body={comment.body}
          onSaved={(thread) => {
            setEditing(false);
            onChanged(thread);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment__body">
          {label && <span className="comment__label">{t('comment.labelled', { label })} </span>}
          <MentionedText text={comment.body} mentions={comment.mentions} />
        </p>
      )}
      {!comment.deleted && <WordOriginLine origin={comment.origin} />}
      {own && !editing && (
        <div className="comment__actions">
          <button className="button button--small button--quiet" type="button" onClick={() => setEditing(true)}>
            {t('comment.edit')}
          </button>
          <ConfirmButton
            label={t('comment.delete')}
            accessibleLabel={t('comment.deleteLabel')}
            question={t('comment.deleteQuestion')}
            confirmLabel={t('comment.delete')}
            failure={t('comment.deleteFailed')}
            onConfirm={async () => onChanged(await apiRequest<ThreadView>('DELETE', path))}
          />
        </div>
      )}
    </li>
  );
}
