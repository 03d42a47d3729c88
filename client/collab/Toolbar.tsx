import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeLinkHref } from '../../shared/editor/isSafeLinkHref.ts';

function ToolbarButton({
  label,
  name = label,
  shortcut,
  active = false,
  disabled = false,
  onClick,
  children,
}: {
  /** What the button does, shown as its title. */
  label: string;
  /** Its accessible name when the button shows text: it starts with that text (WCAG 2.5.3, label in name). */
  name?: string;
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={active ? 'toolbar__button is-active' : 'toolbar__button'}
      aria-label={name}
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

function askForLink(editor: Editor, t: TFunction<'collab'>): void {
  const current = editor.getAttributes('link').href as string | undefined;
  const answer = window.prompt(t('toolbar.linkPrompt'), current ?? 'https://');
  if (answer === null) return;
  const href = answer.trim();
  if (href === '' || href === 'https://') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return;
  }
  const withProtocol = /^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `https://${href}`;
  if (!isSafeLinkHref(withProtocol)) {
    window.alert(t('toolbar.linkRefused'));
    return;
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href: withProtocol }).run();
}

/** The formatting buttons; `children` (say, the comment buttons) go in a last group of their own. */
export function Toolbar({ editor, children }: { editor: Editor; children?: ReactNode }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      paragraph: current.isActive('paragraph'),
      heading1: current.isActive('heading', { level: 1 }),
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const { t } = useTranslation('collab');
  const chain = () => editor.chain().focus();

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar__group">
        <ToolbarButton label={t('toolbar.paragraph')} shortcut="Ctrl+Alt+0" active={state.paragraph} onClick={() => chain().setParagraph().run()}>
          <span aria-hidden="true">¶</span>
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.heading1')}
          name={t('toolbar.heading1Name')}
          shortcut="Ctrl+Alt+1"
          active={state.heading1}
          onClick={() => chain().toggleHeading({ level: 1 }).run()}
        >
          {t('toolbar.heading1Short')}
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.heading2')}
          name={t('toolbar.heading2Name')}
          shortcut="Ctrl+Alt+2"
          active={state.heading2}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        >
          {t('toolbar.heading2Short')}
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.heading3')}
          name={t('toolbar.heading3Name')}
          shortcut="Ctrl+Alt+3"
          active={state.heading3}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        >
          {t('toolbar.heading3Short')}
        </ToolbarButton>
      </div>
      <div className="toolbar__group">
        <ToolbarButton label={t('toolbar.bold')} shortcut="Ctrl+B" active={state.bold} onClick={() => chain().toggleBold().run()}>
          <strong>{t('toolbar.boldShort')}</strong>
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.italic')} shortcut="Ctrl+I" active={state.italic} onClick={() => chain().toggleItalic().run()}>
          <em>{t('toolbar.italicShort')}</em>
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.link')} shortcut="Ctrl+K" active={state.link} onClick={() => askForLink(editor, t)}>
          <svg
            viewBox="0 0 24 24"
            width="16"
            height="16"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1 1" />
            <path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1-1" />
          </svg>
        </ToolbarButton>
      </div>
      <div className="toolbar__group">
        <ToolbarButton label={t('toolbar.bulletList')} shortcut="Ctrl+Shift+8" active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
          <span aria-hidden="true">•≡</span>
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.orderedList')} shortcut="Ctrl+Shift+7" active={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>
          {/* An icon drawn by CSS, not text: a "1" in the button's text would have to be in its name (WCAG 2.5.3). */}
          <span aria-hidden="true" className="toolbar__icon toolbar__icon--numbered" />
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.quote')} shortcut="Ctrl+Shift+B" active={state.blockquote} onClick={() => chain().toggleBlockquote().run()}>
          <span aria-hidden="true">❝</span>
        </ToolbarButton>
      </div>
      <div className="toolbar__group">
        <ToolbarButton label={t('toolbar.undo')} shortcut="Ctrl+Z" disabled={!state.canUndo} onClick={() => chain().undo().run()}>
          <span aria-hidden="true">↶</span>
        </ToolbarButton>
        <ToolbarButton label={t('toolbar.redo')} shortcut="Ctrl+Shift+Z" disabled={!state.canRedo} onClick={() => chain().redo().run()}>
          <span aria-hidden="true">↷</span>
        </ToolbarButton>
      </div>
      {children && <div className="toolbar__group toolbar__group--end">{children}</div>}
    </div>
  );
}
