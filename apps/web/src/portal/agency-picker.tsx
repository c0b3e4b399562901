import type { PublicAgency } from '@jiandu/contracts/agencies';
import { type KeyboardEvent, useState } from 'react';
import { tc } from './complaint-locale.ts';
import type { FieldAria } from './form-field.tsx';
import { regionLabel } from './liaoning.ts';
import { t } from './locale.ts';

const SHOWN = 8;

/** Published agencies whose name (or credit code) contains what was typed. */
function matching(agencies: PublicAgency[], text: string): PublicAgency[] {
  const q = text.trim().toUpperCase();
  if (!q) return [];
  return agencies.filter((a) => a.name.includes(q) || a.creditCode.startsWith(q)).slice(0, SHOWN);
}

/**
 * A searchable list of the published agencies (an ARIA combobox): typing filters, arrow keys and
 * Enter or a click choose. A name not on the list may still be typed and is sent as written.
 */
export function AgencyPicker({
  agencies,
  aria,
  value,
  onType,
  onPick,
}: {
  agencies: PublicAgency[] | null;
  aria: FieldAria;
  value: string;
  onType: (text: string) => void;
  onPick: (agency: PublicAgency) => void;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = matching(agencies ?? [], value);
  const picked = (agencies ?? []).some((a) => a.name === value);
  const listId = `${aria.id}-options`;
  const expanded = open && options.length > 0 && !(picked && options.length === 1);
  const pick = (agency: PublicAgency) => {
    onPick(agency);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length ? (i + step + options.length) % options.length : -1));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      pick(options[active]!);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };
  let status = '';
  if (picked) status = tc('agencyPicked');
  else if (open && value.trim() && agencies)
    status = options.length ? tc('agencyMatches', { n: options.length }) : tc('agencyNoMatch');
  return (
    <div className="combo">
      <input
        {...aria}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        onChange={(e) => {
          onType(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        autoComplete="off"
        maxLength={100}
      />
      <div id={listId} role="listbox" className="combo-list" hidden={!expanded} aria-label={tc('agencyList')}>
        {options.map((a, i) => (
          <div
            key={a.creditCode}
            id={`${listId}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={i === active ? 'combo-option active' : 'combo-option'}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(a);
            }}
          >
            <span>{a.name}</span>
            <span className="muted">{regionLabel(a.regionCode, t('provinceLevel'))}</span>
          </div>
        ))}
      </div>
      <p className="field-hint" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
