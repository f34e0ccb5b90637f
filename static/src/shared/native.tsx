/**
 * Small native stand-ins for the Atlaskit components this app used to import for
 * buttons, lozenges, progress bars, spinners, section messages, tooltips and tabs.
 * Each is a plain element styled with design tokens (see `styles.ts`, `.pm-btn` etc.),
 * keeps the ARIA semantics of the Atlaskit original, and costs a few hundred bytes
 * instead of pulling popper, top-layer, feature gates and theme loaders into every
 * iframe. `@atlaskit/dynamic-table` stays for the backlog and portfolio tables.
 */
import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';

// ---------------------------------------------------------------------------------
// Button

export type ButtonAppearance = 'default' | 'primary' | 'subtle';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  appearance?: ButtonAppearance;
  spacing?: 'default' | 'compact';
  isDisabled?: boolean;
  isLoading?: boolean;
  isSelected?: boolean;
}

/** A token-styled `<button>`; `isLoading` keeps its width, shows a spinner and sets `aria-busy`. */
export function Button({
  appearance = 'default',
  spacing = 'default',
  isDisabled = false,
  isLoading = false,
  isSelected = false,
  type = 'button',
  className,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  const classes = [
    'pm-btn',
    `pm-btn--${appearance}`,
    spacing === 'compact' ? 'pm-btn--compact' : '',
    isSelected ? 'pm-btn--selected' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      disabled={isDisabled}
      aria-busy={isLoading || undefined}
      onClick={isLoading ? (e) => e.preventDefault() : onClick}
    >
      <span className="pm-btn__label" style={isLoading ? { visibility: 'hidden' } : undefined}>
        {children}
      </span>
      {isLoading ? (
        <span className="pm-btn__spinner" aria-hidden>
          <Spinner size="small" />
        </span>
      ) : null}
    </button>
  );
}

// ---------------------------------------------------------------------------------
// Lozenge

/** The Atlaskit lozenge appearances, mapped onto the design-token colour roles. */
export type LozengeAppearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

export function Lozenge({
  appearance = 'default',
  children,
  title,
}: {
  appearance?: LozengeAppearance;
  children: ReactNode;
  title?: string;
}) {
  return (
    <span className={`pm-lozenge pm-lozenge--${appearance}`} title={title}>
      {children}
    </span>
  );
}

// ---------------------------------------------------------------------------------
// Progress bar and spinner

export function ProgressBar({
  value = 0,
  isIndeterminate = false,
  ariaLabel,
  appearance = 'default',
}: {
  value?: number;
  isIndeterminate?: boolean;
  ariaLabel: string;
  appearance?: 'default' | 'success';
}) {
  const v = Math.max(0, Math.min(1, value));
  return (
    <div
      className={`pm-progress${isIndeterminate ? ' pm-progress--indeterminate' : ''}${appearance === 'success' ? ' pm-progress--success' : ''}`}
      role="progressbar"
      aria-label={ariaLabel}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={isIndeterminate ? undefined : Math.round(v * 100)}
    >
      <span style={isIndeterminate ? undefined : { width: `${v * 100}%` }} />
    </div>
  );
}

export function Spinner({ size = 'small', label }: { size?: 'small' | 'medium'; label?: string }) {
  const px = size === 'small' ? 16 : 24;
  return (
    <svg
      className="pm-spinner"
      width={px}
      height={px}
      viewBox="0 0 16 16"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      <circle cx="8" cy="8" r="6.5" fill="none" strokeWidth="2" strokeLinecap="round" strokeDasharray="28 100" />
    </svg>
  );
}

// ---------------------------------------------------------------------------------
// Section message

export type MessageAppearance = 'information' | 'warning' | 'error' | 'success' | 'discovery';

const GLYPH: Record<MessageAppearance, string> = {
  information: 'i',
  warning: '!',
  error: '!',
  success: '✓',
  discovery: '?',
};

export function SectionMessage({
  appearance = 'information',
  title,
  actions,
  children,
}: {
  appearance?: MessageAppearance;
  title?: ReactNode;
  actions?: ReactNode[];
  children?: ReactNode;
}) {
  return (
    <section className={`pm-msg pm-msg--${appearance}`}>
      <span className="pm-msg__icon" aria-hidden>
        {GLYPH[appearance]}
      </span>
      <div className="pm-msg__body">
        {title ? <h2 className="pm-msg__title">{title}</h2> : null}
        {children ? <div className="pm-msg__content">{children}</div> : null}
        {actions && actions.length ? <div className="pm-msg__actions">{actions}</div> : null}
      </div>
    </section>
  );
}

export function SectionMessageAction({ onClick, children }: { onClick?: () => void; children: ReactNode }) {
  return (
    <button type="button" className="pm-link-btn" onClick={onClick}>
      {children}
    </button>
  );
}

// ---------------------------------------------------------------------------------
// Tooltip

export interface TipTriggerProps {
  'aria-describedby'?: string;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
  onFocus: () => void;
  onBlur: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
  ref: (el: HTMLElement | null) => void;
}

/**
 * A tooltip shown on hover and keyboard focus, hidden on Escape, described to screen
 * readers with `aria-describedby` and `role="tooltip"`. Rendered in a portal with
 * fixed position so table overflow never clips it; kept inside the iframe's viewport.
 */
export function Tooltip({
  content,
  children,
}: {
  content: ReactNode;
  children: (props: TipTriggerProps) => ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLElement | null>(null);
  const tip = useRef<HTMLDivElement | null>(null);
  const [pos, setPos] = useState<{ left: number; top: number }>();

  useLayoutEffect(() => {
    if (!open || !trigger.current || !tip.current) return;
    const r = trigger.current.getBoundingClientRect();
    const t = tip.current.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const left = Math.max(4, Math.min(vw - t.width - 4, r.left + r.width / 2 - t.width / 2));
    const above = r.top - t.height - 6;
    setPos({ left, top: above >= 4 ? above : r.bottom + 6 });
  }, [open]);

  const show = () => setOpen(true);
  const hide = () => {
    setOpen(false);
    setPos(undefined);
  };
  return (
    <>
      {children({
        'aria-describedby': open ? id : undefined,
        onMouseEnter: show,
        onMouseLeave: hide,
        onFocus: show,
        onBlur: hide,
        onKeyDown: (e) => {
          if (e.key === 'Escape') hide();
        },
        ref: (el) => {
          trigger.current = el;
        },
      })}
      {open
        ? createPortal(
            <div
              ref={tip}
              id={id}
              role="tooltip"
              className="pm-tooltip"
              style={pos ? { left: pos.left, top: pos.top } : { left: 0, top: 0, visibility: 'hidden' }}
            >
              {content}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}

// ---------------------------------------------------------------------------------
// Tabs

export interface TabDef {
  id: string;
  label: ReactNode;
}

/**
 * WAI-ARIA tabs with automatic activation off: arrow keys (and Home / End) move the
 * focus along the tab list, Enter or Space selects, Tab leaves to the panel.
 */
export function Tabs({
  idPrefix,
  tabs,
  selected,
  onChange,
  label,
  renderPanel,
}: {
  idPrefix: string;
  tabs: TabDef[];
  selected: number;
  onChange: (index: number) => void;
  label: string;
  renderPanel: (tab: TabDef) => ReactNode;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const [focus, setFocus] = useState(selected);
  const current = tabs[selected] ?? tabs[0];
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const n = tabs.length;
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    setFocus(to);
    refs.current[to]?.focus();
  };
  return (
    <div className="pm-tabs">
      <div
        role="tablist"
        aria-label={label}
        className="pm-tablist"
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocus(selected);
        }}
      >
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t.id}`}
            aria-controls={`${idPrefix}-panel-${t.id}`}
            aria-selected={i === selected}
            tabIndex={i === focus ? 0 : -1}
            data-testid={`tab-${t.id}`}
            className="pm-tab"
            onClick={() => {
              setFocus(i);
              onChange(i);
            }}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {current ? (
        <div
          role="tabpanel"
          id={`${idPrefix}-panel-${current.id}`}
          aria-labelledby={`${idPrefix}-tab-${current.id}`}
          className="pm-tabpanel"
          tabIndex={0}
        >
          {renderPanel(current)}
        </div>
      ) : null}
    </div>
  );
}
