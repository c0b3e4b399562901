import { makeResidentId } from '@jiandu/contracts/codes';
import type { EnforcementField } from '@jiandu/contracts/fields';
import { addDays, toDayNumber } from '../platform/calendar/dates.ts';

/*
 * Word lists and generators for the officer demo: surnames roughly by frequency in the Northeast,
 * given-name characters, real Liaoning county codes for birthplaces, posts, courses, and people
 * drawn from them with a seeded generator. Demo data only.
 */

/** Surnames, the common ones repeated so they come up as often as in life. */
export const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴'.repeat(4),
  ...'徐孙马朱胡郭何高林罗'.repeat(2),
  ...'郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟秦邱江尹薛闫段侯史郝邵钱武戴孔常康牛葛邢齐乔庞鲁岳翟关耿佟曲隋栾鞠丛宫迟谷盖毕单初修那',
  '欧阳',
  '司马',
];

/** Characters of men's given names. */
export const MALE_CHARS = [
  ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊旭宁龙林峰东海亮成志建国振庆博文学春立福德永广兴晓新利清胜铭瑞晨嘉天毅昊阳松柏',
];

/** Characters of women's given names. */
export const FEMALE_CHARS = [
  ...'芳娜敏静丽艳娟霞燕玲婷雪慧颖琳倩洁欣晶佳悦蕾梅红丹萍莉璐薇楠露瑶璇怡琪月彤冰岩秀英华兰',
];

/** Liaoning county-level codes (GB/T 2260), birthplaces of the demo people. */
export const LIAONING_COUNTIES = [
  ...['210102', '210103', '210104', '210105', '210106', '210111', '210112', '210113', '210114', '210115'],
  ...['210123', '210124', '210181', '210202', '210203', '210204', '210211', '210212', '210213', '210214'],
  ...['210224', '210281', '210283', '210302', '210303', '210304', '210311', '210321', '210323', '210381'],
  ...['210402', '210403', '210404', '210411', '210421', '210422', '210423', '210502', '210503', '210504'],
  ...['210505', '210521', '210522', '210602', '210603', '210604', '210624', '210681', '210682', '210702'],
  ...['210703', '210711', '210726', '210727', '210781', '210782', '210802', '210803', '210804', '210811'],
  ...['210881', '210882', '210902', '210903', '210904', '210905', '210911', '210921', '210922', '211002'],
  ...['211003', '211004', '211005', '211011', '211021', '211081', '211102', '211103', '211104', '211122'],
  ...['211202', '211204', '211221', '211223', '211224', '211281', '211282', '211302', '211303', '211321'],
  ...['211322', '211324', '211381', '211382', '211402', '211403', '211404', '211421', '211422', '211481'],
];

/** The governments that issue certificates, by city code prefix (2 digits for the province). */
export const ISSUERS: Record<string, string> = {
  '21': '辽宁省人民政府',
  '2101': '沈阳市人民政府',
  '2102': '大连市人民政府',
  '2103': '鞍山市人民政府',
  '2104': '抚顺市人民政府',
  '2105': '本溪市人民政府',
  '2106': '丹东市人民政府',
  '2107': '锦州市人民政府',
  '2108': '营口市人民政府',
  '2109': '阜新市人民政府',
  '2110': '辽阳市人民政府',
  '2111': '盘锦市人民政府',
  '2112': '铁岭市人民政府',
  '2113': '朝阳市人民政府',
  '2114': '葫芦岛市人民政府',
};

/** An agency's line of work, from its name: fields and the posts its officers hold. */
export interface AgencyProfile {
  fields: EnforcementField[];
  posts: string[];
  course: string;
}

