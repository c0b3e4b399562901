import type { EquipmentCategory } from '@jiandu/contracts/equipment';
import type { Services } from '../context.ts';
import { demoActor } from './demo-actor.ts';

type Item = [
  category: EquipmentCategory,
  itemName: string,
  specification: string,
  quantity: number,
  issuedOn: string,
];

/** What each officer on duty was issued (制式服装 and 标志). */
const PER_OFFICER: Item[] = [
  ['uniform', '春秋执勤服', '2024式 藏青色', 2, '2024-04-15'],
  ['uniform', '夏季执勤服', '2024式 短袖', 2, '2025-05-20'],
  ['uniform', '冬季执勤服', '2020式 棉服', 1, '2023-10-20'],
  ['insignia', '臂章', '综合行政执法臂章', 2, '2024-04-15'],
];

/** Team equipment issued to the agency itself. */
const PER_AGENCY: [...Item, note: string | null][] = [
  ['equipment', '执法记录仪', 'DSJ-YZ2 4G 1080P', 4, '2024-03-15', '执法一队'],
  ['equipment', '执法记录仪', 'DSJ-YZ2 4G 1080P', 3, '2024-03-15', '执法二队'],
  ['equipment', '移动执法终端', '三防手持终端 (含蓝牙打印机)', 3, '2025-05-10', '执法一队、二队共用'],
  ['equipment', '对讲机', 'GP-328 模拟对讲机', 6, '2023-08-21', null],
  ['insignia', '车辆执法标识', '执法车辆喷涂标识', 2, '2023-08-21', '执法车 2 台'],
];

/**
 * The equipment register of the demo: every agency's team equipment (执法记录仪 per team, terminals,
 * radios) and, for each officer on duty, uniforms and insignia; agencies without officers yet get
 * their uniforms as a bulk issue. A few returns: a broken body camera, old radios replaced, worn
 * winter uniforms taken back. Run after the officers seed so officers get their own rows.
 */
export async function seedEquipmentDemo(
  services: Services,
  orgIds: Map<string, string>,
  onProgress: (line: string) => void = () => {},
): Promise<void> {
  const actor = demoActor();
  let issues = 0;
  let returns = 0;
  let agencyIndex = 0;
  for (const orgId of orgIds.values()) {
    const org = await services.orgs.findById(orgId);
    if (org?.kind !== 'agency') continue;
    agencyIndex += 1;
    for (const [category, itemName, specification, quantity, issuedOn, note] of PER_AGENCY) {
      const issue = await services.equipment.issue(actor, {
        orgId,
        category,
        itemName,
        specification,
        quantity,
        issuedOn,
        note,
      });
      issues += 1;
      if (itemName === '执法记录仪' && note === '执法一队' && agencyIndex % 3 === 0) {
        await services.equipment.recordReturn(actor, issue.id, {
          returnedOn: '2026-03-10',
          quantity: 1,
          note: '设备故障, 返厂维修',
        });
        returns += 1;
      }
      if (itemName === '对讲机' && agencyIndex % 4 === 1) {
        await services.equipment.recordReturn(actor, issue.id, {
          returnedOn: '2026-06-30',
          quantity,
          note: '更换数字对讲机, 旧机型收回',
        });
        await services.equipment.issue(actor, {
          orgId,
          category,
          itemName,
          specification: 'PD-680 数字对讲机',
          quantity,
          issuedOn: '2026-07-01',
          note: '替换旧模拟机型',
        });
        issues += 1;
        returns += 1;
      }
    }
    const officers = await services.equipment.officerOptions(actor, orgId);
    if (officers.length === 0) {
      for (const [category, itemName, specification, quantity, issuedOn] of PER_OFFICER) {
        await services.equipment.issue(actor, {
          orgId,
          category,
          itemName,
          specification,
          quantity: quantity * 12,
          issuedOn,
          note: '按编制人数统一发放, 待登记到人',
        });
        issues += 1;
      }
      continue;
    }
    for (const [index, officer] of officers.entries()) {
      for (const [category, itemName, specification, quantity, issuedOn] of PER_OFFICER) {
        const issue = await services.equipment.issue(actor, {
          orgId,
          officerId: officer.id,
          category,
          itemName,
          specification,
          quantity,
          issuedOn,
        });
        issues += 1;
        if (itemName === '冬季执勤服' && index % 5 === 2) {
          await services.equipment.recordReturn(actor, issue.id, {
            returnedOn: '2025-11-05',
            quantity: 1,
            note: '换发新式冬季执勤服, 旧服收回',
          });
          returns += 1;
        }
      }
      if (index === 0) {
        await services.equipment.issue(actor, {
          orgId,
          officerId: officer.id,
          category: 'equipment',
          itemName: '执法记录仪',
          specification: 'DSJ-YZ2 4G 1080P',
          serialNumber: `DSJ${orgId.replace(/-/g, '').slice(-6).toUpperCase()}01`,
          quantity: 1,
          issuedOn: '2025-01-06',
          note: '法制审核岗专用',
        });
        issues += 1;
      }
    }
  }
  onProgress(`  执法装备: ${agencyIndex} 个执法主体, 发放 ${issues} 条, 收回 ${returns} 条`);
}
