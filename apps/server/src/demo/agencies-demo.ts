import type { Authority, LegalBasis } from '@jiandu/contracts/agencies';
import type { EnforcementField } from '@jiandu/contracts/fields';
import type { Services } from '../context.ts';
import { addDays } from '../platform/calendar/dates.ts';
import { demoActor } from './demo-actor.ts';
import { type DemoOrg, LIAONING_DEMO } from './liaoning-orgs.ts';

const PENALTY_LAW: LegalBasis = { law: '《中华人民共和国行政处罚法》', article: '第十七条、第十八条' };

/** Realistic legal bases of each kind of agency, by the key suffix of the demo tree. */
const PROFILES: Record<string, { fields: EnforcementField[]; bases: LegalBasis[] }> = {
  scjg: {
    fields: ['market'],
    bases: [
      PENALTY_LAW,
      { law: '《市场监督管理行政处罚程序规定》', article: '第六条' },
      { law: '《中华人民共和国食品安全法》', article: '第六条' },
      { law: '《中华人民共和国产品质量法》', article: '第八条' },
    ],
  },
  sthj: {
    fields: ['environment'],
    bases: [
      { law: '《中华人民共和国环境保护法》', article: '第十条' },
      { law: '《中华人民共和国大气污染防治法》', article: '第五条' },
      { law: '《生态环境行政处罚办法》', article: null },
    ],
  },
  jtys: {
    fields: ['transport'],
    bases: [
      { law: '《中华人民共和国道路运输条例》', article: '第七条' },
      { law: '《中华人民共和国公路法》', article: '第八条' },
      PENALTY_LAW,
    ],
  },
  yjgl: {
    fields: ['emergency'],
    bases: [
      { law: '《中华人民共和国安全生产法》', article: '第十条' },
      { law: '《生产安全事故报告和调查处理条例》', article: null },
    ],
  },
  cgzf: {
    fields: ['urban', 'housing'],
    bases: [
      { law: '《辽宁省城市管理综合行政执法条例》', article: null },
      { law: '《城市管理执法办法》', article: '第八条' },
      { law: '《中华人民共和国行政处罚法》', article: '第十八条' },
    ],
  },
};

/** How far through the workflow an agency's demo qualification goes. */
type Plan =
  | 'published'
  | 'confirmed'
  | 'submitted'
  | 'draft'
  | 'revoked'
  | 'superseded'
  | 'pending-draft'
  | 'pending-submitted';

/** Agencies with a story of their own; every other agency is published. */
const SPECIAL: Record<string, Plan> = {
  'shenyang.scjg': 'superseded',
  'shenyang.heping.scjg': 'pending-draft',
  'shenyang.heping.cgzf': 'pending-submitted',
  'jinzhou.jtys': 'revoked',
  'tieling.sthj': 'confirmed',
  'chaoyang.jtys': 'confirmed',
  'huludao.yjgl': 'confirmed',
  'fuxin.yjgl': 'submitted',
  'dandong.jtys': 'submitted',
  'panjin.jtys': 'draft',
  'benxi.yjgl': 'draft',
};

interface Placed {
  org: DemoOrg;
  parent: DemoOrg;
}

function agenciesOf(node: DemoOrg, out: Placed[] = []): Placed[] {
  for (const child of node.children ?? []) {
    if (child.kind === 'agency') out.push({ org: child, parent: node });
    agenciesOf(child, out);
  }
  return out;
}

/** A first-confirmation date between 2019 and 2023, spread evenly and stable across runs. */
function confirmationDate(index: number): string {
  return addDays('2019-03-11', (index * 97) % 1700);
}

