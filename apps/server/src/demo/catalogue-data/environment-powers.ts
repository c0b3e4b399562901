import { ENVIRONMENT_2021 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import { benchmark, HEAVIER_USUAL, share, yuan } from './tiers.ts';

/*
 * 生态环境 — hazardous waste and monitoring penalties, the oil-fume item handed over to urban
 * management, and the inspection and coercion powers of 环境保护法 arts. 24, 25.
 */

const AIR = '中华人民共和国大气污染防治法';
const WASTE = '中华人民共和国固体废物污染环境防治法';
const EPL = '中华人民共和国环境保护法';
const FIRST = '依据现行生态环境法律法规编制生态环境领域行政执法事项清单';

const HAZARDOUS = yuan(100_000, 1_000_000);
const hazardousText =
  '违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得；情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭：（一）未按照规定设置危险废物识别标志的；（二）未按照国家有关规定制定危险废物管理计划或者申报危险废物有关资料的……有前款第一项、第二项、第五项、第六项、第七项、第八项、第九项、第十二项、第十三项行为之一，处十万元以上一百万元以下的罚款……';

/** Hazardous waste, monitoring, inspection and coercion items of the environment bureaus. */
export const ENVIRONMENT_POWER_TEMPLATES: ItemTemplate[] = [
  {
    code: 'ST-CF-05112',
    holders: ['sthj'],
    levels: ['province', 'city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '对未按照规定设置危险废物识别标志或者未按照规定制定危险废物管理计划、申报危险废物有关资料的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: WASTE,
          article: '第一百一十二条',
          clause: '第一款第一项、第二项，第二款',
          text: hazardousText,
        },
      ],
      post: '固体废物与化学品管理科',
      fields: ['environment'],
    },
    benchmarks: [
      {
        effectiveFrom: '2021-12-01',
        reason: '制定并公布生态环境行政处罚裁量基准',
        content: benchmark(ENVIRONMENT_2021, {
          lighter: {
            when: '识别标志内容不全或者管理计划未及时更新，危险废物贮存规范的',
            fine: share(HAZARDOUS, 'lighter'),
          },
          general: { when: '不具有从轻或者从重情节的', fine: share(HAZARDOUS, 'general') },
          heavier: {
            when: `${HEAVIER_USUAL}；或者危险废物年产生量十吨以上的`,
            penalties: ['suspension'],
            fine: share(HAZARDOUS, 'heavier'),
          },
        }),
      },
    ],
    pendingRevision: {
      reason:
        '事项合并：将未按照国家有关规定建立危险废物管理台账并如实记录的情形（第一款第十三项）纳入本事项',
      submitted: true,
      content: {
        name: '对未按照规定设置危险废物识别标志、制定危险废物管理计划、申报危险废物有关资料或者建立危险废物管理台账的行政处罚',
        kind: 'penalty',
        legalBases: [
          {
            law: WASTE,
            article: '第一百一十二条',
            clause: '第一款第一项、第二项、第十三项，第二款',
            text: `${hazardousText}（十三）未按照国家有关规定建立危险废物管理台账并如实记录的。`,
          },
        ],
        post: '固体废物与化学品管理科',
        fields: ['environment'],
      },
    },
  },
  {
    code: 'ST-CF-05104',
    holders: ['sthj'],
    levels: ['city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '对未依法取得排污许可证产生工业固体废物的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: WASTE,
          article: '第一百零四条',
          text: '违反本法规定，未依法取得排污许可证产生工业固体废物的，由生态环境主管部门责令改正或者限制生产、停产整治，处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业或者关闭。',
        },
      ],
      post: '生态环境保护综合行政执法支队',
      fields: ['environment'],
    },
  },
  {
    code: 'ST-CF-03100',
    holders: ['sthj'],
    levels: ['city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '对未按照规定安装、使用大气污染物排放自动监测设备或者未与生态环境主管部门的监控设备联网的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: AIR,
          article: '第一百条',
          clause: '第三项',
          text: '违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正，处二万元以上二十万元以下的罚款；拒不改正的，责令停产整治……（三）未按照规定安装、使用大气污染物排放自动监测设备或者未按照规定与生态环境主管部门的监控设备联网，并保证监测设备正常运行的……',
        },
      ],
      post: '生态环境监测科',
      fields: ['environment'],
    },
  },
  {
    code: 'ST-CF-0482',
    holders: ['sthj'],
    levels: ['city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '对未按照规定对所排放的水污染物自行监测或者未保存原始监测记录的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: '中华人民共和国水污染防治法',
          article: '第八十二条',
          clause: '第一项',
          text: '违反本法规定，有下列行为之一的，由县级以上人民政府环境保护主管部门责令限期改正，处二万元以上二十万元以下的罚款；逾期不改正的，责令停产整治：（一）未按照规定对所排放的水污染物自行监测，或者未保存原始监测记录的……',
        },
      ],
      post: '生态环境监测科',
      fields: ['environment'],
    },
  },
  {
    code: 'ST-CF-03118',
    holders: ['sthj'],
    levels: ['city'],
    effectiveFrom: '2019-06-01',
    reason: '依据《中华人民共和国大气污染防治法》（2018年修正）编制行政执法事项清单',
    content: {
      name: '对排放油烟的餐饮服务业经营者未安装油烟净化设施或者超过排放标准排放油烟的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: AIR,
          article: '第一百一十八条',
          clause: '第一款',
          text: '违反本法规定，排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，超过排放标准排放油烟的，由县级以上地方人民政府确定的监督管理部门责令改正，处五千元以上五万元以下的罚款；拒不改正的，责令停业整治。',
        },
      ],
      post: '大气环境管理科',
      fields: ['environment'],
    },
    withdrawn: {
      effectiveDate: '2022-01-01',
      reason:
        '依据本级人民政府确定的监督管理部门调整，餐饮服务业油烟污染行政处罚划转城市管理综合行政执法部门，本事项取消',
    },
  },
  {
    code: 'ST-JC-0624',
    holders: ['sthj'],
    levels: ['province', 'city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '对排放污染物的企业事业单位和其他生产经营者的现场检查',
      kind: 'inspection',
      legalBases: [
        {
          law: EPL,
          article: '第二十四条',
          text: '县级以上人民政府环境保护主管部门及其委托的环境监察机构和其他负有环境保护监督管理职责的部门，有权对排放污染物的企业事业单位和其他生产经营者进行现场检查。被检查者应当如实反映情况，提供必要的资料……',
        },
      ],
      post: '生态环境保护综合行政执法支队',
      fields: ['environment'],
    },
  },
  {
    code: 'ST-QZ-0625',
    holders: ['sthj'],
    levels: ['province', 'city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '查封、扣押造成污染物排放的设施、设备',
      kind: 'coercion',
      legalBases: [
        {
          law: EPL,
          article: '第二十五条',
          text: '企业事业单位和其他生产经营者违反法律法规规定排放污染物，造成或者可能造成严重污染的，县级以上人民政府环境保护主管部门和其他负有环境保护监督管理职责的部门，可以查封、扣押造成污染物排放的设施、设备。',
        },
      ],
      post: '生态环境保护综合行政执法支队',
      fields: ['environment'],
    },
  },
];
