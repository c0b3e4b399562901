import { DownloadOutlined } from '@ant-design/icons';
import type { ImportResult } from '@jiandu/contracts/orgs';
import { Alert, Button, Card, Col, Row, Statistic, Table } from 'antd';
import { errorReportCsv, saveTextFile } from './error-report.ts';
import { t } from './locale.ts';

/** The words of an import's result that name what was imported. */
export interface ImportResultLabels {
  /** The label of the "created" count. */
  created: string;
  /** The error report's file name, without `.csv`. */
  reportName: string;
}

interface Props {
  result: ImportResult;
  labels: ImportResultLabels;
}

/** What an import did: the counts, and each rejected row with its reasons and a CSV to take away. */
export function ImportResultView({ result, labels }: Props) {
  const counts = [
    { key: 'received', label: t('received'), value: result.received },
    { key: 'created', label: labels.created, value: result.created },
    { key: 'updated', label: t('updatedCount'), value: result.updated },
    { key: 'rejected', label: t('rejectedCount'), value: result.rejected },
  ];
  const saveReport = () =>
    saveTextFile(
      `${labels.reportName}.csv`,
      errorReportCsv(result.errors, [t('row'), t('reason')]),
      'text/csv;charset=utf-8',
    );
  return (
    <div data-testid="import-result">
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {counts.map((c) => (
          <Col key={c.key} xs={12} sm={6}>
            <Card size="small">
              <Statistic
                title={c.label}
                value={c.value}
                styles={{ content: c.key === 'rejected' && c.value > 0 ? { color: '#cf1322' } : {} }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {result.errors.length === 0 ? (
        <Alert type="success" showIcon title={t('importAllGood')} />
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('importSomeBad')}
            action={
              <Button size="small" icon={<DownloadOutlined aria-hidden />} onClick={saveReport}>
                {t('downloadErrors')}
              </Button>
            }
            style={{ marginBottom: 12, flexWrap: 'wrap', rowGap: 8 }}
          />
          <Table
            rowKey="row"
            size="small"
            dataSource={result.errors}
            pagination={result.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            columns={[
              { title: t('row'), dataIndex: 'row', width: 72 },
              {
                title: t('reason'),
                dataIndex: 'messages',
                render: (messages: string[]) =>
                  messages.map((m) => (
                    <div key={m} style={{ wordBreak: 'break-word' }}>
                      {m}
                    </div>
                  )),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
