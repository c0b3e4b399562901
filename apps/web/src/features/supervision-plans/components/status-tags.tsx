import type { PlanStatus, TaskStatus } from '@jiandu/contracts/supervision-plans';
import { Tag } from 'antd';
import { PLAN_STATUS_COLOURS, planStatusLabel, TASK_STATUS_COLOURS, taskStatusLabel } from '../labels.ts';

/** A plan's stage as a coloured tag (起草中, 已印发, 已中期检查, 已年终总结). */
export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return (
    <Tag color={PLAN_STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {planStatusLabel(status)}
    </Tag>
  );
}

/** A task's status as a coloured tag (未开始, 进行中, 已完成, 已取消). */
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  return (
    <Tag color={TASK_STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {taskStatusLabel(status)}
    </Tag>
  );
}
