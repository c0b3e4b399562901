import type { ComplaintCategory } from '@jiandu/contracts/complaint-labels';
import type { ComplaintEntrySchema } from '@jiandu/contracts/complaints';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';

/** The entry form's values as antd holds them. */
export interface EntryValues {
  channel?: z.input<typeof ComplaintEntrySchema>['channel'];
  receivedOn?: Dayjs | null;
  anonymous?: boolean;
  confidential?: boolean;
  complainant?: { name?: string; phone?: string; idNumber?: string };
  target?: { agencyId?: string; agencyName?: string; officerName?: string; caseNumber?: string };
  regionCode?: string;
  category?: ComplaintCategory;
  title?: string;
  content?: string;
}

/** The fields of the form, by path, so a problem the server names can be put on its field. */
export const ENTRY_FIELDS = [
  'channel',
  'receivedOn',
  'complainant.name',
  'complainant.phone',
  'complainant.idNumber',
  'target.agencyId',
  'target.agencyName',
  'target.officerName',
  'target.caseNumber',
  'regionCode',
  'category',
  'title',
  'content',
] as const;

const text = (value: string | undefined) => value?.trim() || undefined;

/**
 * The request body the form's values make (after the form's own required checks): texts trimmed,
 * empty ones left out, and no identity at all for an anonymous complaint (nor a confidentiality
 * wish, which would protect nobody).
 */
export function entryBody(v: EntryValues): z.input<typeof ComplaintEntrySchema> {
  const anonymous = v.anonymous === true;
  return {
    channel: v.channel!,
    receivedOn: v.receivedOn?.format('YYYY-MM-DD'),
    anonymous,
    confidential: !anonymous && v.confidential === true,
    complainant: anonymous
      ? undefined
      : {
          name: v.complainant?.name?.trim() ?? '',
          phone: v.complainant?.phone?.trim() ?? '',
          idNumber: text(v.complainant?.idNumber)?.toUpperCase(),
        },
    regionCode: v.regionCode ?? '',
    target: {
      agencyId: v.target?.agencyId || undefined,
      agencyName: text(v.target?.agencyName),
      officerName: text(v.target?.officerName),
      caseNumber: text(v.target?.caseNumber),
    },
    category: v.category!,
    title: v.title?.trim() ?? '',
    content: v.content?.trim() ?? '',
  };
}