/** Takes one agency through the workflow as far as its plan says. */
async function qualify(services: Services, orgIds: Map<string, string>, placed: Placed, index: number) {
  const { org, parent } = placed;
  const orgId = orgIds.get(org.key);
  const parentId = orgIds.get(parent.key);
  if (!orgId || !parentId) return null;
  const agencies = services.agencies;
  const profile = PROFILES[org.key.split('.').at(-1) ?? ''] ?? PROFILES.scjg!;
  const plan = SPECIAL[org.key] ?? 'published';
  const staff = demoActor(orgId, org.name);
  const reviewer = demoActor(parentId, parent.name);
  const content = { legalBases: profile.bases, authority: 'statutory' as Authority, fields: profile.fields };
  const recent = plan === 'confirmed' || plan === 'submitted' || plan === 'draft';
  const confirmOn = recent ? addDays('2026-10-09', index % 30) : confirmationDate(index);
  const draftOn = addDays(confirmOn, -24);
  await agencies.saveDraft(staff, orgId, content, { date: draftOn });
  if (plan === 'draft') return plan;
  await agencies.submit(staff, orgId, { date: addDays(draftOn, 6) });
  if (plan === 'submitted') return plan;
  await agencies.confirm(reviewer, orgId, { effectiveDate: confirmOn });
  if (plan === 'confirmed') return plan;
  await agencies.publish(reviewer, orgId, { effectiveDate: addDays(confirmOn, 7) });
  if (plan === 'revoked') {
    await agencies.revoke(reviewer, orgId, {
      effectiveDate: '2024-03-31',
      reason: '机构改革, 道路运输执法职责划入市交通运输综合行政执法队, 原执法主体资格撤销',
    });
  }
  if (plan === 'superseded' || plan === 'pending-draft' || plan === 'pending-submitted') {
    // A change after the 2021 revision of the 行政处罚法: one more legal basis, as a new version.
    const changed = {
      ...content,
      legalBases: [...profile.bases, { law: '《辽宁省行政执法条例》', article: null }],
      note: '依据修订后的法律法规更新执法依据',
    };
    await agencies.saveDraft(staff, orgId, changed, { date: '2026-11-02' });
    if (plan === 'pending-draft') return plan;
    await agencies.submit(staff, orgId, { date: '2026-11-06' });
    if (plan === 'pending-submitted') return plan;
    await agencies.confirm(reviewer, orgId, { effectiveDate: '2026-11-16' });
    await agencies.publish(reviewer, orgId, { effectiveDate: '2026-11-20' });
  }
  return plan;
}

/**
 * Gives every agency of the demo tree a qualification through the real workflow (draft, submit,
 * confirm, publish, and for some revoke or a superseding version), with effective dates years
 * back, so the history, the audit trail and "qualified on date D" all hold. Also entrusts one
 * street office (街道办事处) with urban-management enforcement for a term. Agencies go through in
 * a few parallel lanes: each is independent, and PostgreSQL then commits several at once.
 */
export async function seedAgencyDemo(
  services: Services,
  orgIds: Map<string, string>,
  onProgress: (line: string) => void = () => {},
): Promise<void> {
  const placed = agenciesOf(LIAONING_DEMO);
  const plans: (Plan | null)[] = [];
  let next = 0;
  const lane = async () => {
    while (next < placed.length) {
      const index = next++;
      plans[index] = await qualify(services, orgIds, placed[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: 6 }, lane));
  await entrustStreetOffice(services, orgIds);
  const count = (...of: Plan[]) => plans.filter((p) => p !== null && of.includes(p)).length;
  onProgress(
    `  执法主体资格: ${count('published', 'superseded', 'pending-draft', 'pending-submitted', 'confirmed', 'submitted', 'draft', 'revoked')} 个执法主体 + 1 个受委托的街道办事处 (已公告 ${count('published', 'superseded', 'pending-draft', 'pending-submitted') + 1}, 已确认待公告 ${count('confirmed')}, 待确认 ${count('submitted')}, 草稿 ${count('draft')}, 已撤销 ${count('revoked')})`,
  );
}

/** 浑河湾街道办事处, entrusted by 和平区城市管理综合行政执法局 with part of its powers for three years. */
async function entrustStreetOffice(services: Services, orgIds: Map<string, string>): Promise<void> {
  const streetId = orgIds.get('shenyang.heping.210102001');
  const districtId = orgIds.get('shenyang.heping');
  if (!streetId || !districtId) return;
  const staff = demoActor(streetId, '浑河湾街道办事处');
  const reviewer = demoActor(districtId, '和平区司法局');
  await services.agencies.saveDraft(
    staff,
    streetId,
    {
      authority: 'entrusted',
      legalBases: [
        { law: '《中华人民共和国行政处罚法》', article: '第二十条、第二十一条' },
        { law: '《辽宁省城市管理综合行政执法条例》', article: null },
      ],
      fields: ['urban'],
      entrustment: {
        entrustingBody: '沈阳市和平区城市管理综合行政执法局',
        scope: '辖区内占道经营、乱堆乱放、违规设置户外广告等市容环境秩序违法行为的行政处罚',
        powers: '警告、通报批评, 五千元以下罚款; 不得再委托其他组织或个人',
        startDate: '2024-01-01',
        endDate: '2026-12-31',
      },
      note: '委托书已于 2023-12-25 由委托机关和受委托组织向社会公布',
    },
    { date: '2023-11-27' },
  );
  await services.agencies.submit(staff, streetId, { date: '2023-12-01' });
  await services.agencies.confirm(reviewer, streetId, { effectiveDate: '2023-12-20' });
  await services.agencies.publish(reviewer, streetId, { effectiveDate: '2023-12-25' });
}
