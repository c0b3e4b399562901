import type { Services } from '../context.ts';
import { demoActor } from './demo-actor.ts';
import {
  ACTIVITIES,
  idNumber,
  PARTICIPATION_DATES,
  REGION_OF,
  SUPERVISORS,
  TERM,
} from './people-demo-data.ts';
import { CONFLICTS, EXPERTS, TALENTS } from './people-demo-pools.ts';

/**
 * The supervision people of the Liaoning demo: invited supervisors of the province, Shenyang and
 * Dalian (third term, 2024–2028; one term ended early, one dismissed) with their 2025–2026
 * participation, an expert pool across fields with conflicts, and a talent pool.
 */
export async function seedPeopleDemo(
  services: Services,
  orgIds: Map<string, string>,
  onProgress: (line: string) => void = () => {},
): Promise<void> {
  const actor = demoActor();
  const org = (key: string) => {
    const id = orgIds.get(key);
    if (!id) throw new Error(`演示单位不存在: ${key}`);
    return id;
  };
  const limits = services.invitedSupervisors.ageLimits;
  await limits.set(actor, '210000', { minAge: 18, maxAge: 60 });
  await limits.set(actor, '210200', { minAge: 18, maxAge: 65 });

  const ids: string[] = [];
  let participations = 0;
  for (const [index, [key, name, birth, seq, category, employer, title, phone]] of SUPERVISORS.entries()) {
    const supervisor = await services.invitedSupervisors.create(actor, {
      orgId: org(key),
      name,
      idNumber: idNumber(REGION_OF[key]!, birth, seq),
      phone,
      category,
      employer,
      title,
      ...TERM,
      appointmentNumber: `${{ province: '辽', shenyang: '沈', dalian: '连' }[key]}司特监〔2024〕${String(index + 1).padStart(3, '0')}号`,
    });
    ids.push(supervisor.id);
    const endedOn = name === '李春燕' ? '2025-06-30' : name === '马建军' ? '2025-09-15' : null;
    const count = 3 + (index % 5);
    for (let n = 0; n < count; n++) {
      const date = PARTICIPATION_DATES[(index + n * 2) % PARTICIPATION_DATES.length]!;
      if (endedOn && date > endedOn) continue;
      const [kind, description, hours] = ACTIVITIES[(index + n) % ACTIVITIES.length]!;
      await services.invitedSupervisors.participations.add(actor, supervisor.id, {
        date,
        kind,
        description,
        hours: n % 3 === 2 ? null : hours,
      });
      participations += 1;
    }
    if (name === '李春燕')
      await services.invitedSupervisors.changeStatus(actor, supervisor.id, {
        status: 'ended',
        effectiveDate: '2025-06-30',
        reason: '本人因工作调动申请辞去特邀行政执法监督员职务, 经研究同意',
      });
    if (name === '马建军')
      await services.invitedSupervisors.changeStatus(actor, supervisor.id, {
        status: 'dismissed',
        effectiveDate: '2025-09-15',
        reason: '连续两次无正当理由不参加监督活动, 经局务会研究决定解聘',
      });
  }
  onProgress(`  特邀行政执法监督员: ${ids.length} 人, 履职记录 ${participations} 条`);

  const expertIds = new Map<string, string>();
  for (const [index, [key, name, employer, title, fields, specialty, availability]] of EXPERTS.entries()) {
    const expert = await services.expertPool.create(actor, {
      orgId: org(key),
      name,
      idNumber:
        index % 3 === 0
          ? idNumber('210104', `19${62 + (index % 30)}0${1 + (index % 9)}1${index % 10}`, 300 + index)
          : null,
      phone: `139${String(40_000_000 + index * 7_919_311).slice(0, 8)}`,
      employer,
      title,
      fields,
      specialty,
      availability,
      busyUntil: availability === 'busy' ? '2027-03-31' : null,
    });
    expertIds.set(name, expert.id);
  }
  for (const [name, orgKey, reason, since] of CONFLICTS)
    await services.expertPool.addConflict(actor, expertIds.get(name)!, { orgId: org(orgKey), reason, since });
  onProgress(`  专家库: ${EXPERTS.length} 人, 回避登记 ${CONFLICTS.length} 条`);

  for (const [key, name, fields, skills, source, level, entryDate] of TALENTS)
    await services.talentPool.create(actor, {
      orgId: org(key),
      name,
      fields,
      skills,
      source,
      level,
      entryDate,
      status: name === '褚丽娜' ? 'withdrawn' : 'active',
      note: name === '褚丽娜' ? '2026年调离执法岗位, 退出人才库' : null,
    });
  onProgress(`  人才库: ${TALENTS.length} 人`);
}
