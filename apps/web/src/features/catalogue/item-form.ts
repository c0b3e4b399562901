import type { ItemContent } from '@jiandu/contracts/catalogue';
import type { ItemKind } from '@jiandu/contracts/catalogue-labels';
import type { EnforcementField } from '@jiandu/contracts/fields';

/** The item content as the form holds it: every text may still be empty. */
export interface ItemContentValues {
  name?: string;
  kind?: ItemKind;
  legalBases?: { law?: string; article?: string | null; clause?: string | null; text?: string | null }[];
  post?: string;
  fields?: EnforcementField[];
  note?: string | null;
}

const EMPTY_BASIS = { law: '', article: '', clause: '', text: '' };

/** The form's starting values: a copy of the version being changed, or one empty legal basis. */
export function itemContentValues(from: ItemContent | null | undefined): ItemContentValues {
  if (!from) return { kind: 'penalty', legalBases: [{ ...EMPTY_BASIS }], fields: [] };
  return {
    name: from.name,
    kind: from.kind,
    legalBases: from.legalBases.map((b) => ({
      law: b.law,
      article: b.article ?? '',
      clause: b.clause ?? '',
      text: b.text ?? '',
    })),
    post: from.post,
    fields: from.fields,
    note: from.note ?? '',
  };
}

/** An empty legal basis row. */
export const emptyBasis = () => ({ ...EMPTY_BASIS });

const optional = (v: string | null | undefined) => v?.trim() || null;

/** The form's values as the contract's item content, trimmed, empty optional texts as null. */
export function toItemContent(v: ItemContentValues): ItemContent {
  return {
    name: v.name?.trim() ?? '',
    kind: v.kind ?? 'penalty',
    legalBases: (v.legalBases ?? []).map((b) => ({
      law: b.law?.trim() ?? '',
      article: optional(b.article),
      clause: optional(b.clause),
      text: optional(b.text),
    })),
    post: v.post?.trim() ?? '',
    fields: v.fields ?? [],
    note: optional(v.note),
  };
}
