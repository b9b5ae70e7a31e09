import { useId } from 'react';

interface Props {
  label: string;
  value: string | null | undefined;
  /** Called as the person types; the caller debounces the save. */
  onText(text: string): void;
  type?: 'text' | 'date' | 'time' | 'number';
  className?: string;
  placeholder?: string;
  id?: string;
  readOnly?: boolean;
  maxLength?: number;
  hideLabel?: boolean;
}

/**
 * A labelled input that the person owns while typing: uncontrolled (defaultValue), so a reload of
 * the meeting never moves the caret or throws away a keystroke that is still on its way.
 */
export function TextField({ label, value, onText, type = 'text', className, placeholder, id, readOnly, maxLength, hideLabel }: Props) {
  const auto = useId();
  const inputId = id ?? auto;
  return (
    <div className={`text-field ${className ?? ''}`}>
      <label htmlFor={inputId} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={inputId}
        type={type}
        defaultValue={value ?? ''}
        placeholder={placeholder}
        readOnly={readOnly}
        maxLength={maxLength}
        onChange={(e) => onText(e.target.value)}
      />
    </div>
  );
}
