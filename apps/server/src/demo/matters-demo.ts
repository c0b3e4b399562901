import type { MatterCreate } from '@jiandu/contracts/matters';
import type { Services } from '../context.ts';
import type { MatterService } from '../modules/matters/matters.service.ts';
import type { NoticeService } from '../modules/matters/notices.service.ts';
import type { UserActor } from '../platform/authz/actor.ts';
import { addDays, todayInShanghai } from '../platform/calendar/dates.ts';
import type { Db } from '../platform/db/tables.ts';
import { demoActor } from './demo-actor.ts';
import { DemoClock } from './demo-clock.ts';

interface Bureau {
  id: string;
  name: string;
  path: string;
}

/** A bureau's agency that has open warnings, with them (the most first). */
async function agencyWithWarnings(db: Db, bureau: Bureau, skip: readonly string[]) {
  const rows = await db
    .selectFrom('warning')
    .innerJoin('org', 'org.id', 'warning.agency_org_id')
    .select(['org.id', 'org.name', 'warning.id as warning_id', 'warning.case_id'])
    .where('org.path', 'like', `${bureau.path}%`)
    .where('warning.status', '=', 'open')
    .where('warning.case_id', 'is not', null)
    .orderBy('org.id')
    .orderBy('warning.id')
    .execute();
  const byAgency = new Map<string, { name: string; warnings: { id: string; caseId: string }[] }>();
  for (const r of rows) {
    if (skip.includes(r.id)) continue;
    const entry = byAgency.get(r.id) ?? { name: r.name, warnings: [] };
    entry.warnings.push({ id: r.warning_id, caseId: r.case_id! });
    byAgency.set(r.id, entry);
  }
  const best = [...byAgency].sort((a, b) => b[1].warnings.length - a[1].warnings.length)[0];
  return best ? { id: best[0], name: best[1].name, warnings: best[1].warnings } : null;
}

/** The steps of one demo matter, each on its day. */
interface Story {
  bureau: Bureau;
  supervisor: UserActor;
  clock: DemoClock;
  matters: MatterService;
  notices: NoticeService;
}

async function investigate(s: Story, id: string, day: string, content: string) {
  s.clock.at(day);
  const candidates = await s.matters.candidates(s.supervisor, id);
  const two = candidates.slice(0, 2).map((c) => c.officerId);
  await s.matters.assign(s.supervisor, id, two);
  await s.matters.addRecord(s.supervisor, id, {
    kind: 'file_review',
    happenedOn: day,
    content,
    participantIds: two,
    attachments: [],
  });
}

/** Opens a single-case matter from the agency's first open warning, on a day. */
function fromWarning(
  s: Story,
  agency: { id: string; warnings: { id: string }[] },
  day: string,
  fields: Pick<MatterCreate, 'title' | 'mode' | 'track' | 'problems' | 'description'>,
) {
  s.clock.at(day);
  return s.matters.open(s.supervisor, {
    ...fields,
    agencyId: agency.id,
    scope: 'single',
    origin: 'warning',
    warningIds: [agency.warnings[0]!.id],
    caseIds: [],
    track: fields.track ?? 'routine',
  });
}

const today = () => todayInShanghai();
const ago = (days: number) => addDays(today(), -days);

/**
 * Supervision matters at several stages, as a justice bureau's year looks: one closed after its
 * report was verified, one awaiting verification, one overdue and escalated with an interview, one
 * decision under objection, one being investigated and one just opened. Built through the services
 * on a clock moved through their months, so numbers, documents, history and audit agree.
 */
