import { isValidCreditCode } from '@jiandu/contracts/codes';
import { describe, expect, it } from 'vitest';
import { CITIES, COUNTIES } from './regions.ts';
import { generateWorld, maxAgencies } from './world.ts';

const FROM = '2025-01-01';

describe('generateWorld', () => {
  const world = generateWorld({ seed: 'world-test', agencies: 60, from: FROM });

  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(generateWorld({ seed: 'world-test', agencies: 60, from: FROM }))).toBe(
      JSON.stringify(world),
    );
    expect(generateWorld({ seed: 'other', agencies: 60, from: FROM }).agencies[0]!.creditCode).not.toBe(
      world.agencies[0]!.creditCode,
    );
  });

  it('spreads agencies over the cities with real region codes and place names', () => {
    expect(world.agencies).toHaveLength(60);
    const places = new Map<string, string>([['210000', '辽宁省']]);
    for (const city of CITIES) places.set(city.code, city.name);
    for (const county of COUNTIES) places.set(county.code, county.name);
    const cities = new Set<string>();
    for (const agency of world.agencies) {
      const place = places.get(agency.regionCode);
      expect(place, agency.regionCode).toBeDefined();
      // A county environment bureau is a 分局 named after its city and county short name.
      expect(agency.name.includes(place!) || agency.name.includes('分局')).toBe(true);
      expect(agency.name).toMatch(/(局|厅|委员会)$/);
      if (agency.regionCode !== '210000') cities.add(agency.regionCode.slice(0, 4));
    }
    expect(cities.size).toBe(14);
  });

  it('gives every agency a valid credit code, 8–60 officers and 20–200 items of its field', () => {
    const codes = new Set<string>();
    const certificates = new Set<string>();
    for (const agency of world.agencies) {
      expect(isValidCreditCode(agency.creditCode)).toBe(true);
      expect(agency.creditCode.slice(0, 8)).toBe(`11${agency.regionCode}`);
      codes.add(agency.creditCode);
      expect(agency.officers.length).toBeGreaterThanOrEqual(8);
      expect(agency.officers.length).toBeLessThanOrEqual(60);
      expect(agency.items.length).toBeGreaterThanOrEqual(20);
      expect(agency.items.length).toBeLessThanOrEqual(200);
      expect(new Set(agency.items.map((i) => i.code)).size).toBe(agency.items.length);
      expect(agency.items.some((i) => i.kind === 'penalty')).toBe(true);
      for (const item of agency.items) expect(item.code).toMatch(/^[A-Z]{2}-[A-Z]{2}-[0-9A-Z]+(-\d+)?$/);
      for (const officer of agency.officers) {
        expect(certificates.has(officer.certificateNumber)).toBe(false);
        certificates.add(officer.certificateNumber);
        expect(officer.certificateNumber).toMatch(new RegExp(`^${agency.regionCode}\\d{8}$`));
        expect(officer.validFrom < FROM).toBe(true);
      }
      const activeReviewers = agency.officers.filter((o) => o.legalReviewer && !o.status && o.validTo > FROM);
      expect(activeReviewers.length).toBeGreaterThanOrEqual(2);
    }
    expect(codes.size).toBe(60);
  });

  it('has a few certificates that lapsed before the period', () => {
    const officers = world.agencies.flatMap((a) => a.officers);
    const lapsed = officers.filter((o) => o.validTo < FROM || (o.status && (o.statusFrom ?? '') <= FROM));
    expect(lapsed.length / officers.length).toBeGreaterThan(0.02);
    expect(lapsed.length / officers.length).toBeLessThan(0.15);
  });

  it('refuses more agencies than Liaoning has places for', () => {
    expect(maxAgencies()).toBeGreaterThan(1000);
    expect(() => generateWorld({ seed: 'x', agencies: maxAgencies() + 1, from: FROM })).toThrow(RangeError);
    expect(() => generateWorld({ seed: 'x', agencies: 0, from: FROM })).toThrow(RangeError);
  });
});
