import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';

/** The statement's title: edited in place by those who may, plain for everyone else. */
export function TitleEditor({
  statement,
  editable,
  onRenamed,
}: {
  statement: StatementView;
  editable: boolean;
  onRenamed: (statement: StatementView) => void;
}) {
  const { t } = useTranslation('statements');
  const [title, setTitle] = useState(statement.title);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setTitle(statement.title), [statement.title]);

  if (!editable) {
    return (
      <h1 className="statement-title" data-testid="statement-title">
        {statement.title}
      </h1>
    );
  }

  async function save() {
    const trimmed = title.trim();
    if (trimmed === statement.title) return;
    if (trimmed === '') {
      setTitle(statement.title);
      return;
    }
    try {
      onRenamed(await apiRequest<StatementView>('PATCH', `/api/statements/${statement.id}`, { title: trimmed }));
      setError(null);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('title.saveFailed'));
    }
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    (document.activeElement as HTMLElement | null)?.blur();
  }

  return (
    <form onSubmit={handleSubmit} className="statement-title-form">
      {/* The page's one h1 holds the title field itself: a screen reader finds the statement by its heading, and
          following a link here puts the keyboard on it (client/layout/useRouteFocus.ts). */}
      <h1 className="statement-title-heading">
        <textarea
          className="statement-title statement-title--editable"
          data-testid="statement-title"
          aria-label={t('title.label')}
          rows={1}
          value={title}
          maxLength={300}
          onChange={(event) => setTitle(event.target.value.replace(/\s*\n\s*/g, ' '))}
          onKeyDown={(event) => {
            // A title is one line: Enter saves it.
            if (event.key === 'Enter') {
              event.preventDefault();
              event.currentTarget.blur();
            }
          }}
          onBlur={() => void save()}
        />
      </h1>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
