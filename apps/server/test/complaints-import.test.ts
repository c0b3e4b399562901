import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import type { Db } from '../src/platform/db/tables.ts';
import { readXlsx } from '../src/platform/files/xlsx.ts';
import { seed } from '../src/seed.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type SessionClient, signIn } from './session-client.ts';

let t: TestApp;
let db: Db;
let heping: SessionClient; // 和平区司法局: handles 和平区's complaints
let leader: SessionClient; // 省司法厅 leader: may read complaints, not import them

beforeAll(async () => {
  t = await createTestApp({ config: { demoSeed: true } });
  await seed(t.context, SYSTEM_ACTOR);
  db = t.context.database.db;
  heping = await signIn(t.app, 'heping.jiandu', DEMO_PASSWORD);
  leader = await signIn(t.app, 'sheng.lingdao', DEMO_PASSWORD);
});
afterAll(() => t.close());

const HEADER =
  '工单编号,来电时间,来电人,联系电话,是否匿名,是否保密,诉求类别,诉求标题,诉求内容,涉及单位,涉及人员,承办时限';
const CONTENT = '来电人反映: 在和平区某市场被检查时执法人员未出示执法证件, 当场扣押货物且未开具清单。';
const CSV = [
  HEADER,
  `RX-001,2026-11-20 09:31:05,张三,13800001111,否,否,执法人员作风与纪律,检查未亮证扣押货物,"${CONTENT}",和平区市场监督管理局,李四,2026-12-04`,
  `RX-002,2026/11/21 14:02,,,是,否,投诉,,"匿名反映: 城管执法队员在浑河湾街道夜市清理摊位时推搡摊主, 态度粗暴。",浑河湾街道办事处,,`,
  `RX-003,2026-11-21 15:00,王五,13900002222,否,否,咨询,咨询执法程序,想咨询一下市场监管部门罚款的程序和陈述申辩的期限是多少天。,和平区市场监督管理局,,`,
  `RX-004,2026-11-22 10:00,赵六,13900003333,否,是,不作为,举报无人处理,"举报沈河区某商户长期占道经营, 多次反映执法部门均未处理。",沈河区市场监督管理局,,`,
  `RX-001,2026-11-22 11:00,张三,13800001111,否,否,其他,重复的工单编号,"同一工单编号在文件中出现了两次, 第二次应被拒绝并说明原因。",和平区市场监督管理局,,`,
].join('\r\n');

const upload = (client: SessionClient, body: string | Buffer | object, type = 'text/csv') =>
  client.send('POST', '/api/complaints/import', body, { 'content-type': type });

/** GB18030 bytes of a text, by the platform decoder run backwards over the two-byte range. */
function gb18030(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.from([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c)!)));
}

