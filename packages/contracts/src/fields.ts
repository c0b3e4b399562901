/**
 * Enforcement fields (执法领域), shared by agency qualifications, officers, certificates and later the
 * item catalogue, so one code means one field everywhere.
 */
export const ENFORCEMENT_FIELDS = {
  market: '市场监管',
  environment: '生态环境',
  transport: '交通运输',
  emergency: '应急管理',
  urban: '城市管理',
  culture: '文化市场',
  agriculture: '农业农村',
  natural_resources: '自然资源',
  health: '卫生健康',
  water: '水利',
  housing: '住房和城乡建设',
  public_security: '公安',
  fire: '消防救援',
  tax: '税务',
  human_resources: '人力资源社会保障',
  education: '教育',
  civil_affairs: '民政',
  forestry: '林业和草原',
  supervision: '行政执法监督',
  other: '其他',
} as const;

/** An enforcement field code. */
export type EnforcementField = keyof typeof ENFORCEMENT_FIELDS;

/** Every field code, in catalogue order. */
export const ENFORCEMENT_FIELD_CODES = Object.keys(ENFORCEMENT_FIELDS) as [
  EnforcementField,
  ...EnforcementField[],
];

/** The field code of a Chinese label or code, for imports; undefined when unknown. */
export function fieldFromLabel(value: string): EnforcementField | undefined {
  const v = value.trim();
  if (v in ENFORCEMENT_FIELDS) return v as EnforcementField;
  return ENFORCEMENT_FIELD_CODES.find((code) => ENFORCEMENT_FIELDS[code] === v);
}
