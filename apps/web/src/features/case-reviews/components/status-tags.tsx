import type { BatchStatus, FileState, ReviewGrade } from '@jiandu/contracts/case-review-labels';
import { Tag } from 'antd';
import { batchStatusLabel, fileStateLabel, GRADE_COLORS, gradeLabel } from '../labels.ts';

/** A file's grade, coloured; a dash while it has none. */
export function GradeTag({ grade }: { grade: ReviewGrade | null }) {
  return grade ? <Tag color={GRADE_COLORS[grade]}>{gradeLabel(grade)}</Tag> : <span>—</span>;
}

const STATE_COLORS: Record<FileState, string> = {
  unassigned: 'default',
  scoring: 'processing',
  needs_consensus: 'warning',
  scored: 'success',
};

/** Where a file stands. */
export function FileStateTag({ state }: { state: FileState }) {
  return <Tag color={STATE_COLORS[state]}>{fileStateLabel(state)}</Tag>;
}

/** Whether a batch is still being reviewed or its results are out. */
export function BatchStatusTag({ status }: { status: BatchStatus }) {
  return <Tag color={status === 'published' ? 'green' : 'blue'}>{batchStatusLabel(status)}</Tag>;
}
