import type { RubricContent } from '@jiandu/contracts/case-review-labels';
import type { Services } from '../context.ts';
import { SeededRandom } from '../modules/case-reviews/seeded-random.ts';
import type { UserActor } from '../platform/authz/actor.ts';
import type { Db } from '../platform/db/tables.ts';
import { demoActor } from './demo-actor.ts';

/** Reviewer accounts of the demo (role case_reviewer): [username, name, source, org key]. */
const REVIEWERS: [string, string, 'expert' | 'invited_supervisor', string][] = [
  ['pingcha.xujing', '许静', 'expert', 'shenyang'],
  ['pingcha.wanglj', '王立军', 'expert', 'province'],
  ['pingcha.shilei', '石磊', 'expert', 'shenyang'],
  ['pingcha.liudm', '刘德明', 'invited_supervisor', 'shenyang'],
];

/** The Shenyang agencies the 2025 batch reviews, three files each. */
const AGENCIES_2025 = [
  'shenyang.scjg',
  'shenyang.sthj',
  'shenyang.yjgl',
  'shenyang.heping.scjg',
  'shenyang.heping.cgzf',
  'shenyang.shenhe.scjg',
  'shenyang.shenhe.cgzf',
  'shenyang.tiexi.scjg',
  'shenyang.tiexi.cgzf',
];
const AGENCIES_2026 = [
  'shenyang.sthj',
  'shenyang.heping.scjg',
  'shenyang.shenhe.cgzf',
  'shenyang.tiexi.scjg',
];

/** Items a reviewer deducts from first, most often evidence, procedure and the law applied. */
const DEDUCT_ORDER = [
  'C02',
  'C04',
  'C03',
  'C05',
  'F01',
  'C06',
  'F03',
  'C01',
  'F05',
  'C07',
  'F02',
  'C08',
  'F04',
];

const COMMENTS = [
  '案卷材料基本齐全, 文书制作较规范; 个别证据未注明来源, 裁量说理可进一步加强。',
  '事实清楚, 证据充分, 程序合法; 卷内目录与页码有个别遗漏。',
  '调查询问笔录内容较简单, 现场照片未附说明; 决定书说理不够充分。',
  '整体较好, 执法文书填写规范, 送达回证齐全。',
];

/** A sheet reaching about `total` points by taking half points off items in a fixed order. */
function sheetOf(content: RubricContent, total: number): Record<string, number> {
  const items = [...content.sections.form.items, ...content.sections.content.items];
  const scores = Object.fromEntries(items.map((i) => [i.code, i.maxPoints]));
  let left = Math.round((100 - total) * 2) / 2;
  for (let round = 0; left > 0 && round < 20; round++)
    for (const code of DEDUCT_ORDER) {
      const item = items.find((i) => i.code === code);
      if (!item || left <= 0) continue;
      const step = Math.min(left, round < 2 ? 2 : 0.5, scores[code]!);
      scores[code]! -= step;
      left -= step;
    }
  return scores;
}

/**
 * Case-file review in the Liaoning demo, built through the service so everything agrees: a default
 * rubric for every justice department, four reviewer accounts linked to experts and an invited
 * supervisor by ID number, Shenyang's finished 2025 batch (most files 合格/良好, a few 不合格 with a
 * veto, one deliberated, one agency response, one matter opened) and its 2026 batch in progress.
 */
