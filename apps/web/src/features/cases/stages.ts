import { EVENT_TYPES, type EventType } from '@jiandu/contracts/case-labels';
import type { CaseDetail } from '@jiandu/contracts/cases';

/**
 * The stages worth offering on a native case now, in the order a case passes them: before the
 * decision the investigation, notice, hearing, review and the decision itself; after it service,
 * execution, reversal and closing; nothing once closed. Publication has its own tab. The server
 * still judges dates and prerequisites; this only keeps the list short and sensible.
 */
export function stagesNow(detail: CaseDetail): EventType[] {
  const done = new Set<string>(detail.timeline.map((e) => e.type));
  if (done.has('closed')) return [];
  const { kind, procedure } = detail.record;
  const general = kind === 'penalty' && procedure === 'general';
  const offered = new Set<EventType>();
  if (!done.has('decided')) {
    offered.add('investigated');
    if (general) offered.add('notified');
    if (general && done.has('notified') && !done.has('hearing_requested')) offered.add('hearing_requested');
    if (done.has('hearing_requested') && !done.has('hearing_held')) offered.add('hearing_held');
    offered.add('legal_review');
    offered.add('collective_discussion');
    if (general) offered.add('extension_approved');
    offered.add('decided');
  } else {
    if (!done.has('served')) offered.add('served');
    if (kind === 'penalty') offered.add('executed');
    offered.add('reconsideration_reversed');
    offered.add('litigation_reversed');
    offered.add('closed');
  }
  return EVENT_TYPES.filter((type) => offered.has(type));
}

/** True when the decision of this kind of case carries penalties, facts and a legal basis. */
export function decisionHasPenalties(detail: CaseDetail): boolean {
  return detail.record.kind === 'penalty';
}

/** True for the decisions published on the portal: administrative penalties and licences. */
export function isPublishedKind(detail: CaseDetail): boolean {
  return detail.record.kind === 'penalty' || detail.record.kind === 'license';
}
