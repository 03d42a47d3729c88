import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentionableView } from '../../shared/api/types.ts';
import { mentionQuery, type MentionQuery } from './mentionQuery.ts';
import type { ChosenMention } from './mentionsIn.ts';
import { useMentionable } from './useMentionable.ts';

const MOST_OFFERED = 6;

function matching(entries: readonly MentionableView[], query: MentionQuery | null): MentionableView[] {
  if (query === null) return [];
  const wanted = query.text.toLocaleLowerCase();
  const found = entries.filter((entry) => entry.name.toLocaleLowerCase().includes(wanted));
  // Names that start with what was typed first.
  found.sort(
    (a, b) => Number(!a.name.toLocaleLowerCase().startsWith(wanted)) - Number(!b.name.toLocaleLowerCase().startsWith(wanted)) || a.name.localeCompare(b.name),
  );
  return found.slice(0, MOST_OFFERED);
}

/**
 * A textarea in which typing "@" offers the people and organisations of the coalition; a chosen
 * one is written as "@Name" and added to `mentions`.
 */
export function MentionTextarea({
  label,
  value,
  onChange,
  mentions,
  onMentionsChange,
  autoFocus = false,
  rows = 3,
  required = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  mentions: readonly ChosenMention[];
  onMentionsChange: (mentions: ChosenMention[]) => void;
  autoFocus?: boolean;
  rows?: number;
  required?: boolean;
}) {
  const { t } = useTranslation('comments');
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const entries = useMentionable();
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const offered = matching(entries, query);
  const open = offered.length > 0;

  const readQuery = () => {
    const element = textarea.current;
    if (element === null) return;
    setQuery(element.selectionStart === element.selectionEnd ? mentionQuery(element.value, element.selectionStart) : null);
    setHighlighted(0);
  };

  const choose = (entry: MentionableView) => {
    if (query === null) return;
    const written = `@${entry.name} `;
    const end = query.at + 1 + query.text.length;
    onChange(value.slice(0, query.at) + written + value.slice(end));
    if (!mentions.some((mention) => mention.type === entry.type && mention.id === entry.id)) {
      onMentionsChange([...mentions, { type: entry.type, id: entry.id, name: entry.name }]);
    }
    setQuery(null);
    const caret = query.at + written.length;
    requestAnimationFrame(() => textarea.current?.setSelectionRange(caret, caret));
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((current) => (current + step + offered.length) % offered.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(offered[highlighted] ?? offered[0]!);
    } else if (event.key === 'Escape') {
      // Closes the list, not the form around it.
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    }
  };

  return (
    <div className="field mention-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={textarea}
        id={id}
        rows={rows}
        value={value}
        required={required}
        // biome-ignore lint/a11y/noAutofocus: callers set it only when the reader asked to write (Comment, Reply) and the box opens away from the button
        autoFocus={autoFocus}
        // A textarea keeps its textbox role (aria-expanded is not for textboxes): the list it controls, and the
        // active option, are announced through aria-controls and aria-activedescendant.
        aria-autocomplete="list"
        aria-controls={open ? `${id}-people` : undefined}
        aria-activedescendant={open ? `${id}-person-${highlighted}` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          readQuery();
        }}
        onKeyDown={handleKeyDown}
        onKeyUp={(event) => {
          if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home' || event.key === 'End') readQuery();
        }}
        onClick={readQuery}
        onBlur={() => setQuery(null)}
      />
      {open && (
        <div className="mention-list" id={`${id}-people`} role="listbox" aria-label={t('mention.listLabel')}>
          {offered.map((entry, index) => (
            // Focus stays in the textarea (aria-activedescendant); tabIndex -1 keeps options out of the Tab order.
            <div
              key={`${entry.type}:${entry.id}`}
              id={`${id}-person-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === highlighted}
              className={index === highlighted ? 'mention-list__option is-highlighted' : 'mention-list__option'}
              // Chosen before the textarea's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(entry);
              }}
            >
              <span className="mention-list__name">{entry.name}</span>
              <span className="muted small">
                {entry.type === 'organisation' ? t('mention.organisation') : (entry.organisation ?? t('mention.secretariat'))}
              </span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
