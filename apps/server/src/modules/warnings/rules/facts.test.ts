import { describe, expect, it } from 'vitest';
import { dayNumber, daysBetween, monthDayOf, yearOf } from './day-numbers.ts';
import { normalisedNumber } from './facts.ts';
import { event, FakeReference, factsOf, penaltyCase } from './rule-fixtures.ts';

describe('buildCaseFacts', () => {
  it('reads the first day of each stage in Shanghai time, whatever the order of events', () => {
    const facts = factsOf(
      penaltyCase({
        events: [
          event('decided', '2026-03-31T23:30:00+08:00'),
          event('filed', '2026-03-05'),
          event('filed', '2026-03-01T17:00:00Z'),
          event('published', '2026-03-20'),
          event('published', '2026-04-03'),
          event('extension_approved', '2026-03-10', { days: 30 }),
          event('extension_approved', '2026-03-11', { days: 15 }),
        ],
      }),
    );
    expect(facts.first.filed).toBe('2026-03-02');
    expect(facts.first.decided).toBe('2026-03-31');
    expect(facts.actDay).toBe('2026-03-31');
    expect(facts.first.published).toBe('2026-03-20');
    expect(facts.publishedAfterDecision).toBe('2026-04-03');
    expect(facts.extensionDays).toBe(45);
  });

  it('asks the registers about each distinct officer on the act day', () => {
    const asked: string[] = [];
    const reference = new FakeReference();
    const certificate = reference.certificate.bind(reference);
    reference.certificate = (number, day) => {
      asked.push(`${number}@${day}`);
      return certificate(number, day);
    };
    const facts = factsOf(penaltyCase({ officers: ['a001', 'A001 ', 'A002'] }), { reference });
    expect(facts.officers.map((o) => o.number)).toEqual(['A001', 'A002']);
    expect(asked).toEqual(['A001@2026-03-31', 'A002@2026-03-31']);
  });

  it('takes the earliest event as the act day of an undecided case, and today without events', () => {
    const inspection = penaltyCase({
      kind: 'inspection',
      events: [event('closed', '2026-05-20'), event('investigated', '2026-05-12')],
    });
    expect(factsOf(inspection).actDay).toBe('2026-05-12');
    expect(factsOf(penaltyCase({ events: [] }), { today: '2026-11-27' }).actDay).toBe('2026-11-27');
  });

  it('takes the earliest reversal and the first take-down after it', () => {
    const facts = factsOf(
      penaltyCase({
        events: [
          event('decided', '2026-03-02'),
          event('withdrawn', '2026-03-03'),
          event('litigation_reversed', '2026-06-01'),
          event('reconsideration_reversed', '2026-05-01'),
          event('withdrawn', '2026-05-06'),
        ],
      }),
    );
    expect(facts.reversal).toEqual({ day: '2026-05-01', type: 'reconsideration_reversed' });
    expect(facts.withdrawnAfterReversal).toBe('2026-05-06');
  });

  it('adds up the fines and counts audio and video evidence', () => {
    const sha = 'b'.repeat(64);
    const facts = factsOf(
      penaltyCase({
        decision: {
          penalties: [{ type: 'fine', amount: 100.5 }, { type: 'warning' }, { type: 'fine', amount: 200 }],
        },
        evidence: [
          { kind: 'video', sha256: sha, capturedAt: '2026-03-10' },
          { kind: 'photo', sha256: sha, capturedAt: '2026-03-10' },
          { kind: 'audio', sha256: sha, capturedAt: '2026-03-10' },
        ],
      }),
    );
    expect(facts.fineTotal).toBe(300.5);
    expect(facts.audioVideoEvidence).toBe(2);
    expect(facts.evidenceCount).toBe(3);
  });
});

describe('day numbers', () => {
  it('agree with Date across month, leap-year and century ends', () => {
    for (const day of [
      '1970-01-01',
      '2000-02-29',
      '2024-02-29',
      '2026-03-01',
      '2026-12-31',
      '2100-03-01',
      '1969-12-31',
    ])
      expect(dayNumber(day)).toBe(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    expect(daysBetween('2026-09-29', '2026-10-08')).toBe(9);
    expect(yearOf('2026-02-28')).toBe(2026);
    expect(monthDayOf('2024-02-29')).toBe(229);
  });

  it('normalises certificate numbers only when needed', () => {
    const clean = '210100260000123';
    expect(normalisedNumber(clean)).toBe(clean);
    expect(normalisedNumber(' ln-0001a ')).toBe('LN-0001A');
  });
});
