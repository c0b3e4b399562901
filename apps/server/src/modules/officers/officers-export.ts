import { ENFORCEMENT_FIELDS, type EnforcementField } from '@jiandu/contracts/fields';
import {
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_TYPE_LABELS,
  type Certificate,
  GENDER_LABELS,
  type Officer,
  STAFF_KIND_LABELS,
} from '@jiandu/contracts/officers';
import type { SheetColumn } from '../../platform/files/xlsx.ts';

const fieldLabels = (fields: string[]) =>
  fields.map((f) => ENFORCEMENT_FIELDS[f as EnforcementField] ?? f).join('、');
const yesNo = (value: boolean) => (value ? '是' : '否');

/** The officer export: what the list shows, masked exactly as on screen. */
export const OFFICER_COLUMNS: SheetColumn<Officer>[] = [
  { header: '姓名', value: (o) => o.name },
  { header: '性别', width: 8, value: (o) => GENDER_LABELS[o.gender] },
  { header: '身份证号', width: 22, value: (o) => o.idNumber },
  { header: '手机号', width: 14, value: (o) => o.phone },
  { header: '单位', width: 32, value: (o) => o.orgName },
  { header: '执法岗位', width: 20, value: (o) => o.post },
  { header: '人员类别', width: 22, value: (o) => STAFF_KIND_LABELS[o.staffKind] },
  { header: '执法领域', width: 24, value: (o) => fieldLabels(o.fields) },
  { header: '法律职业资格', value: (o) => yesNo(o.legalQualification) },
  { header: '法制审核人员', value: (o) => yesNo(o.legalReviewer) },
  { header: '状态', width: 8, value: (o) => (o.status === 'active' ? '在岗' : '离岗') },
  { header: '证件编号', width: 20, value: (o) => o.certificates.map((c) => c.number).join('、') },
  {
    header: '证件状态',
    value: (o) => o.certificates.map((c) => CERTIFICATE_STATUS_LABELS[c.status]).join('、'),
  },
  { header: '有效期至', value: (o) => o.certificates.map((c) => c.expiryDate).join('、') },
  { header: '本年度培训学时', value: (o) => o.trainingHoursThisYear },
];

/** The certificate export. */
export const CERTIFICATE_COLUMNS: SheetColumn<Certificate>[] = [
  { header: '证件编号', width: 20, value: (c) => c.number },
  { header: '证件类型', width: 16, value: (c) => CERTIFICATE_TYPE_LABELS[c.type] },
  { header: '持证人', value: (c) => c.officerName },
  { header: '单位', width: 32, value: (c) => c.orgName },
  { header: '发证机关', width: 24, value: (c) => c.issuingAuthority },
  { header: '发证日期', value: (c) => c.issueDate },
  { header: '有效期至', value: (c) => c.expiryDate },
  { header: '执法领域', width: 24, value: (c) => fieldLabels(c.fields) },
  { header: '状态', width: 8, value: (c) => CERTIFICATE_STATUS_LABELS[c.status] },
];
