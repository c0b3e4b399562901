/**
 * Every permission in Jiandu, as `module.action`, with its Chinese label. The server checks them on
 * routes; the web shows menus by them. Later modules add their own lines here.
 */
export const PERMISSIONS = {
  'org.read': '查看组织机构',
  'org.write': '管理组织机构',
  'user.read': '查看用户',
  'user.write': '管理用户账号',
  'role.read': '查看角色与权限',
  'role.write': '管理角色与权限',
  'role.assign': '为用户分配角色与数据范围',
  'policy.read': '查看安全策略',
  'policy.write': '修改安全策略',
  'audit.read': '查阅审计日志',
  'audit.export': '导出审计日志',
  'source.read': '查看数据来源系统',
  'source.write': '管理数据来源系统与令牌',
  'calendar.write': '导入节假日安排',
  'job.read': '查看后台任务',
  'pii.read': '查看未脱敏的个人信息',
  'agency.read': '查看执法主体资格',
  'agency.write': '填报执法主体资格 (起草、提交)',
  'agency.confirm': '确认、公告、撤销执法主体资格',
  'officer.read': '查看执法人员、证件与培训',
  'officer.write': '管理执法人员、培训与考试, 导入导出',
  'certificate.manage': '发放与变更执法证、监督证 (暂扣、吊销、注销)',
  'pool.read': '查看特邀监督员、专家库与人才库',
  'pool.write': '管理特邀监督员、专家库与人才库',
  'equipment.read': '查看制式服装、标志与装备',
  'equipment.write': '登记制式服装、标志与装备的发放与收回',
  'item.read': '查看执法事项目录与裁量基准',
  'item.write': '编制执法事项与裁量基准 (起草、提交、导入)',
  'item.publish': '审核、发布、取消执法事项与裁量基准',
  'case.read': '查看执法案件、全过程记录与期限',
  'case.write': '在平台办理执法案件 (立案、记录各环节、上传证据)',
  'case.publish': '公示与撤下行政执法决定',
  'publicity.configure': '设置行政执法决定的公示期限',
  'warning.read': '查看监督预警与预警规则',
  'warning.handle': '处理监督预警 (确认、排除)',
  'warning.contest': '对本机关的监督预警提出异议',
  'rule.configure': '按地区、执法领域设置预警规则参数',
  'matter.read': '查看监督事项、监督文书与整改情况',
  'matter.handle': '办理监督事项 (立案、调查、制发监督文书、核查整改、办结)',
  'matter.respond': '签收本机关的监督文书, 报送整改方案与整改报告, 提出异议',
  'plan.manage': '制定年度监督计划与专项监督方案',
  'review.read': '查看案卷评查批次与评查结果',
  'review.manage': '组织案卷评查 (评查标准、抽取案卷、分配评查人员、汇总结果)',
  'review.score': '作为评查人员对分配的案卷评分',
  'review.respond': '查看本机关的评查结果并反馈意见',
  'referral.read': '查看线索移送 (纪检监察、公安、检察) 及其回执与反馈',
  'referral.manage': '办理线索移送 (起草、提交、移送、登记回执与反馈、办结)',
  'referral.approve': '作为机关负责人审批线索移送 (批准或不予批准)',
  'complaint.read': '查看投诉举报 (身份信息按权限与保密要求隐藏)',
  'complaint.handle': '办理投诉举报 (登记、受理、不予受理、转办、答复、申请延期、办结)',
  'complaint.approve': '审批投诉举报的延期办理',
  'complaint.identity': '查看投诉举报人的姓名、电话与身份证号',
} as const;

/** A permission code. */
export type Permission = keyof typeof PERMISSIONS;

/** Every permission code, in catalogue order. */
export const PERMISSION_CODES = Object.keys(PERMISSIONS) as Permission[];

/** The three administrators of 等保 (三员): system, security and audit. No account holds two. */
export const ADMIN_KINDS = ['system', 'security', 'audit'] as const;
export type AdminKind = (typeof ADMIN_KINDS)[number];

/**
 * What each administrator may do. None of them holds business permissions or personal data, and
 * none can read another's area: the system administrator cannot read the audit trail or change
 * security policy, the security administrator cannot create accounts, the audit administrator only reads.
 */
export const ADMIN_PERMISSIONS: Record<AdminKind, readonly Permission[]> = {
  system: [
    'org.read',
    'org.write',
    'user.read',
    'user.write',
    'source.read',
    'source.write',
    'calendar.write',
    'job.read',
  ],
  // The org tree is the map data scopes are drawn on, so the security administrator reads it.
  security: [
    'org.read',
    'user.read',
    'role.read',
    'role.write',
    'role.assign',
    'policy.read',
    'policy.write',
  ],
  audit: ['audit.read', 'audit.export'],
};

/** Permissions only the administrators may hold; business roles cannot include them. */
export const ADMIN_ONLY_PERMISSIONS: readonly Permission[] = [
  'user.write',
  'role.write',
  'role.assign',
  'policy.write',
  'audit.read',
  'audit.export',
  'source.write',
  'calendar.write',
];

/** How far a role assignment reaches in the org tree. */
export const SCOPE_KINDS = ['own_org', 'org_subtree', 'region_subtree', 'all'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** Chinese labels of the scope kinds. */
export const SCOPE_LABELS: Record<ScopeKind, string> = {
  own_org: '本单位',
  org_subtree: '本单位及下级单位',
  region_subtree: '指定行政区划及下级',
  all: '全部',
};
