import type { ComplaintCategory } from '@jiandu/contracts/complaint-labels';
import { PublicComplaintSchema } from '@jiandu/contracts/complaints';
import { currentLocale } from '../lib/i18n.ts';
import { fieldErrorsEn, tc } from './complaint-locale.ts';
import type { ComplaintSubmission, Upload } from './complaints-api.ts';
import type { FieldProblem } from './public-api.ts';

/** What the person has typed so far; kept across errors (and reloads of the tab, see draft-store). */
export interface ComplaintDraft {
  anonymous: boolean;
  confidential: boolean;
  name: string;
  phone: string;
  idNumber: string;
  agencyName: string;
  /** Set when the agency was picked from the published list (and cleared when the name is typed over). */
  agencyCreditCode: string;
  certificateNumber: string;
  officerName: string;
  caseNumber: string;
  city: string;
  county: string;
  category: ComplaintCategory | '';
  title: string;
  content: string;
  challengeAnswer: string;
}

/** Changes some fields of the draft. */
export type UpdateDraft = (patch: Partial<ComplaintDraft>) => void;

/** An empty form: real name by default, since only a named complainant can be told the result. */
export const EMPTY_DRAFT: ComplaintDraft = {
  anonymous: false,
  confidential: false,
  name: '',
  phone: '',
  idNumber: '',
  agencyName: '',
  agencyCreditCode: '',
  certificateNumber: '',
  officerName: '',
  caseNumber: '',
  city: '',
  county: '',
  category: '',
  title: '',
  content: '',
  challengeAnswer: '',
};

/** The form's fields an error can point at; each is the id suffix of its input. */
export type FieldKey = keyof typeof fieldErrorsEn;
/** Errors by field, in the order the form shows them. */
export type FieldErrors = Partial<Record<FieldKey, string>>;

/** What each section of the form is given: the draft, the way to change it, and the errors to show. */
export interface SectionProps {
  draft: ComplaintDraft;
  update: UpdateDraft;
  errors: FieldErrors;
}

/** The limits the person is told before typing or uploading (the contract's and the server's). */
export const LIMITS = {
  title: 60,
  content: 5000,
  comment: 1000,
  reason: 2000,
  files: 3,
  fileBytes: 2 * 1024 * 1024,
  fileTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  fileAccept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png',
} as const;

/** The id of a field's input, for labels, error links and focus. */
export const fieldId = (key: FieldKey) => `complaint-${key}`;

const blankToUndefined = (value: string) => value.trim() || undefined;

/** The request body for the draft, its attachments and the challenge. */
export function toSubmission(
  draft: ComplaintDraft,
  uploads: Upload[],
  challengeToken: string,
): ComplaintSubmission {
  return {
    anonymous: draft.anonymous,
    confidential: !draft.anonymous && draft.confidential,
    complainant: draft.anonymous
      ? undefined
      : { name: draft.name, phone: draft.phone, idNumber: blankToUndefined(draft.idNumber) },
    regionCode: draft.county || draft.city,
    target: {
      agencyCreditCode: blankToUndefined(draft.agencyCreditCode),
      agencyName: blankToUndefined(draft.agencyName),
      officerName: blankToUndefined(draft.officerName),
      certificateNumber: blankToUndefined(draft.certificateNumber.toUpperCase()),
      caseNumber: blankToUndefined(draft.caseNumber),
    },
    category: draft.category,
    title: draft.title,
    content: draft.content,
    attachments: uploads,
    challengeToken,
    challengeAnswer: Number(draft.challengeAnswer),
  };
}

/** The field a contract or server path belongs to (`body.complainant.phone` → phone), if any. */
export function fieldOf(path: string): FieldKey | null {
  const parts = path.replace(/^body\./, '').split('.');
  const [head, sub] = parts;
  if (head === 'complainant')
    return sub === 'name' || sub === 'phone' || sub === 'idNumber' ? sub : 'identity';
  if (head === 'target') {
    if (sub === 'agencyName' || sub === 'agencyId' || sub === 'agencyCreditCode') return 'agencyName';
    if (sub === 'officerName' || sub === 'certificateNumber') return 'officer';
    if (sub === 'caseNumber' || sub === 'caseId') return 'caseNumber';
    return 'target';
  }
  if (head === 'regionCode') return 'region';
  if (head === 'category' || head === 'title' || head === 'content') return head;
  if (head === 'attachments') return 'attachments';
  if (head === 'challengeToken' || head === 'challengeAnswer') return 'challenge';
  return null;
}

/** The message to show: the contract's Chinese one, or the field's English one. */
function message(key: FieldKey, chinese: string): string {
  return currentLocale() === 'en' ? fieldErrorsEn[key]! : chinese;
}

/**
 * Field errors from the server's problem (the first message of each field), and whether any
 * named no field of the form. In English the server's Chinese reason follows the field's message.
 */
export function errorsFromServer(problems: FieldProblem[]): { errors: FieldErrors; unplaced: boolean } {
  const errors: FieldErrors = {};
  let unplaced = false;
  for (const p of problems) {
    const key = fieldOf(p.path);
    if (!key) unplaced = true;
    else errors[key] ??= currentLocale() === 'en' ? `${fieldErrorsEn[key]}: ${p.message}` : p.message;
  }
  return { errors, unplaced };
}

/** Checks the draft with the contract itself, so the form says what the server would. */
export function validateDraft(draft: ComplaintDraft, challengeToken: string): FieldErrors {
  const result = PublicComplaintSchema.safeParse(toSubmission(draft, [], challengeToken || 'missing-token'));
  const errors: FieldErrors = {};
  if (!result.success)
    for (const issue of result.error.issues) {
      const key = fieldOf(issue.path.join('.')) ?? 'target';
      errors[key] ??= message(key, issue.message);
    }
  // The contract's whole-form rules only run once every field passes; say it now, with the rest.
  const officer = draft.officerName.trim() || draft.certificateNumber.trim();
  if (!draft.agencyName.trim() && !officer && !draft.caseNumber.trim())
    errors.target ??= message('target', '请填写被投诉的单位、执法人员或案件');
  // The contract coerces the answer to a number, so an empty answer would pass as 0.
  if (!/^\d{1,3}$/.test(draft.challengeAnswer.trim()))
    errors.challenge ??= message('challenge', '请填写验证题的答案 (数字)');
  if (!challengeToken) errors.challenge ??= tc('challengeLoading');
  return errors;
}

const DRAFT_KEY = 'jiandu.complaint-draft';

/**
 * The draft kept in this tab's session storage, so a reload or the language switch (which
 * reloads) loses nothing; gone when the tab closes, and cleared once the complaint is submitted.
 */
export const draftStore = {
  load(): ComplaintDraft {
    try {
      const saved = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}') as Partial<ComplaintDraft>;
      return { ...EMPTY_DRAFT, ...saved, challengeAnswer: '' };
    } catch {
      return EMPTY_DRAFT;
    }
  },
  save(draft: ComplaintDraft): void {
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ ...draft, challengeAnswer: '' }));
    } catch {
      // Storage may be full or switched off; the form still works, only a reload would lose it.
    }
  },
  clear(): void {
    sessionStorage.removeItem(DRAFT_KEY);
  },
};
