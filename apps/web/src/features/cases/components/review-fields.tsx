import { REVIEW_OPINIONS } from '@jiandu/contracts/case-labels';
import { Col, Form, Radio, Row, Select } from 'antd';
import { useLegalReviewers } from '../api/use-legal-reviewers.ts';
import { opinionLabel } from '../labels.ts';
import { t } from '../locale-handling.ts';

/** 法制审核: one of the agency's legal reviewers (by certificate number) and the opinion given. */
export function ReviewFields({ agencyId }: { agencyId: string }) {
  const reviewers = useLegalReviewers(agencyId);
  return (
    <Row gutter={16}>
      <Col xs={24} md={14}>
        <Form.Item
          name="reviewer"
          label={t('reviewer')}
          rules={[{ required: true, message: t('reviewerRequired') }]}
        >
          <Select
            loading={reviewers.isFetching}
            notFoundContent={reviewers.isFetching ? undefined : t('noReviewers')}
            showSearch={{ optionFilterProp: 'label' }}
            options={(reviewers.data ?? []).map((r) => ({ value: r.number, label: `${r.name} ${r.number}` }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item
          name="opinion"
          label={t('opinion')}
          rules={[{ required: true, message: t('opinionRequired') }]}
        >
          <Radio.Group options={REVIEW_OPINIONS.map((o) => ({ value: o, label: opinionLabel(o) }))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