describe('12345 hotline import', () => {
  it('offers a template with the work-order columns', async () => {
    const res = await heping.get('/api/complaints/import/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const { headers } = await readXlsx(res.rawPayload);
    expect(headers).toEqual(
      expect.arrayContaining(['工单编号*', '来电时间*', '诉求内容*', '涉及单位*', '承办时限']),
    );
    // The template itself reads back as an xlsx upload; its example agency is not in the demo tree.
    const back = await upload(heping, res.rawPayload, res.headers['content-type'] as string);
    expect(back.json()).toMatchObject({ received: 1, created: 0, rejected: 1 });
    expect(back.json().errors).toEqual([
      { row: 2, messages: ['涉及单位不存在或不在您的数据范围内: 沈阳市和平区市场监督管理局'] },
    ]);
  });

  it('registers the good orders, reports the bad ones by row, and keeps identities encrypted', async () => {
    const res = await upload(heping, `\uFEFF${CSV}`);
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ received: 5, created: 2, skipped: 0, rejected: 3 });
    const byRow = new Map(
      result.errors.map((e: { row: number; messages: string[] }) => [e.row, e.messages.join(' ')]),
    );
    expect(byRow.get(4)).toContain('不属于投诉举报');
    expect(byRow.get(5)).toContain('不在您的数据范围内: 沈河区市场监督管理局');
    expect(byRow.get(6)).toContain('工单编号与第2行重复');
    const rows = await db
      .selectFrom('complaint')
      .innerJoin('org', 'org.id', 'complaint.org_id')
      .select([
        'complaint.id',
        'channel',
        'external_ref',
        'external_due_on',
        'registered_on',
        'anonymous',
        'name_enc',
        'phone_enc',
        'org.name as org_name',
      ])
      .where('external_ref', 'in', ['RX-001', 'RX-002'])
      .orderBy('external_ref')
      .execute();
    expect(rows.map((r) => [r.external_ref, r.channel, r.registered_on, r.org_name])).toEqual([
      ['RX-001', 'hotline_12345', '2026-11-20', '和平区司法局'],
      ['RX-002', 'hotline_12345', '2026-11-21', '和平区司法局'],
    ]);
    expect(rows[0]!.external_due_on).toBe('2026-12-04');
    expect(rows[0]!.name_enc).not.toContain('张三');
    expect(rows[0]!.phone_enc).not.toContain('13800001111');
    expect(rows[1]).toMatchObject({ anonymous: 1, name_enc: null, phone_enc: null });
    const detail = (await heping.get(`/api/complaints/${rows[0]!.id}`)).json();
    expect(detail).toMatchObject({
      channel: 'hotline_12345',
      externalRef: 'RX-001',
      externalDueOn: '2026-12-04',
      agencyName: '和平区市场监督管理局',
      complainant: { name: '张三', phone: '13800001111' },
      category: 'conduct',
    });
    expect(detail.history[0].note).toContain('12345工单 RX-001');
    const audit = await db
      .selectFrom('audit_event')
      .select(['action', 'target_id', 'detail'])
      .where('action', 'in', ['complaint.import', 'complaint.register'])
      .orderBy('seq')
      .execute();
    expect(audit.filter((a) => a.action === 'complaint.register').map((a) => a.target_id)).toEqual(
      expect.arrayContaining(rows.map((r) => r.id)),
    );
    const imported = audit.filter((a) => a.action === 'complaint.import');
    // One entry per import: the template read back above, and this file.
    expect(imported).toHaveLength(2);
    expect(JSON.parse(imported[1]!.detail)).toMatchObject({
      received: 5,
      created: 2,
      rejected: 3,
      skipped: 0,
    });
  });

  it('creates nothing on a second import of the same file and says each was imported before', async () => {
    const before = await db
      .selectFrom('complaint')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await upload(heping, CSV);
    expect(res.json()).toMatchObject({ received: 5, created: 0, skipped: 2, rejected: 3 });
    const rows = res
      .json()
      .errors.filter((e: { messages: string[] }) => e.messages.some((m) => m.includes('已导入')));
    expect(rows.map((e: { row: number }) => e.row)).toEqual([2, 3]);
    expect(res.json().orders.every((o: { created: boolean }) => !o.created)).toBe(true);
    const after = await db
      .selectFrom('complaint')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('reads a GB18030 CSV as Chinese spreadsheet software saves it', async () => {
    const csv = [
      HEADER,
      `RX-GBK-1,2026-11-23 08:00:00,钱七,13700004444,否,否,乱作为,违规罚款,"${CONTENT}",和平区应急管理局,,`,
    ].join('\r\n');
    const res = await upload(heping, gb18030(csv), 'text/csv; charset=gb18030');
    expect(res.json(), res.body).toMatchObject({ created: 1, rejected: 0 });
    const id = res.json().orders[0].complaintId;
    expect((await heping.get(`/api/complaints/${id}`)).json()).toMatchObject({
      agencyName: '和平区应急管理局',
      category: 'abuse_of_power',
      complainant: { name: '钱七' },
    });
  });

  it('takes JSON work orders, and the hotline deadline caps the answer period', async () => {
    const res = await upload(
      heping,
      {
        orders: [
          {
            orderNumber: 'RX-JSON-1',
            calledAt: '2026-11-24 09:00:00',
            anonymous: true,
            confidential: false,
            category: '程序违法',
            content: '反映和平区城市管理综合行政执法局作出罚款决定前没有告知陈述申辩的权利。',
            agencyName: '和平区城市管理综合行政执法局',
            dueOn: '2026-12-01',
          },
          { orderNumber: 'RX-JSON-2', calledAt: 'yesterday', content: '太短', agencyName: '' },
        ],
      },
      'application/json',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ received: 2, created: 1, rejected: 1 });
    const problems = res.json().errors[0].messages.join(' ');
    expect(problems).toContain('来电时间无效');
    expect(problems).toContain('涉及单位不能为空');
    const id = res.json().orders[0].complaintId;
    const service = t.context.services.complaints.withClock({
      today: () => '2026-11-25',
      now: () => '2026-11-25T02:00:00.000Z',
    });
    const { demoActor } = await import('../src/demo/demo-actor.ts');
    const accepted = await service.accept(demoActor(), id);
    expect(accepted.answerDue?.due).toBe('2026-12-01');
    expect(accepted.answerDue?.rule).toContain('12345热线工单承办时限 2026-12-01');
  });

  it('refuses a file without the required columns, and users who may not handle complaints', async () => {
    const res = await upload(heping, '工单编号,来电人\r\nRX-9,张三');
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('缺少必需的列: 来电时间、诉求内容、涉及单位');
    expect((await upload(leader, CSV)).statusCode).toBe(403);
  });
});
