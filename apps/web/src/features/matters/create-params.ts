import {
  MATTER_ORIGINS,
  MATTER_SCOPES,
  type MatterOrigin,
  type MatterScope,
} from '@jiandu/contracts/matter-labels';

/** What the opening form is started with from another page (the warning centre, a case review). */
export interface CreateParams {
  warningIds: string[];
  caseIds: string[];
  agencyId: string | undefined;
  origin: MatterOrigin;
  originRef: string | undefined;
  scope: MatterScope;
}

const ids = (value: string | null) =>
  [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && s.length <= 40),
    ),
  ].slice(0, 500);

/**
 * Reads `?warningIds=a,b&agencyId=…` (from the warning centre) or
 * `?origin=case_review&originRef=…&caseIds=…&agencyId=…`; several warnings or cases mean a class matter.
 */
export function createParamsOf(search: URLSearchParams): CreateParams {
  const warningIds = ids(search.get('warningIds'));
  const caseIds = ids(search.get('caseIds'));
  const origin = search.get('origin');
  const scope = search.get('scope');
  return {
    warningIds,
    caseIds,
    agencyId: search.get('agencyId')?.slice(0, 40) || undefined,
    origin: (MATTER_ORIGINS as readonly string[]).includes(origin ?? '')
      ? (origin as MatterOrigin)
      : warningIds.length
        ? 'warning'
        : 'manual',
    originRef: search.get('originRef')?.slice(0, 80) || undefined,
    scope: (MATTER_SCOPES as readonly string[]).includes(scope ?? '')
      ? (scope as MatterScope)
      : warningIds.length > 1 || caseIds.length > 1
        ? 'class'
        : 'single',
  };
}
