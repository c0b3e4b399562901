import type { Services } from '../context.ts';
import type { Db } from '../platform/db/tables.ts';
import { demoActor } from './demo-actor.ts';

const YEAR = 2026;

/**
 * The year's supervision plans of 沈阳市司法局 and 和平区司法局 (issued in January, 和平区's checked at
 * mid-year) and two campaigns of 和平区: one finished, whose problem became a matter, one under way.
 * Built through the services; the plans' January and July dates are then set as they happened.
 */
export async function seedPlansDemo(services: Services, db: Db, onProgress: (line: string) => void) {
  const orgs = await db
    .selectFrom('org')
    .select(['id', 'name', 'path', 'region_code'])
    .where('name', 'in', ['沈阳市司法局', '和平区司法局'])
    .orderBy('depth')
    .execute();
  const city = orgs.find((o) => o.name === '沈阳市司法局');
  const district = orgs.find((o) => o.name === '和平区司法局');
  if (!city || !district) return;
  const actorOf = (org: { id: string; name: string }) => demoActor(org.id, org.name, `${org.name}执法监督科`);

  const cityPlan = await services.plans.create(actorOf(city), {
    orgId: city.id,
    year: YEAR,
    title: `沈阳市${YEAR}年度行政执法监督工作计划`,
    summary: '以规范涉企行政检查、落实行政执法三项制度为重点, 统筹开展日常监督、重点监督和专项监督。',
  });
  for (const task of [
    {
      title: '全市行政执法案卷评查',
      track: 'routine' as const,
      target: '市直及各区县(市)行政执法部门',
      startOn: `${YEAR}-05-01`,
      endOn: `${YEAR}-11-30`,
    },
    {
      title: '涉企行政检查专项监督',
      track: 'campaign' as const,
      target: '市场监管、生态环境、应急管理等领域执法部门',
      startOn: `${YEAR}-04-01`,
      endOn: `${YEAR}-10-31`,
    },
    {
      title: '行政执法"三项制度"落实情况重点监督',
      track: 'focused' as const,
      target: '各区县(市)司法局及执法部门',
      startOn: `${YEAR}-03-01`,
      endOn: `${YEAR}-12-15`,
    },
  ])
    await services.plans.addTask(actorOf(city), cityPlan.id, {
      ...task,
      description: '',
      field: task.track === 'campaign' ? 'market' : null,
      responsible: '市司法局行政执法协调监督处',
    });
  await services.plans.publish(actorOf(city), cityPlan.id);

  const districtPlan = await services.plans.create(actorOf(district), {
    orgId: district.id,
    year: YEAR,
    title: `和平区${YEAR}年度行政执法监督工作计划`,
    summary: '落实市局工作部署, 重点抓好涉企检查规范和执法决定公示, 全年开展两次专项监督。',
  });
  const tasks = [
    {
      title: '涉企行政检查专项监督',
      track: 'campaign' as const,
      target: '区市场监管局、区综合行政执法局',
      startOn: `${YEAR}-04-01`,
      endOn: `${YEAR}-09-30`,
    },
    {
      title: '行政处罚决定公示情况重点监督',
      track: 'focused' as const,
      target: '区属各行政执法部门',
      startOn: `${YEAR}-03-01`,
      endOn: `${YEAR}-12-15`,
    },
  ];
  for (const task of tasks)
    await services.plans.addTask(actorOf(district), districtPlan.id, {
      ...task,
      description: '',
      field: task.track === 'campaign' ? 'market' : null,
      responsible: '区司法局执法监督科',
    });
  const published = await services.plans.publish(actorOf(district), districtPlan.id);
  await services.plans.midyear(actorOf(district), districtPlan.id, {
    note: '上半年涉企检查专项监督已完成对两个部门的检查, 公示重点监督正在按月抽查。',
    tasks: published.tasks.map((t, i) => ({
      taskId: t.id,
      status: i === 0 ? ('done' as const) : ('in_progress' as const),
      progressNote: i === 0 ? '已检查两个部门, 发现问题1个, 已立项督促整改' : '已完成上半年抽查, 下半年继续',
    })),
  });
  await db
    .updateTable('supervision_plan')
    .set({ published_on: `${YEAR}-01-20`, created_at: `${YEAR}-01-08T02:00:00.000Z` })
    .where('year', '=', YEAR)
    .execute();
  await db
    .updateTable('supervision_plan')
    .set({ midyear_on: `${YEAR}-07-15` })
    .where('id', '=', districtPlan.id)
    .execute();

  const agencies = await db
    .selectFrom('org')
    .select(['id', 'name'])
    .where('path', 'like', `${district.path}%`)
    .where('kind', '=', 'agency')
    .where('name', 'in', ['和平区市场监督管理局', '和平区城市管理综合行政执法局'])
    .orderBy('name')
    .execute();
  if (agencies.length < 2) return;
  const actor = actorOf(district);
  const checklist = [
    { code: 'C1', text: '年度检查计划已制定并报司法行政部门备案' },
    { code: 'C2', text: '检查人员持有效执法证件且不少于两人' },
    { code: 'C3', text: '检查结果按规定录入并公示' },
  ];
  const finished = await services.campaigns.create(actor, {
    orgId: district.id,
    planTaskId: published.tasks[0]!.id,
    title: `和平区${YEAR}年涉企行政检查专项监督`,
    field: 'market',
    regionCode: district.region_code,
    periodFrom: `${YEAR}-04-01`,
    periodTo: `${YEAR}-06-30`,
    description: '检查涉企行政检查是否有计划、有依据、有记录, 检查人员是否持证并不少于两人。',
    checklist,
    agencyIds: agencies.map((a) => a.id),
  });
  await services.campaigns.start(actor, finished.id);
  const [first, second] = agencies as [{ id: string; name: string }, { id: string; name: string }];
  const checked = await services.campaigns.check(actor, finished.id, {
    agencyOrgId: first.id,
    results: [
      { itemCode: 'C1', result: 'compliant', note: '' },
      { itemCode: 'C2', result: 'problem', note: '抽查12次检查记录, 其中2次只有1名执法人员在场' },
      { itemCode: 'C3', result: 'compliant', note: '' },
    ],
  });
  await services.campaigns.check(actor, finished.id, {
    agencyOrgId: second.id,
    results: checklist.map((i) => ({ itemCode: i.code, result: 'compliant' as const, note: '' })),
  });
  const problem = checked.findings.find((f) => f.result === 'problem')!;
  await services.campaigns.findingMatter(actor, problem.id, {
    title: `${first.name}涉企检查执法人员不足两人问题`,
    mode: 'advisory',
    problems: ['arbitrary_inspection'],
  });
  await services.campaigns.finish(actor, finished.id, {
    conclusion: '共检查两个部门, 发现执法人员不足两人问题1个, 已转为监督事项督促整改。',
  });

  const active = await services.campaigns.create(actor, {
    orgId: district.id,
    planTaskId: null,
    title: `和平区${YEAR}年第四季度行政处罚公示专项监督`,
    field: 'market',
    regionCode: district.region_code,
    periodFrom: `${YEAR}-10-08`,
    periodTo: `${YEAR}-12-31`,
    description: '抽查第三季度作出的行政处罚决定是否按期公示、公示内容是否规范。',
    checklist: [
      { code: 'P1', text: '行政处罚决定在7个工作日内公示' },
      { code: 'P2', text: '公示内容已去除个人隐私信息' },
    ],
    agencyIds: agencies.map((a) => a.id),
  });
  await services.campaigns.start(actor, active.id);
  await services.campaigns.check(actor, active.id, {
    agencyOrgId: second.id,
    results: [
      { itemCode: 'P1', result: 'compliant', note: '' },
      { itemCode: 'P2', result: 'compliant', note: '' },
    ],
  });
  onProgress('  监督计划: 2 份; 专项监督: 2 项');
}
