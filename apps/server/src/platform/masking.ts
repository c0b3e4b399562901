/*
 * Every presenter masks personal data through this one module, so a screen, an export and an audit
 * entry show the same thing and a rule changes in one place. Characters are counted as code points,
 * so rare characters outside the BMP (common in names) count as one.
 */

/** The kinds of personal data a presenter may show masked. */
export type MaskKind = 'name' | 'idNumber' | 'phone' | 'address';

/** What a mask returns: a string for a string, and null or undefined passed through untouched. */
export type Masked<T> = T extends string ? string : T;

type Maskable = string | null | undefined;

function stars(count: number): string {
  return '*'.repeat(Math.max(count, 0));
}

/** Wraps a rule over characters so empty and missing values come back as they went in. */
function masker(rule: (chars: string[]) => string) {
  return <T extends Maskable>(value: T): Masked<T> =>
    (value === null || value === undefined || value === '' ? value : rule(Array.from(value))) as Masked<T>;
}

/**
 * Keeps `head` and `tail` characters when at least four are left to hide; a shorter value would
 * give too much away, so all but its last character is hidden instead.
 */
function keepEnds(chars: string[], head: number, tail: number): string {
  if (chars.length >= head + tail + 4)
    return chars.slice(0, head).join('') + stars(chars.length - head - tail) + chars.slice(-tail).join('');
  return stars(chars.length - 1) + chars.slice(-1).join('');
}

/** A person's name: 张* , 张*三, 欧**明 — the surname and the last character stay recognisable. */
export const maskName = masker((chars) => {
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + stars(chars.length - 2) + chars.at(-1);
});

/** A resident ID number: region prefix and last four stay, so staff can confirm it with the person. */
export const maskIdNumber = masker((chars) => keepEnds(chars, 4, 4));

/** A phone number: 138****5678 for a mobile; other numbers keep three and four when long enough. */
export const maskPhone = masker((chars) => keepEnds(chars, 3, 4));

/**
 * An address: the first six characters (about province and city) and a fixed `****`, so the
 * length does not hint at the rest. A short address keeps only its first half.
 */
export const maskAddress = masker((chars) => {
  const keep = chars.length > 6 ? 6 : Math.floor(chars.length / 2);
  return `${chars.slice(0, keep).join('')}****`;
});

const MASKS: Record<MaskKind, (value: string) => string> = {
  name: maskName,
  idNumber: maskIdNumber,
  phone: maskPhone,
  address: maskAddress,
};

/** Masks by kind, for presenters that describe their fields as data (exports, audit details). */
export function maskValue<T extends Maskable>(kind: MaskKind, value: T): Masked<T> {
  const mask = MASKS[kind];
  if (!mask) throw new Error(`未知的脱敏类型: ${String(kind)}`);
  return (value === null || value === undefined || value === '' ? value : mask(value)) as Masked<T>;
}
