import { EMERGENCY_2022 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import { benchmark, EXEMPT_MINOR, firstOffence, share, yuan } from './tiers.ts';

/*
 * 应急管理 — work safety penalties under the 安全生产法 as amended on 2021-06-10 (in force
 * 2021-09-01), arts. 94, 97, 99, 101, 102. Texts checked against the published law. The 逾期未改正
 * fines of each article are a second decision after the deadline and are not tiered here.
 */

const LAW = '中华人民共和国安全生产法';
const FIRST = '依据《中华人民共和国安全生产法》（2021年修正）编制应急管理领域行政执法事项清单';
const BENCHMARK_REASON = '依据国办发〔2022〕27号文件制定并公布裁量权基准';

const HEAD = yuan(20_000, 50_000);
const UPTO_100K = yuan(0, 100_000);
const UPTO_50K = yuan(0, 50_000);

const ART_97 =
  '生产经营单位有下列行为之一的，责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款：';
const ART_99 =
  '生产经营单位有下列行为之一的，责令限期改正，处五万元以下的罚款；逾期未改正的，处五万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款；情节严重的，责令停产停业整顿；构成犯罪的，依照刑法有关规定追究刑事责任：';

function item(
  code: string,
  name: string,
  article: string,
  clause: string | null,
  text: string,
): ItemTemplate {
  return {
    code,
    holders: ['yjgl'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name,
      kind: 'penalty',
      legalBases: [{ law: LAW, article, clause, text }],
      post: '安全生产执法监察科',
      fields: ['emergency'],
    },
  };
}

/** Work safety penalty items with benchmarks, held by the emergency management bureaus. */
export const EMERGENCY_TEMPLATES: ItemTemplate[] = [
  {
    ...item(
      'YJ-CF-0094',
      '对生产经营单位的主要负责人未履行安全生产管理职责的行政处罚',
      '第九十四条',
      '第一款',
      '生产经营单位的主要负责人未履行本法规定的安全生产管理职责的，责令限期改正，处二万元以上五万元以下的罚款；逾期未改正的，处五万元以上十万元以下的罚款，责令生产经营单位停产停业整顿。',
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(EMERGENCY_2022, {
          lighter: { when: '未履行一项安全生产管理职责，未导致事故隐患的', fine: share(HEAD, 'lighter') },
          general: { when: '未履行两项安全生产管理职责的', fine: share(HEAD, 'general') },
          heavier: {
            when: '未履行三项以上安全生产管理职责，或者因此导致存在重大事故隐患的',
            fine: share(HEAD, 'heavier'),
          },
        }),
      },
    ],
  },
  {
    ...item(
      'YJ-CF-0097-3',
      '对生产经营单位未按照规定对从业人员进行安全生产教育和培训的行政处罚',
      '第九十七条',
      '第三项',
      `${ART_97}……（三）未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训，或者未按照规定如实告知有关的安全生产事项的……`,
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(EMERGENCY_2022, {
          lighter: {
            when: '未按照规定进行教育和培训的从业人员在3人以下的',
            fine: share(UPTO_100K, 'lighter'),
          },
          general: {
            when: '未按照规定进行教育和培训的从业人员在4人以上9人以下的',
            fine: share(UPTO_100K, 'general'),
          },
          heavier: {
            when: '未按照规定进行教育和培训的从业人员在10人以上，或者涉及危险作业岗位人员的',
            fine: share(UPTO_100K, 'heavier'),
          },
        }),
      },
    ],
    pendingRevision: {
      reason: '事项名称补充被派遣劳动者、实习学生和如实告知安全生产事项的情形，与法律条文表述一致',
      submitted: false,
      content: {
        name: '对生产经营单位未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训或者未如实告知有关安全生产事项的行政处罚',
        kind: 'penalty',
        legalBases: [
          {
            law: LAW,
            article: '第九十七条',
            clause: '第三项',
            text: `${ART_97}……（三）未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训，或者未按照规定如实告知有关的安全生产事项的……`,
          },
        ],
        post: '安全生产执法监察科',
        fields: ['emergency'],
      },
    },
  },
  {
    ...item(
      'YJ-CF-0097-6',
      '对生产经营单位未按照规定制定生产安全事故应急救援预案或者未定期组织演练的行政处罚',
      '第九十七条',
      '第六项',
      `${ART_97}……（六）未按照规定制定生产安全事故应急救援预案或者未定期组织演练的……`,
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          EMERGENCY_2022,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: {
              when: '已制定应急救援预案但未按照规定定期组织演练的',
              fine: share(UPTO_100K, 'lighter'),
            },
            general: { when: '未制定生产安全事故应急救援预案的', fine: share(UPTO_100K, 'general') },
            heavier: {
              when: '危险物品的生产、经营、储存单位以及矿山、金属冶炼单位未制定应急救援预案的',
              fine: share(UPTO_100K, 'heavier'),
            },
          },
          [
            firstOffence(
              '生产经营单位未按照规定定期组织应急救援预案演练',
              '初次违法，已制定应急救援预案，且在责令限期改正期限内组织演练的',
            ),
          ],
        ),
      },
    ],
  },
  {
    ...item(
      'YJ-CF-0099-1',
      '对生产经营单位未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志的行政处罚',
      '第九十九条',
      '第一项',
      `${ART_99}（一）未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志的……`,
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          EMERGENCY_2022,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: {
              when: '未设置安全警示标志的场所、设施、设备在2处以下的',
              fine: share(UPTO_50K, 'lighter'),
            },
            general: {
              when: '未设置安全警示标志的场所、设施、设备在3处以上5处以下的',
              fine: share(UPTO_50K, 'general'),
            },
            heavier: {
              when: '未设置安全警示标志的场所、设施、设备在6处以上，或者涉及重大危险源的',
              fine: share(UPTO_50K, 'heavier'),
            },
          },
          [
            firstOffence(
              '未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志',
              '初次违法，涉及2处以下，且在责令限期改正期限内改正的',
            ),
          ],
        ),
      },
    ],
  },
  {
    ...item(
      'YJ-CF-0101-5',
      '对生产经营单位未建立事故隐患排查治理制度或者重大事故隐患排查治理情况未按照规定报告的行政处罚',
      '第一百零一条',
      '第五项',
      '生产经营单位有下列行为之一的，责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款……（五）未建立事故隐患排查治理制度，或者重大事故隐患排查治理情况未按照规定报告的。',
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(EMERGENCY_2022, {
          lighter: { when: '已建立事故隐患排查治理制度但内容不完善的', fine: share(UPTO_100K, 'lighter') },
          general: { when: '未建立事故隐患排查治理制度的', fine: share(UPTO_100K, 'general') },
          heavier: { when: '重大事故隐患排查治理情况未按照规定报告的', fine: share(UPTO_100K, 'heavier') },
        }),
      },
    ],
  },
  {
    ...item(
      'YJ-CF-0102',
      '对生产经营单位未采取措施消除事故隐患的行政处罚',
      '第一百零二条',
      null,
      '生产经营单位未采取措施消除事故隐患的，责令立即消除或者限期消除，处五万元以下的罚款；生产经营单位拒不执行的，责令停产停业整顿，对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的罚款；构成犯罪的，依照刑法有关规定追究刑事责任。',
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(EMERGENCY_2022, {
          lighter: { when: '存在一般事故隐患1项至2项未采取措施消除的', fine: share(UPTO_50K, 'lighter') },
          general: { when: '存在一般事故隐患3项以上未采取措施消除的', fine: share(UPTO_50K, 'general') },
          heavier: {
            when: '存在重大事故隐患未采取措施消除，或者拒不执行消除事故隐患指令的（责令停产停业整顿）',
            penalties: ['suspension'],
            fine: share(UPTO_50K, 'heavier'),
          },
        }),
      },
    ],
  },
];
