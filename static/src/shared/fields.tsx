/** Form controls shared by the issue panel and the admin page (native elements, tokens, labels, errors). */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { FieldWarnings, type FieldWarning } from './FieldWarnings';

export function Field({
  label,
  hint,
  errors,
  children,
  htmlFor,
  hideLabel,
  warnings,
}: {
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  htmlFor: string;
  hideLabel?: boolean;
  /** Wrong-unit warnings: shown with errors too (they do not block a save). */
  warnings?: readonly FieldWarning[] | undefined;
}) {
  return (
    <div className="pm-field">
      <label htmlFor={htmlFor} className={hideLabel ? 'pm-sr-only' : undefined}>
        {label}
      </label>
      {children}
      {hint && !errors?.length ? <span className="pm-small pm-subtlest">{hint}</span> : null}
      {errors?.length ? (
        <span
          className="pm-error-text"
          id={`${htmlFor}-err`}
          role="alert"
          style={{ display: 'flex', flexDirection: 'column' }}
        >
          {errors.map((e, i) => (
            <span key={i}>{e}</span>
          ))}
        </span>
      ) : null}
      {warnings?.length ? <FieldWarnings id={`${htmlFor}-warn`} warnings={warnings} /> : null}
    </div>
  );
}

export interface Option<V extends string | number> {
  value: V;
  label: string;
  group?: string;
}

/**
 * `aria-invalid` and the link to the messages `Field` renders, for a control with errors; a
 * warning is described too but does not make the control invalid.
 */
function invalidProps(
  id: string,
  errors: string[] | undefined,
  warnings?: readonly FieldWarning[],
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const described = [errors?.length ? `${id}-err` : '', warnings?.length ? `${id}-warn` : ''].filter(Boolean);
  return {
    ...(errors?.length ? { 'aria-invalid': true as const } : {}),
    ...(described.length ? { 'aria-describedby': described.join(' ') } : {}),
  };
}

export function SelectField<V extends string | number>({
  label,
  value,
  options,
  onChange,
  hint,
  errors,
  emptyLabel,
  disabled,
  hideLabel,
  unknownLabel = 'not on the scale',
  warnings,
}: {
  hideLabel?: boolean;
  warnings?: readonly FieldWarning[] | undefined;
  label: string;
  /** How a value that is not among the options is described (kept selectable so nothing is lost). */
  unknownLabel?: string;
  value: V | undefined | null;
  options: Option<V>[];
  onChange: (v: V | undefined) => void;
  hint?: ReactNode;
  errors?: string[];
  /** When given, an empty choice with this text clears the value. */
  emptyLabel?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const render = (opts: Option<V>[]) =>
    opts.map((o) => (
      <option key={String(o.value)} value={String(o.value)}>
        {o.label}
      </option>
    ));
  const selected = value === undefined || value === null ? '' : String(value);
  const known = options.some((o) => String(o.value) === selected);
  return (
    <Field label={label} hint={hint} errors={errors} htmlFor={id} hideLabel={hideLabel} warnings={warnings}>
      <select
        id={id}
        className="pm-select"
        value={selected}
        disabled={disabled}
        {...invalidProps(id, errors, warnings)}
        onChange={(e) => {
          const raw = e.target.value;
          if (raw === '') return onChange(undefined);
          const match = options.find((o) => String(o.value) === raw);
          onChange(match?.value);
        }}
      >
        {emptyLabel !== undefined || !known ? <option value="">{emptyLabel ?? 'Choose…'}</option> : null}
        {!known && selected ? (
          <option value={selected}>
            {selected} ({unknownLabel})
          </option>
        ) : null}
        {groups.length > 1
          ? groups.map((g) => (
              <optgroup key={g} label={g || 'Other'}>
                {render(options.filter((o) => (o.group ?? '') === g))}
              </optgroup>
            ))
          : render(options)}
      </select>
    </Field>
  );
}

/** A number input that keeps what the user types and reports a number (or null when empty). */
export function NumberField({
  label,
  value,
  onChange,
  hint,
  errors,
  min,
  max,
  step,
  suffix,
  disabled,
  hideLabel,
  warnings,
}: {
  hideLabel?: boolean;
  warnings?: readonly FieldWarning[] | undefined;
  label: string;
  value: number | null | undefined;
  onChange: (v: number | null) => void;
  hint?: ReactNode;
  errors?: string[];
  min?: number;
  max?: number;
  step?: number | 'any';
  suffix?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(value === null || value === undefined ? '' : String(value));
  useEffect(() => {
    const parsed = text.trim() === '' ? null : Number(text);
    if (parsed !== (value ?? null)) setText(value === null || value === undefined ? '' : String(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const bad = text.trim() !== '' && !Number.isFinite(Number(text));
  const all = [...(bad ? ['Enter a number'] : []), ...(errors ?? [])];
  return (
    <Field label={label} hint={hint} errors={all} htmlFor={id} hideLabel={hideLabel} warnings={warnings}>
      <span style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <input
          id={id}
          className="pm-input pm-num"
          inputMode="decimal"
          type="number"
          min={min}
          max={max}
          step={step ?? 'any'}
          value={text}
          disabled={disabled}
          {...invalidProps(id, all, warnings)}
          onChange={(e) => {
            setText(e.target.value);
            const t = e.target.value.trim();
            if (t === '') onChange(null);
            else if (Number.isFinite(Number(t))) onChange(Number(t));
          }}
        />
        {suffix ? <span className="pm-muted pm-small">{suffix}</span> : null}
      </span>
    </Field>
  );
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  errors,
  placeholder,
  disabled,
  type = 'text',
  width,
  hideLabel,
}: {
  hideLabel?: boolean;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: ReactNode;
  errors?: string[];
  placeholder?: string;
  disabled?: boolean;
  type?: 'text' | 'date';
  width?: number;
}) {
  const id = useId();
  return (
    <Field label={label} hint={hint} errors={errors} htmlFor={id} hideLabel={hideLabel}>
      <input
        id={id}
        className="pm-input"
        type={type}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        style={width ? { maxWidth: width } : undefined}
        {...invalidProps(id, errors)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
