/** How a comparison is laid out: one text with the changes marked, or the two texts side by side. */
export type DiffLayout = 'inline' | 'side-by-side';

const LABELS: Record<DiffLayout, string> = { inline: 'Inline', 'side-by-side': 'Side by side' };

/** Two pressed-or-not buttons choosing the layout of a comparison. */
export function DiffLayoutToggle({ layout, onChange }: { layout: DiffLayout; onChange(layout: DiffLayout): void }) {
  return (
    <fieldset className="segmented" aria-label="Show the changes">
      {(Object.keys(LABELS) as DiffLayout[]).map((option) => (
        <button key={option} className="segmented__button" type="button" aria-pressed={layout === option} onClick={() => onChange(option)}>
          {LABELS[option]}
        </button>
      ))}
    </fieldset>
  );
}
