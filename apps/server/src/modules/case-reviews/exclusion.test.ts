import { describe, expect, it } from 'vitest';
import { exclusionReason, type OrgRef } from './exclusion.ts';

const org = (id: string, path: string, name: string, shortName: string | null = null): OrgRef => ({
  id,
  path,
  name,
  shortName,
});
const city = org('sy', '/ln/sy/', '沈阳市司法局');
const agency = org('scjg', '/ln/sy/scjg/', '沈阳市市场监督管理局', '沈阳市场监管局');
const branch = org('fj', '/ln/sy/scjg/fj/', '沈阳市市场监督管理局和平分局');
const other = org('sthj', '/ln/sy/sthj/', '沈阳市生态环境局');
const clean = { conflicts: [], memberOf: [], employer: '辽宁大学法学院' };

describe('who may not review an agency (回避)', () => {
  it('lets someone with no tie to the agency review it', () => {
    expect(exclusionReason(clean, agency)).toBeNull();
    expect(exclusionReason({ ...clean, memberOf: [city] }, agency)).toBeNull();
  });

  it('excludes a conflict with the agency, an org above it or below it', () => {
    const conflict = (o: OrgRef) => ({ ...clean, conflicts: [{ org: o, reason: '常年法律顾问' }] });
    expect(exclusionReason(conflict(agency), agency)).toBe('已登记对沈阳市市场监督管理局回避 (常年法律顾问)');
    expect(exclusionReason(conflict(branch), agency)).toMatch(/^已登记对沈阳市市场监督管理局和平分局回避/);
    expect(exclusionReason(conflict(city), agency)).toMatch(/同一系统上下级/);
    expect(exclusionReason(conflict(other), agency)).toBeNull();
  });

  it('excludes the agency’s own people and those it employs', () => {
    expect(exclusionReason({ ...clean, memberOf: [branch] }, agency)).toBe(
      '系沈阳市市场监督管理局(或其下属单位)的人员',
    );
    expect(exclusionReason({ ...clean, employer: '沈阳市场监管局执法支队' }, agency)).toBe(
      '工作单位为沈阳市市场监督管理局',
    );
  });

  it('leaves out an expert the pool does not list as eligible', () => {
    expect(exclusionReason({ ...clean, expertEligible: false }, agency)).toMatch(/^不在可参加/);
  });
});
