import { MARKET_2022 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import { benchmark, EXEMPT_MINOR, firstOffence, notPunished, share, yuan } from './tiers.ts';

/*
 * 市场监管 — food safety duties of producers, sellers and market operators under the 食品安全法 as
 * amended on 2021-04-29 (arts. 125 para. 2, 126, 130); texts checked against the published law.
 */

const LAW = '中华人民共和国食品安全法';
const FIRST = '依据《中华人民共和国食品安全法》（2021年修正）编制市场监管领域行政执法事项清单';
const BENCHMARK_REASON = '依据国办发〔2022〕27号文件制定并公布裁量权基准';

const FOOD_125_FLAW = yuan(0, 2000);
const FOOD_126 = yuan(5000, 50_000);

/** Food safety duty items (labels, purchase checks, health certificates, markets). */
export const MARKET_FOOD_DUTY_TEMPLATES: ItemTemplate[] = [
  {
    code: 'SJ-CF-0125-2',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对食品标签、说明书存在瑕疵且拒不改正的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: LAW,
          article: '第一百二十五条',
          clause: '第二款',
          text: '生产经营的食品、食品添加剂的标签、说明书存在瑕疵但不影响食品安全且不会对消费者造成误导的，由县级以上人民政府食品安全监督管理部门责令改正；拒不改正的，处二千元以下罚款。',
        },
      ],
      post: '食品经营安全监督管理科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          MARKET_2022,
          {
            exempt: { when: '在责令改正期限内改正的' },
            lighter: { when: '逾期未改正，但在立案后主动改正的', fine: share(FOOD_125_FLAW, 'lighter') },
            general: { when: '逾期拒不改正的', fine: share(FOOD_125_FLAW, 'general') },
            heavier: { when: '拒不改正且涉及多个批次或者多个品种的', fine: share(FOOD_125_FLAW, 'heavier') },
          },
          [
            notPunished(
              '食品标签、说明书存在瑕疵',
              '不影响食品安全且不会对消费者造成误导，并在责令改正期限内改正的',
            ),
          ],
        ),
      },
    ],
  },
  {
    code: 'SJ-CF-0126',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对食品生产经营者进货时未查验许可证和相关证明文件或者未按规定建立并遵守进货查验记录制度的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: LAW,
          article: '第一百二十六条',
          clause: '第一款第三项',
          text: '违反本法规定，有下列情形之一的，由县级以上人民政府食品安全监督管理部门责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证……（三）食品、食品添加剂生产经营者进货时未查验许可证和相关证明文件，或者未按规定建立并遵守进货查验记录、出厂检验记录和销售记录制度……',
        },
      ],
      post: '食品经营安全监督管理科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          MARKET_2022,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: {
              when: '责令改正后拒不改正，但涉及的食品品种较少、未造成危害后果的',
              penalties: ['warning'],
              fine: share(FOOD_126, 'lighter'),
            },
            general: {
              when: '责令改正后拒不改正的',
              penalties: ['warning'],
              fine: share(FOOD_126, 'general'),
            },
            heavier: {
              when: '拒不改正且导致不符合食品安全标准的食品流入市场，或者两年内再次违法的',
              penalties: ['warning', 'suspension'],
              fine: share(FOOD_126, 'heavier'),
            },
          },
          [
            firstOffence(
              '食品经营者未按规定建立并遵守进货查验记录制度',
              '初次违法，所涉食品符合食品安全标准，且在责令改正期限内改正的',
            ),
          ],
        ),
      },
    ],
    pendingRevision: {
      reason: '机构职能调整，责任岗位由食品经营安全监督管理科调整为食品安全综合协调科',
      submitted: true,
      content: {
        name: '对食品生产经营者进货时未查验许可证和相关证明文件或者未按规定建立并遵守进货查验记录制度的行政处罚',
        kind: 'penalty',
        legalBases: [
          {
            law: LAW,
            article: '第一百二十六条',
            clause: '第一款第三项',
            text: '违反本法规定，有下列情形之一的，由县级以上人民政府食品安全监督管理部门责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证……',
          },
        ],
        post: '食品安全综合协调科',
        fields: ['market'],
      },
    },
  },
  {
    code: 'SJ-CF-0126-6',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对安排未取得健康证明的人员从事接触直接入口食品工作的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: LAW,
          article: '第一百二十六条',
          clause: '第一款第六项',
          text: '……（六）食品生产经营者安排未取得健康证明或者患有国务院卫生行政部门规定的有碍食品安全疾病的人员从事接触直接入口食品的工作……',
        },
      ],
      post: '食品经营安全监督管理科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          MARKET_2022,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: {
              when: '拒不改正，涉及人员一人且经补办已取得健康证明的',
              penalties: ['warning'],
              fine: share(FOOD_126, 'lighter'),
            },
            general: {
              when: '拒不改正，涉及人员二至三人的',
              penalties: ['warning'],
              fine: share(FOOD_126, 'general'),
            },
            heavier: {
              when: '拒不改正，涉及人员三人以上或者安排患有有碍食品安全疾病的人员从事接触直接入口食品工作的',
              penalties: ['warning', 'suspension'],
              fine: share(FOOD_126, 'heavier'),
            },
          },
          [
            firstOffence(
              '安排未取得健康证明的人员从事接触直接入口食品的工作',
              '初次违法，涉及人员不超过一人，经检查身体健康并在责令改正期限内取得健康证明的',
            ),
          ],
        ),
      },
    ],
  },
  {
    code: 'SJ-CF-0130',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对集中交易市场开办者、柜台出租者、展销会举办者未履行审查、检查、报告义务的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: LAW,
          article: '第一百三十条',
          clause: '第一款',
          text: '违反本法规定，集中交易市场的开办者、柜台出租者、展销会的举办者允许未依法取得许可的食品经营者进入市场销售食品，或者未履行检查、报告等义务的，由县级以上人民政府食品安全监督管理部门责令改正，没收违法所得，并处五万元以上二十万元以下罚款；造成严重后果的，责令停业，直至由原发证部门吊销许可证……',
        },
      ],
      post: '执法稽查科',
      fields: ['market'],
    },
  },
];
