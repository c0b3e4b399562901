import { MARKET_2022, MARKET_2024 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import { benchmark, EXEMPT_MINOR, firstOffence, notPunished, share, yuan } from './tiers.ts';

/*
 * 市场监管 — business registration: 市场主体登记管理条例 (in force 2022-03-01; unverified: 国务院令第746号)
 * arts. 43, 46, 48, which replaced the fallback fine of 无证无照经营查处办法 art. 13 for unlicensed
 * business. Texts checked against the published regulations.
 */

const REGULATION = '中华人民共和国市场主体登记管理条例';
const REASON = '《中华人民共和国市场主体登记管理条例》施行，编制登记注册领域行政执法事项';
const BENCHMARK_REASON = '依据国办发〔2022〕27号文件制定并公布裁量权基准';

const REFUSED = yuan(10_000, 100_000);
const DISPLAY = yuan(0, 30_000);
const FORGED = yuan(0, 100_000);

const displayBasis = {
  law: REGULATION,
  article: '第四十八条',
  clause: '第一款',
  text: '市场主体未依照本条例将营业执照置于住所或者主要经营场所醒目位置的，由登记机关责令改正；拒不改正的，处3万元以下的罚款。',
};
const DISPLAY_FIRST = firstOffence(
  '市场主体未将营业执照置于住所或者主要经营场所醒目位置',
  '初次违法，在责令改正期限内改正的',
);

/** Business registration items of the market regulators. */
export const MARKET_REGISTRATION_TEMPLATES: ItemTemplate[] = [
  {
    code: 'SJ-CF-0413',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2018-03-01',
    reason: '依据《无证无照经营查处办法》编制行政执法事项清单',
    content: {
      name: '对从事无照经营的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: '无证无照经营查处办法',
          article: '第十三条',
          text: '从事无照经营的，由工商行政管理部门依照相关法律、行政法规的规定予以处罚。法律、行政法规对无照经营的处罚没有明确规定的，由工商行政管理部门责令停止违法行为，没收违法所得，并处1万元以下的罚款。',
        },
      ],
      post: '登记注册科',
      fields: ['market'],
    },
    withdrawn: {
      effectiveDate: '2022-03-01',
      reason:
        '《中华人民共和国市场主体登记管理条例》施行，对未经设立登记从事经营活动的处罚适用该条例第四十三条，本事项取消',
    },
  },
  {
    code: 'SJ-CF-0443',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2022-03-01',
    reason: REASON,
    content: {
      name: '对未经设立登记从事经营活动的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: REGULATION,
          article: '第四十三条',
          text: '未经设立登记从事经营活动的，由登记机关责令改正，没收违法所得；拒不改正的，处1万元以上10万元以下的罚款；情节严重的，依法责令关闭停业，并处10万元以上50万元以下的罚款。',
        },
      ],
      post: '登记注册科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          MARKET_2022,
          {
            exempt: {
              when: '从事依法无须取得许可的经营活动，在责令改正期限内办理登记的（依法没收违法所得）',
            },
            lighter: {
              when: '拒不改正，但经营规模较小、违法所得不足五千元的',
              penalties: ['confiscation'],
              fine: share(REFUSED, 'lighter'),
            },
            general: {
              when: '责令改正后拒不改正的',
              penalties: ['confiscation'],
              fine: share(REFUSED, 'general'),
            },
            heavier: {
              when: '情节严重：拒不改正且经营规模较大，或者造成消费者损失、引发群体性投诉的（依法责令关闭停业）',
              penalties: ['confiscation', 'suspension'],
              fine: yuan(100_000, 500_000),
            },
          },
          [
            notPunished(
              '在县级以上地方人民政府指定的场所和时间销售农副产品、日常生活用品，或者个人利用自己的技能从事依法无须取得许可的便民劳务活动',
              '不属于无照经营（无证无照经营查处办法第三条）',
            ),
          ],
        ),
      },
    ],
  },
  {
    code: 'SJ-CF-0446',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2022-03-01',
    reason: REASON,
    content: {
      name: '对市场主体未依照规定办理变更登记的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: REGULATION,
          article: '第四十六条',
          text: '市场主体未依照本条例办理变更登记的，由登记机关责令改正；拒不改正的，处1万元以上10万元以下的罚款；情节严重的，吊销营业执照。',
        },
      ],
      post: '登记注册科',
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
              when: '拒不改正，但在立案调查期间主动办理变更登记的',
              fine: share(REFUSED, 'lighter'),
            },
            general: { when: '责令改正后拒不改正的', fine: share(REFUSED, 'general') },
            heavier: {
              when: '拒不改正，且因未办理变更登记导致登记机关无法联系、逃避监管的',
              penalties: ['revocation'],
              fine: share(REFUSED, 'heavier'),
            },
          },
          [
            firstOffence(
              '市场主体未依法办理住所（主要经营场所）变更登记',
              '初次违法，在责令改正期限内办理变更登记的',
            ),
          ],
        ),
      },
    ],
  },
  {
    code: 'SJ-CF-0448',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2022-03-01',
    reason: REASON,
    content: {
      name: '对市场主体未将营业执照置于住所或者主要经营场所醒目位置的行政处罚',
      kind: 'penalty',
      legalBases: [displayBasis],
      post: '登记注册科',
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
            lighter: { when: '拒不改正，但在立案后主动改正的', fine: share(DISPLAY, 'lighter') },
            general: { when: '责令改正后拒不改正的', fine: share(DISPLAY, 'general') },
            heavier: {
              when: '拒不改正且有多个经营场所均未悬挂，或者两年内再次违法的',
              fine: share(DISPLAY, 'heavier'),
            },
          },
          [DISPLAY_FIRST],
        ),
      },
      {
        effectiveFrom: '2024-07-01',
        reason: '裁量权基准修订：细化从轻、从重情形，将个体工商户亮照的轻微情形列入不予处罚清单',
        content: benchmark(
          MARKET_2024,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: {
              when: '拒不改正，但系个体工商户或者小微企业且在立案后主动改正的',
              fine: share(DISPLAY, 'lighter'),
            },
            general: { when: '责令改正后拒不改正的', fine: share(DISPLAY, 'general') },
            heavier: {
              when: '拒不改正且有多个经营场所均未悬挂，或者以悬挂他人营业执照等方式误导消费者的',
              fine: share(DISPLAY, 'heavier'),
            },
          },
          [
            DISPLAY_FIRST,
            notPunished(
              '个体工商户营业执照悬挂位置不够醒目',
              '已在经营场所内悬挂或者通过电子营业执照可供查验，经提示当场调整的',
            ),
          ],
        ),
      },
    ],
  },
  {
    code: 'SJ-CF-0448-3',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2022-03-01',
    reason: REASON,
    content: {
      name: '对市场主体伪造、涂改、出租、出借、转让营业执照的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: REGULATION,
          article: '第四十八条',
          clause: '第三款',
          text: '市场主体伪造、涂改、出租、出借、转让营业执照的，由登记机关没收违法所得，处10万元以下的罚款；情节严重的，处10万元以上50万元以下的罚款，吊销营业执照。',
        },
      ],
      post: '登记注册科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(MARKET_2022, {
          lighter: {
            when: '出借营业执照一次，未产生违法所得且未造成危害后果的',
            penalties: ['confiscation'],
            fine: share(FORGED, 'lighter'),
          },
          general: {
            when: '不具有从轻或者从重情节的',
            penalties: ['confiscation'],
            fine: share(FORGED, 'general'),
          },
          heavier: {
            when: '情节严重：伪造营业执照，或者出租、转让营业执照被用于违法犯罪活动的',
            penalties: ['confiscation', 'revocation'],
            fine: yuan(100_000, 500_000),
          },
        }),
      },
    ],
  },
];
