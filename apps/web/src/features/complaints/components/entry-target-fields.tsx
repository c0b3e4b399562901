import { ComplaintTargetSchema } from '@jiandu/contracts/complaints';
import { Col, Form, Input, Row } from 'antd';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { RegionSelect } from '../../../components/region-select/region-select.tsx';
import { schemaRule } from '../../../lib/form-errors.ts';
import { t } from '../locale-entry.ts';

const shape = ComplaintTargetSchema.shape;

/**
 * Whom the complaint is about: an agency on the platform (its region becomes the place), or an
 * agency, officer or case named in the complainant's words; and where it happened.
 */
export function EntryTargetFields() {
  const form = Form.useFormInstance();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['target', 'agencyId']} label={t('agency')} extra={t('agencyHint')}>
            <OrgSelect
              kind="agency"
              allowClear
              style={{ width: '100%' }}
              onPickOrg={(org) => {
                if (org) form.setFieldValue('regionCode', org.regionCode);
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['target', 'agencyName']}
            label={t('agencyName')}
            rules={[schemaRule(shape.agencyName.unwrap())]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item
            name={['target', 'officerName']}
            label={t('officerName')}
            rules={[schemaRule(shape.officerName.unwrap())]}
          >
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={['target', 'caseNumber']}
            label={t('caseNumber')}
            rules={[schemaRule(shape.caseNumber.unwrap())]}
          >
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="regionCode"
            label={t('region')}
            rules={[{ required: true, message: t('regionRequired') }]}
          >
            <RegionSelect style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