export async function seedCaseReviewsDemo(
  services: Services,
  db: Db,
  orgIds: Map<string, string>,
  password: string,
  onProgress: (line: string) => void,
): Promise<{ username: string; displayName: string; org: string; role: string }[]> {
  const seedActor = demoActor();
  const supervisors = await db
    .selectFrom('org')
    .select('id')
    .where('kind', '=', 'supervisor')
    .orderBy('path')
    .execute();
  await db.transaction().execute(async (trx) => {
    for (const org of supervisors) await services.caseReviews.rubrics.ensureDefault(trx, seedActor, org.id);
  });
  const org = (key: string) => orgIds.get(key)!;
  const logins: { username: string; displayName: string; org: string; role: string }[] = [];
  const reviewerActors = new Map<string, UserActor>();
  const roleId = await services.roles.idOf('case_reviewer');
  for (const [username, name, source, orgKey] of REVIEWERS) {
    const person =
      source === 'expert'
        ? (await services.expertPool.listAll(seedActor, { q: name }))[0]
        : (await services.invitedSupervisors.listAll(seedActor, { q: name }))[0];
    if (!person?.idNumber) continue;
    const { user } = await services.users.create(
      seedActor,
      { username, displayName: name, orgId: org(orgKey), idNumber: person.idNumber },
      { password, mustChange: false },
    );
    await services.users.assignRoles({ ...seedActor, userId: 'seed-admin' }, user.id, [
      { roleId, scopeKind: 'own_org', scopeOrgId: org(orgKey) },
    ]);
    reviewerActors.set(user.id, demoActor(user.orgId, user.orgName, name, user.id));
    logins.push({ username, displayName: name, org: user.orgName, role: 'case_reviewer' });
  }

  const sy = org('shenyang');
  const organizer = demoActor(sy, '沈阳市司法局', '沈阳市司法局执法监督科');
  const reviews = services.caseReviews;
  const batchOf = async (year: number, keys: string[], perAgency: number, seed: string) => {
    const batch = await reviews.batches.create(organizer, {
      organizerId: sy,
      name: `${year}年度沈阳市行政执法案卷评查`,
      year,
      periodFrom: `${year}-01-01`,
      periodTo: year === 2025 ? '2025-12-31' : '2026-06-30',
      seed,
      targets: keys.map((key) => ({ agencyId: org(key), mode: 'count' as const, value: perAgency })),
      reviewersPerFile: 2,
      scoreGap: 15,
      responseDays: 10,
    });
    const candidates = await reviews.reviewers.candidates(organizer, batch.id);
    for (const c of candidates.filter((x) => x.account && REVIEWERS.some(([, name]) => name === x.name)))
      await reviews.reviewers.add(organizer, batch.id, { source: c.source, sourceId: c.sourceId });
    await reviews.reviewers.draw(organizer, batch.id);
    return batch;
  };

  // 2025: every sheet submitted; a file of 和平区市场监督管理局 fails on 执法人员少于2人, file 13 on
  // 程序违法, file 19 is deliberated, file 21 scores below 60.
  const done = await batchOf(2025, AGENCIES_2025, 3, 'ln-sy-2025');
  const { content } = await reviews.rubrics.contentOf(done.rubric.id);
  const random = new SeededRandom('ln-sy-2025-scores', 'demo');
  const sheets2025 = await sheetsOf(reviews, organizer, done.id);
  // The first file of 和平区市场监督管理局 (the demo agency account's own) fails on a veto.
  const vetoSeq = sheets2025.find((x) => x.agencyId === org('shenyang.heping.scjg'))?.seq ?? 5;
  for (const [i, s] of sheets2025.entries()) {
    const base = s.seq === 21 ? 56 : s.seq % 7 === 3 ? 92 : 78 + random.below(14);
    const total = s.seq === 19 ? (s.first ? 91 : 72) : base + (s.first ? 0 : random.below(5) - 2);
    const vetoes =
      s.seq === vetoSeq
        ? [{ code: 'V09', note: '现场检查笔录、询问笔录均只有一名执法人员签名' }]
        : s.seq === 13 && s.first
          ? [{ code: 'V08', note: '作出处罚决定前未告知当事人陈述、申辩的权利' }]
          : [];
    await reviews.scoring.submit(reviewerActors.get(s.userId)!, s.id, {
      vetoes,
      scores: sheetOf(content, total),
      comment: COMMENTS[i % COMMENTS.length]!,
    });
  }
  const files = (await reviews.results.results(organizer, done.id)).files;
  const deliberated = files.find((f) => f.state === 'needs_consensus');
  if (deliberated)
    await reviews.results.consensus(organizer, done.id, deliberated.id, {
      score: 82,
      reason: '两位评查人员对证据充分性认定分歧较大, 经评查组合议, 按证据基本充分、说明理由不足扣分',
    });
  for (const f of (await reviews.results.results(organizer, done.id)).files.filter(
    (x) => x.state === 'needs_consensus',
  ))
    await reviews.results.consensus(organizer, done.id, f.id, {
      score: f.score ?? 80,
      reason: '经评查组合议确认',
    });
  await reviews.batches.publish(organizer, done.id);
  const failed = (await reviews.results.results(organizer, done.id)).files.filter((f) => f.grade === 'fail');
  const veto = failed.find((f) => f.vetoed);
  if (veto) {
    const matter = await services.matters.open(organizer, {
      title: `案卷评查不合格案卷整改: ${veto.case.externalId}`,
      agencyId: veto.agency.id,
      scope: 'single',
      mode: 'advisory',
      track: 'routine',
      origin: 'case_review',
      originRef: veto.id,
      caseIds: [veto.case.id],
      warningIds: [],
      problems: ['case_quality', 'procedure'],
      description: '2025年度案卷评查认定该案卷执法人员少于2人, 评为不合格案卷, 请对照评查意见整改。',
    });
    await reviews.results.linkMatter(organizer, done.id, veto.id, matter.id);
    const agency = demoActor(veto.agency.id, veto.agency.name, `${veto.agency.name}法制科`);
    await reviews.agency.respond(
      agency,
      veto.id,
      '对评查意见无异议。已组织全体执法人员学习《行政处罚法》第四十二条, 现场检查一律由两名以上持证执法人员进行。',
    );
  }

  // 2026: in progress — a third of the sheets submitted, a third saved as drafts.
  const open = await batchOf(2026, AGENCIES_2026, 2, 'ln-sy-2026');
  const sheets2026 = await sheetsOf(reviews, organizer, open.id);
  for (const [i, s] of sheets2026.entries()) {
    if (i % 3 === 2) continue;
    const actor = reviewerActors.get(s.userId)!;
    const sheet = { vetoes: [], scores: sheetOf(content, 80 + ((i * 5) % 14)), comment: COMMENTS[i % 4]! };
    if (i % 3 === 0) await reviews.scoring.submit(actor, s.id, sheet);
    else await reviews.scoring.save(actor, s.id, { ...sheet, scores: { F01: 4, F02: 4, F03: 3.5 } });
  }
  onProgress(
    `  案卷评查: 评查标准 ${supervisors.length} 套, 评查账号 ${logins.length} 个, 2025年度批次 ${files.length} 件 (已发布, 不合格 ${failed.length} 件), 2026年度批次 ${sheets2026.length / 2} 件 (评查中)`,
  );
  return logins;
}

/** A batch's sheets in draw order, each with its account and whether it is its file's first. */
async function sheetsOf(reviews: Services['caseReviews'], organizer: UserActor, batchId: string) {
  const [{ files }, detail] = await Promise.all([
    reviews.results.results(organizer, batchId),
    reviews.batches.detail(organizer, batchId),
  ]);
  const userOf = new Map(detail.reviewers.map((r) => [r.id, r.account.userId]));
  return files.flatMap((f) =>
    f.assignments.map((a, i) => ({
      id: a.id,
      seq: f.seq,
      agencyId: f.agency.id,
      first: i === 0,
      userId: userOf.get(a.reviewerId)!,
    })),
  );
}