const PROFILES: [RegExp, AgencyProfile][] = [
  [
    /市场监督/,
    {
      fields: ['market', 'health'],
      posts: [
        '执法稽查局队员',
        '市场监管所所长',
        '市场监管所科员',
        '执法稽查科科长',
        '食品安全监管科科员',
        '特种设备安全监察科科员',
        '价格监督检查科科员',
      ],
      course: '市场监管综合执法实务',
    },
  ],
  [
    /生态环境/,
    {
      fields: ['environment'],
      posts: [
        '生态环境综合执法支队队员',
        '执法大队大队长',
        '环境监察科科员',
        '执法支队副支队长',
        '执法大队队员',
      ],
      course: '生态环境执法与固定证据',
    },
  ],
  [
    /交通运输/,
    {
      fields: ['transport'],
      posts: ['交通运输综合行政执法支队队员', '路政执法大队队员', '运政执法科科长', '执法大队中队长'],
      course: '交通运输综合执法实务',
    },
  ],
  [
    /应急管理/,
    {
      fields: ['emergency'],
      posts: ['应急管理综合行政执法队队员', '安全生产执法科科长', '执法监察科科员', '执法大队队员'],
      course: '安全生产行政执法实务',
    },
  ],
  [
    /城市管理|综合行政执法局/,
    {
      fields: ['urban', 'housing'],
      posts: ['城管执法大队队员', '执法中队中队长', '市容环境执法科科员', '违法建设查处科科员'],
      course: '城市管理综合执法实务',
    },
  ],
  [
    /办事处|街道|乡|镇/,
    {
      fields: ['urban', 'other'],
      posts: ['综合行政执法队队员', '综合行政执法队队长', '村镇建设执法员'],
      course: '乡镇(街道)综合行政执法实务',
    },
  ],
];

/** The profile of an agency by its name; a generic one when nothing matches. */
export function profileOf(name: string): AgencyProfile {
  return (
    PROFILES.find(([pattern]) => pattern.test(name))?.[1] ?? {
      fields: ['other'],
      posts: ['执法大队队员', '执法科科员'],
      course: '行政执法实务',
    }
  );
}

/** Posts of legal reviewers (法制审核人员). */
export const REVIEWER_POSTS = ['法制科科员', '法制审核科科长', '法规科科员', '政策法规科副科长'];

/** Posts of supervision staff at justice bureaus. */
export const SUPERVISION_POSTS = [
  '执法监督科科长',
  '执法监督科科员',
  '行政执法协调监督科副科长',
  '行政执法监督局一级主任科员',
];

/** Courses everyone takes, beside the agency's own. */
export const COMMON_COURSES = [
  '《行政处罚法》专题培训',
  '行政执法“三项制度”实务培训',
  '《行政执法监督条例》解读',
  '行政执法文书制作规范',
  '执法全过程记录与音像取证',
  '涉企行政检查规范化培训',
  '行政复议与行政诉讼案例研讨',
];

/** Who runs the courses. */
export const PROVIDERS = ['辽宁省司法厅', '辽宁省行政执法人员网络培训平台', '辽宁省委党校(辽宁行政学院)'];

/** A small, seeded generator (mulberry32), so the demo is the same on every fresh start. */
export function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

export type Rng = ReturnType<typeof random>;

/** Years after a date (same month and day; 29 Feb becomes 1 Mar). */
export function plusYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/** The later of two dates. */
export const laterOf = (a: string, b: string) => (a > b ? a : b);

export function dateBetween(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, toDayNumber(to) - toDayNumber(from))));
}

export interface Person {
  name: string;
  idNumber: string;
  birth: string;
  phone: string;
}

export function person(
  rng: Rng,
  today: string,
  cityPrefix: string,
  used: Set<string>,
  minAge: number,
): Person {
  const male = rng.chance(0.62);
  const chars = male ? MALE_CHARS : FEMALE_CHARS;
  const name = rng.pick(SURNAMES) + rng.pick(chars) + (rng.chance(0.6) ? rng.pick(chars) : '');
  const local = LIAONING_COUNTIES.filter((c) => c.startsWith(cityPrefix));
  const birth = dateBetween(rng, plusYears(today, -58), plusYears(today, -minAge));
  for (;;) {
    const region = local.length && rng.chance(0.7) ? rng.pick(local) : rng.pick(LIAONING_COUNTIES);
    const seq = rng.int(0, 499) * 2 + (male ? 1 : 0);
    const idNumber = makeResidentId(`${region}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`);
    if (used.has(idNumber)) continue;
    used.add(idNumber);
    const phone = `${rng.pick(['139', '138', '137', '135', '150', '151', '158', '186', '189'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    return { name, idNumber, birth, phone };
  }
}
