import { useTranslation } from 'react-i18next';

/** How a comparison is laid out: one text with the changes marked, or the two texts side by side. */
export type DiffLayout = 'inline' | 'side-by-side';

const LAYOUTS: DiffLayout[] = ['inline', 'side-by-side'];

/** Two pressed-or-not buttons choosing the layout of a comparison. */
export function DiffLayoutToggle({ layout, onChange }: { layout: DiffLayout; onChange(layout: DiffLayout): void }) {
  const { t } = useTranslation('versions');
  const labels: Record<DiffLayout, string> = { inline: t('layout.inline'), 'side-by-side': t('layout.sideBySide') };
  return (
    <fieldset className="segmented" aria-label={t('layout.label')}>
      {LAYOUTS.map((option) => (
        <button key={option} className="segmented__button" type="button" aria-pressed={layout === option} onClick={() => onChange(option)}>
          {labels[option]}
        </button>
      ))}
    </fieldset>
  );
}
