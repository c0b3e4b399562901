import { CREDIT_CODE_CHARSET } from '@jiandu/contracts/codes';
import { dayNumber, isoDay } from './days.ts';
import type { Random } from './random.ts';
import type { County } from './regions.ts';

/*
 * People and businesses of Liaoning: names with surnames as frequent as in the Northeast, resident
 * ID numbers with real county codes and valid check digits, company and 个体工商户 names in the
 * local style, and 统一社会信用代码 whose inner 组织机构代码 and final character are both valid.
 */

/** Surnames; the common ones repeated so they come up about as often as in life. */
const SURNAMES: readonly string[] = [
  ...'王李张刘'.repeat(8),
  ...'陈杨赵黄周吴'.repeat(4),
  ...'徐孙马朱胡郭何高林罗于'.repeat(2),
  ...'郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟秦邱江尹薛闫段侯史郝邵钱武戴孔常康牛葛邢齐乔庞鲁岳翟关耿佟曲隋栾鞠丛宫迟谷盖毕单初修那',
  '欧阳',
  '司马',
];
const MALE = [
  ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊旭宁龙林峰东海亮成志建国振庆博文学春立福德永广兴晓新利清胜铭瑞晨嘉天毅昊阳松柏',
];
const FEMALE = [...'芳娜敏静丽艳娟霞燕玲婷雪慧颖琳倩洁欣晶佳悦蕾梅红丹萍莉璐薇楠露瑶璇怡琪月彤冰岩秀英华兰'];
const BRANDS = (
  '鑫达 恒通 宏远 华泰 金源 盛世 兴隆 永泰 东方 北方 天成 瑞丰 富民 嘉禾 鼎盛 百川 海联 辽通 福源 广源 ' +
  '安泰 润泽 众鑫 长青 星海 金石 凯旋 德润 利民 佳和 亿丰 顺达 宏达 兴业 通达 聚鑫 恒昌 泰和 祥瑞 弘毅 ' +
  '锦程 新华 昌盛 宝利 中顺 诚信 汇通 益民 久安 鹏程 天润 金桥 远航 盛达 万隆 隆基 华兴 金海 银河 北辰'
).split(' ');

const BIRTH_FIRST = dayNumber('1950-01-01');
const BIRTH_LAST = dayNumber('2006-12-31');

/** A person's name: a surname and one or two given-name characters of the gender. */
export function personName(rng: Random, male: boolean): string {
  const chars = male ? MALE : FEMALE;
  const given = rng.chance(0.72) ? rng.pick(chars) + rng.pick(chars) : rng.pick(chars);
  return rng.pick(SURNAMES) + given;
}

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_CHECK = '10X98765432';

/** A 居民身份证号 born in a county on a day (YYYY-MM-DD), odd sequence digit for men (GB 11643 check digit). */
export function residentId(rng: Random, countyCode: string, birthDate: string, male: boolean): string {
  const sequence = rng.int(0, 99);
  const gender = rng.int(0, 4) * 2 + (male ? 1 : 0);
  const first17 =
    countyCode +
    birthDate.slice(0, 4) +
    birthDate.slice(5, 7) +
    birthDate.slice(8, 10) +
    (sequence < 10 ? `0${sequence}` : sequence) +
    gender;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * RESIDENT_WEIGHTS[i]!;
  return first17 + RESIDENT_CHECK[sum % 11];
}

/** A birth date between 1950 and 2006 (every party is an adult on the cases' dates). */
export function birthDate(rng: Random): string {
  return isoDay(rng.int(BIRTH_FIRST, BIRTH_LAST));
}

const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
/** Value of each credit-code character inside a 组织机构代码: digits as themselves, letters A–Z as 10–35. */
const ORG_VALUES = [...CREDIT_CODE_CHARSET].map((c) => Number.parseInt(c, 36));
const M = CREDIT_CODE_CHARSET.indexOf('M');
const A = CREDIT_CODE_CHARSET.indexOf('A');
const B = CREDIT_CODE_CHARSET.indexOf('B');

/**
 * A valid 统一社会信用代码 (GB 32100): registration authority and type (`91` 企业, `92` 个体工商户,
 * `93` 合作社, `11` 机关), the region, a 组织机构代码 (GB 11714: new style `MA…`/`MB…` or an old
 * 8-digit one) with its own check character, and the final check character. Computed here rather
 * than with contracts' makeCreditCode because a million records make thousands of them a second.
 */
export function creditCode(
  rng: Random,
  authorityAndType: '91' | '92' | '93' | '11',
  regionCode: string,
): string {
  const modern = authorityAndType === '11' || rng.chance(0.75);
  const body: number[] = [];
  if (modern) body.push(M, authorityAndType === '11' ? B : A);
  while (body.length < 8) body.push(modern ? rng.int(0, 30) : rng.int(body.length === 0 ? 1 : 0, 9));
  let orgSum = 0;
  for (let i = 0; i < 8; i++) orgSum += ORG_VALUES[body[i]!]! * ORG_WEIGHTS[i]!;
  const orgCheck = 11 - (orgSum % 11);
  body.push(orgCheck === 10 ? CREDIT_CODE_CHARSET.indexOf('X') : orgCheck === 11 ? 0 : orgCheck);
  const head = authorityAndType + regionCode;
  let sum = 0;
  let text = head;
  for (let i = 0; i < 8; i++) sum += (head.charCodeAt(i) - 48) * CREDIT_WEIGHTS[i]!;
  for (let i = 0; i < 9; i++) {
    sum += body[i]! * CREDIT_WEIGHTS[i + 8]!;
    text += CREDIT_CODE_CHARSET[body[i]!];
  }
  return text + CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** A company name: "沈阳市和平区鑫达餐饮有限公司", "大连恒通物流有限公司". */
export function companyName(rng: Random, county: County, industry: string): string {
  const brand = rng.pick(BRANDS);
  const form = rng.chance(0.85) ? '有限公司' : rng.chance(0.7) ? '有限责任公司' : '股份有限公司';
  const place = rng.chance(0.55) ? county.city.name + county.name : county.city.short;
  return place + brand + industry + form;
}

/** A 个体工商户 name: "和平区王记小吃店", "铁西区鑫达超市". */
export function soleTraderName(rng: Random, county: County, shop: string): string {
  const owner = rng.chance(0.6) ? `${rng.pick(SURNAMES)}记` : rng.pick(BRANDS);
  return county.name + owner + shop;
}
