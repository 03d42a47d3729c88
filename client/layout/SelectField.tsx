import { useId, type ComponentProps } from 'react';

/**
 * A labelled select. The label points at it by id instead of wrapping it: a wrapping label would
 * make the selected option part of the select's accessible name ("Country Choose a country…").
 */
export function SelectField({ label, className, ...select }: { label: string } & ComponentProps<'select'>) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select} />
    </div>
  );
}
