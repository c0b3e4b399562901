import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { problemText } from '../../../lib/problem.ts';
import { type ExamResult, useExams } from '../api/use-exams.ts';
import { examLabel } from '../labels.ts';
import { t } from '../locale-detail.ts';
import { ExamModal } from './exam-modal.tsx';

/** An officer's law exam results, newest first, and adding one. */
export function ExamsPanel({ officerId, canWrite }: { officerId: string; canWrite: boolean }) {
  const exams = useExams(officerId);
  const [adding, setAdding] = useState(false);
  if (exams.error) return <Alert type="error" showIcon title={problemText(exams.error)} />;
  const rows = [...(exams.data ?? [])].sort((a, b) => b.takenOn.localeCompare(a.takenOn));
  return (
    <div>
      {canWrite ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('addExam')}
          </Button>
        </Flex>
      ) : null}
      <Table<ExamResult>
        rowKey="id"
        size="small"
        loading={exams.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('noExams') }}
        scroll={{ x: 560 }}
        columns={[
          {
            title: t('examSubject'),
            dataIndex: 'subject',
            width: 130,
            render: (s: ExamResult['subject']) => examLabel(s),
          },
          { title: t('examTitle'), dataIndex: 'title' },
          { title: t('takenOn'), dataIndex: 'takenOn', width: 110 },
          { title: t('score'), dataIndex: 'score', width: 70, align: 'right' },
          {
            title: t('result'),
            dataIndex: 'passed',
            width: 90,
            render: (p: boolean) =>
              p ? <Tag color="green">{t('passed')}</Tag> : <Tag color="red">{t('failed')}</Tag>,
          },
        ]}
      />
      {adding ? <ExamModal officerId={officerId} onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
