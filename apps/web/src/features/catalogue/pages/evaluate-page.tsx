import { Alert, Card, Col, Empty, Form, Row } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useEvaluate } from '../api/use-evaluate.ts';
import {
  EVALUATE_FIELDS,
  EvaluateForm,
  type EvaluateValues,
  initialValues,
  toRequest,
} from '../components/evaluate-form.tsx';
import { EvaluateResultView } from '../components/evaluate-result.tsx';
import { t } from '../locale-evaluate.ts';

/**
 * 裁量计算: what the discretion benchmark allows for a case — the fine range and penalty types by
 * the version in force on the act's date, or the lighter later one (从旧兼从轻).
 */
export default function EvaluatePage() {
  const [search] = useSearchParams();
  const [form] = Form.useForm<EvaluateValues>();
  const [initial] = useState(() => initialValues(search));
  const evaluate = useEvaluate();
  const agencyId = search.get('agencyId');
  const agencyName = search.get('agencyName');
  const onFinish = (v: EvaluateValues) =>
    evaluate.mutate(toRequest(v), {
      onError: (e) => applyFieldErrors(form, e, EVALUATE_FIELDS),
    });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={9}>
        <Card title={t('title')}>
          <EvaluateForm
            form={form}
            initial={initial}
            knownAgency={agencyId && agencyName ? { value: agencyId, label: agencyName } : null}
            pending={evaluate.isPending}
            onFinish={onFinish}
          />
        </Card>
      </Col>
      <Col xs={24} xl={15}>
        <Card title={t('result')}>
          {evaluate.error ? (
            <Alert type="error" showIcon title={t('failed')} description={problemText(evaluate.error)} />
          ) : evaluate.data ? (
            <EvaluateResultView result={evaluate.data} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noResult')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