export async function seedMattersDemo(services: Services, db: Db, onProgress: (line: string) => void) {
  const bureaus = await db
    .selectFrom('org')
    .select(['id', 'name', 'path'])
    .where('name', 'in', ['和平区司法局', '沈河区司法局', '沈阳市司法局', '大连市司法局'])
    .orderBy('name')
    .execute();
  const named = (name: string) => bureaus.find((b) => b.name === name);
  const clock = new DemoClock();
  const { matters, notices } = services.notices.withClock(clock);
  let opened = 0;
  const used: string[] = [];

  const story = async (
    bureauName: string,
    plot: (s: Story, agency: NonNullable<Awaited<ReturnType<typeof agencyWithWarnings>>>) => Promise<void>,
  ) => {
    const bureau = named(bureauName);
    if (!bureau) return;
    const agency = await agencyWithWarnings(db, bureau, used);
    if (!agency) return;
    used.push(agency.id);
    const supervisor = demoActor(bureau.id, bureau.name, `${bureau.name}执法监督科`);
    await plot({ bureau, supervisor, clock, matters, notices }, agency);
    opened += 1;
  };

  await story('和平区司法局', async (s, agency) => {
    const warnings = agency.warnings.slice(0, 2);
    const staff = demoActor(agency.id, agency.name, `${agency.name}法制科`);
    clock.at(ago(120));
    const m = await matters.open(s.supervisor, {
      title: `${agency.name}执法案件程序问题类案监督`,
      agencyId: agency.id,
      scope: warnings.length > 1 ? 'class' : 'single',
      mode: 'advisory',
      track: 'routine',
      origin: 'warning',
      warningIds: warnings.map((w) => w.id),
      caseIds: [],
      problems: ['procedure', 'three_systems'],
      description: '监督预警显示该局多件案件存在程序问题, 需调阅案卷核实并督促整改。',
    });
    await investigate(
      s,
      m.id,
      ago(115),
      '调阅预警涉及的案卷, 核对执法文书、公示记录和全过程记录, 预警情况属实。',
    );
    clock.at(ago(110));
    const n = await notices.issue(s.supervisor, m.id, {
      kind: 'opinion',
      findings: '经调阅案卷核实, 预警所涉案件存在执法程序不规范、执法决定未按期公示等问题。',
      requirements:
        '一、对所涉案件逐件自查纠正; 二、完善执法决定公示台账, 明确专人负责; 三、组织执法人员开展程序规范培训。',
      basis: '《行政执法监督条例》; 《辽宁省行政执法监督规定》',
    });
    clock.at(ago(108));
    await notices.receive(staff, n.id);
    clock.at(ago(100));
    await notices.respond(staff, n.id, {
      kind: 'plan',
      content: '成立整改工作组, 由分管局长牵头, 一个月内完成逐件自查和公示补正。',
      attachments: [],
    });
    clock.at(ago(82));
    await notices.respond(staff, n.id, {
      kind: 'report',
      content: '所涉案件已全部完成自查, 2件补充公示, 公示台账已建立, 已组织程序培训一次。',
      attachments: [],
    });
    clock.at(ago(78));
    await notices.judge(s.supervisor, n.id, {
      verdict: 'accepted',
      note: '经抽查核实, 整改措施已落实到位。',
    });
    await matters.close(s.supervisor, m.id, {
      conclusion: '该局已按监督意见书要求完成整改, 经核查属实, 予以办结。',
    });
  });

  await story('沈河区司法局', async (s, agency) => {
    const staff = demoActor(agency.id, agency.name, `${agency.name}法制科`);
    const m = await fromWarning(s, agency, ago(60), {
      title: `${agency.name}行政处罚案件个案监督`,
      mode: 'advisory',
      track: 'routine',
      problems: ['procedure'],
      description: '监督预警提示该案存在程序问题, 立项核实。',
    });
    await investigate(s, m.id, ago(57), '调阅案卷并询问承办人员, 预警所提问题属实。');
    clock.at(ago(52));
    const n = await notices.issue(s.supervisor, m.id, {
      kind: 'opinion',
      findings: '该案执法程序存在瑕疵, 相关文书不完整。',
      requirements: '补正相关执法文书, 并对承办人员进行提醒谈话。',
      basis: '《行政执法监督条例》',
    });
    clock.at(ago(50));
    await notices.receive(staff, n.id);
    clock.at(ago(24));
    await notices.respond(staff, n.id, {
      kind: 'report',
      content: '已补正相关执法文书, 承办人员已接受提醒谈话, 并附补正后的文书目录。',
      attachments: [],
    });
  });

  await story('和平区司法局', async (s, agency) => {
    const staff = demoActor(agency.id, agency.name, `${agency.name}法制科`);
    const m = await fromWarning(s, agency, ago(70), {
      title: `${agency.name}执法决定公示问题监督`,
      mode: 'binding',
      track: 'focused',
      problems: ['three_systems'],
      description: '执法决定公示情况被列为今年重点监督内容, 该局多次出现公示问题。',
    });
    await investigate(s, m.id, ago(66), '核对门户网站公示栏目与案件台账, 确认存在公示问题。');
    clock.at(ago(58));
    const n = await notices.issue(s.supervisor, m.id, {
      kind: 'opinion',
      findings: '该局作出的行政处罚决定未在法定期限内公示。',
      requirements: '立即补充公示, 并报送整改情况。',
      basis:
        '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》',
    });
    clock.at(ago(57));
    await notices.receive(staff, n.id);
    clock.at(ago(50));
    await notices.respond(staff, n.id, {
      kind: 'plan',
      content: '拟于两周内完成补充公示并建立公示提醒机制。',
      attachments: [],
    });
    for (const day of [n.dueOn, addDays(n.dueOn, 1), addDays(n.dueOn, 15)]) {
      if (day > today()) break;
      clock.at(day);
      await notices.runReminders();
    }
    const late = addDays(n.dueOn, 17);
    if (late <= today()) {
      clock.at(late);
      await matters.escalate(s.supervisor, m.id, {
        kind: 'interview',
        happenedOn: late,
        note: '约谈该局分管负责人, 责令十日内完成整改并书面报告。',
      });
    }
  });

  await story('沈阳市司法局', async (s, agency) => {
    const staff = demoActor(agency.id, agency.name, `${agency.name}法制科`);
    const m = await fromWarning(s, agency, ago(12), {
      title: `${agency.name}罚款数额畸高问题监督`,
      mode: 'binding',
      track: 'routine',
      problems: ['arbitrary_fines', 'discretion'],
      description: '预警提示该案处罚与裁量基准不符, 立项核查。',
    });
    await investigate(s, m.id, ago(10), '调阅案卷、比对裁量基准, 认定处罚明显不当。');
    clock.at(ago(7));
    const n = await notices.issue(s.supervisor, m.id, {
      kind: 'decision',
      findings: '该案适用裁量基准错误, 处罚明显不当。',
      requirements: '责令在规定期限内依法重新审查该案, 并报告处理结果。',
      basis: '《行政执法监督条例》; 《中华人民共和国行政处罚法》第三十四条',
    });
    clock.at(ago(6));
    await notices.receive(staff, n.id);
    clock.at(ago(3));
    await notices.object(staff, n.id, {
      grounds: '该案当事人有从重情节, 已在案卷中载明, 适用裁量基准并无错误, 请求复查。',
    });
  });

  await story('沈河区司法局', async (s, agency) => {
    clock.at(ago(9));
    const m = await matters.open(s.supervisor, {
      title: `${agency.name}涉企检查频次问题调查`,
      agencyId: agency.id,
      scope: 'class',
      mode: 'advisory',
      track: 'campaign',
      origin: 'manual',
      warningIds: [],
      caseIds: [...new Set(agency.warnings.map((w) => w.caseId))].slice(0, 3),
      problems: ['arbitrary_inspection', 'inspection_frequency'],
      description: '企业反映该局对同一企业检查过多, 结合案件数据立项调查。',
    });
    await investigate(s, m.id, ago(6), '调取该局今年的涉企检查记录, 正在核对检查计划和检查频次。');
  });

  await story('大连市司法局', async (s, agency) => {
    clock.at(ago(2));
    await matters.open(s.supervisor, {
      title: `${agency.name}预警案件核查`,
      agencyId: agency.id,
      scope: 'single',
      mode: 'advisory',
      track: 'routine',
      origin: 'warning',
      warningIds: [agency.warnings[0]!.id],
      caseIds: [],
      problems: ['procedure'],
      description: '监督预警提示该案存在问题, 待指派人员核查。',
    });
  });
  onProgress(`  监督事项: ${opened} 件`);
}
