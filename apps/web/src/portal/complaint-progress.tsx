import type { ComplaintTracking } from '@jiandu/contracts/complaints';
import { Fragment } from 'react';
import { tc } from './complaint-locale.ts';

/** How far along the loop a status is, for its colour: waiting, in hand, refused, done. */
const TONE: Record<ComplaintTracking['status'], string> = {
  registered: 'waiting',
  transferred: 'waiting',
  handling: 'active',
  declined: 'refused',
  answered: 'done',
  rated: 'done',
  closed: 'done',
  reviewing: 'active',
  reviewed: 'done',
  rechecking: 'active',
  rechecked: 'done',
};

/**
 * The complaint's progress in plain words: its status and what happens next, the dates of each
 * step it has reached (with the reasons for a refusal and where it was passed to), the statutory
 * procedure and its period when it was declined as a 行政复议 or 行政诉讼 matter, and the answer.
 */
export function ComplaintProgress({ tracking }: { tracking: ComplaintTracking }) {
  const dates: [label: string, value: string | null][] = [
    [tc('registeredOn'), tracking.registeredOn],
    [tc('acceptDueOn'), tracking.acceptDueOn],
    [tc('acceptedOn'), tracking.acceptedOn],
    [tc('declinedOn'), tracking.declinedOn],
    [tc('declineReason'), tracking.declineReason],
    [tc('transferredOn'), tracking.transferredOn],
    [tc('transferredTo'), tracking.transferredTo],
    [tc('answerDueOn'), tracking.answerDueOn],
    [tc('answeredOn'), tracking.answeredOn],
    [tc('closedOn'), tracking.closedOn],
  ];
  return (
    <section className="panel progress" aria-labelledby="progress-status">
      <h2 className="visually-hidden">{tc('statusHeading')}</h2>
      <p id="progress-status" className={`progress-status tone-${TONE[tracking.status]}`}>
        <span className="muted">{tc('statusHeading')}: </span>
        <strong>{tc(`status_${tracking.status}`)}</strong>
      </p>
      <p>{tc(`status_${tracking.status}Note`)}</p>
      <dl className="facts">
        <dt>{tc('trackingCode')}</dt>
        <dd className="mono">{tracking.trackingCode}</dd>
        <dt>{tc('complaintTitle')}</dt>
        <dd>{tracking.title}</dd>
        {dates
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        {tracking.rating ? (
          <>
            <dt>{tc('yourRating')}</dt>
            <dd>
              {tc(`rating_${tracking.rating}`)}
              {tracking.ratingComment ? ` — ${tracking.ratingComment}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {tracking.routeTo && tracking.routeNote ? (
        <>
          <h3>{tc('routeHeading')}</h3>
          <dl className="facts">
            <dt>{tc('routeTo')}</dt>
            <dd>{tc(`route_${tracking.routeTo}`)}</dd>
            {tracking.routeDeadlineOn ? (
              <>
                <dt>{tc('routeDeadlineOn')}</dt>
                <dd>{tracking.routeDeadlineOn}</dd>
              </>
            ) : null}
          </dl>
          <p className="notice-text" data-testid="complaint-route">
            {tracking.routeNote}
          </p>
        </>
      ) : null}
      {tracking.answer ? (
        <>
          <h3>{tc('answerHeading')}</h3>
          <p className="notice-text answer-text">{tracking.answer}</p>
        </>
      ) : null}
    </section>
  );
}
