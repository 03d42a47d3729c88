import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView, ThreadView } from '../../shared/api/types.ts';
import type { ThreadVisibility } from '../../shared/comments/threadVisibility.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import type { ThreadDraft } from './draftFromSelection.ts';
import { MentionTextarea } from './MentionTextarea.tsx';
import { mentionsIn, type ChosenMention } from './mentionsIn.ts';
import { VISIBILITY_CHOICES, visibilityLabel } from './visibilityLabels.ts';

/** Writes a new comment on the selected words, or a suggestion of other words for them. */
export function ThreadComposer({
  statementId,
  draft,
  me,
  onCreated,
  onCancel,
}: {
  statementId: string;
  draft: ThreadDraft;
  me: MeView;
  onCreated: (thread: ThreadView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('comments');
  const id = useId();
  const suggesting = draft.kind === 'suggestion';
  const [replacement, setReplacement] = useState(draft.quote);
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<ChosenMention[]>([]);
  const [visibility, setVisibility] = useState<ThreadVisibility>('coalition');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The secretariat has no organisation to keep a thread within.
  const choices = VISIBILITY_CHOICES.filter((choice) => choice !== 'organisation' || me.org !== null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const common = { anchorStart: draft.anchorStart, anchorEnd: draft.anchorEnd, body, visibility, mentions: mentionsIn(body, mentions) };
    try {
      const created = await apiRequest<ThreadView>(
        'POST',
        `/api/statements/${encodeURIComponent(statementId)}/threads`,
        suggesting ? { kind: 'suggestion', ...common, replacement } : { kind: 'comment', ...common },
      );
      onCreated(created);
    } catch (caught) {
      setError(errorMessage(caught, suggesting ? t('composer.suggestionFailed') : t('composer.commentFailed')));
      setBusy(false);
    }
  }

  return (
    <form
      className="thread-composer"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void handleSubmit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
        // Ctrl+Enter (⌘+Enter) sends from any field, as in mail and chat.
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          const send = event.currentTarget.querySelector<HTMLButtonElement>('button[type="submit"]');
          if (send && !send.disabled) event.currentTarget.requestSubmit(send);
        }
      }}
    >
      <h3 id={`${id}-heading`}>{suggesting ? t('composer.suggestHeading') : t('composer.commentHeading')}</h3>
      {draft.quote ? <q className="thread-card__quote">{draft.quote}</q> : <p className="muted small">{t('composer.atCaret')}</p>}
      {suggesting && (
        <label className="field">
          {t('composer.newWording')}
          {/* biome-ignore lint/a11y/noAutofocus: the reader chose "Suggest wording" in the text; the form opens in the side panel, so focus must move there */}
          <textarea name="replacement" rows={3} value={replacement} autoFocus onChange={(event) => setReplacement(event.target.value)} />
          <small className="muted">{t('composer.emptyDeletes')}</small>
        </label>
      )}
      <MentionTextarea
        label={suggesting ? t('composer.why') : t('composer.commentLabel')}
        value={body}
        onChange={setBody}
        mentions={mentions}
        onMentionsChange={setMentions}
        autoFocus={!suggesting}
        rows={suggesting ? 2 : 3}
        required={!suggesting}
      />
      <div className="field">
        <label htmlFor={`${id}-visibility`}>{t('composer.visibility')}</label>
        <select id={`${id}-visibility`} value={visibility} onChange={(event) => setVisibility(event.target.value as ThreadVisibility)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {visibilityLabel(choice, t)}
            </option>
          ))}
        </select>
      </div>
      <div className="thread-form__buttons">
        <button className="button button--small button--primary" type="submit" disabled={busy || (!suggesting && body.trim() === '')}>
          {busy ? t('composer.sending') : suggesting ? t('composer.suggest') : t('composer.submitComment')}
        </button>
        <button className="button button--small button--quiet" type="button" onClick={onCancel}>
          {t('composer.cancel')}
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
