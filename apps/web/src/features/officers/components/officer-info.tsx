import type { Officer } from '@jiandu/contracts/officers';
import { Descriptions, Flex, Image, Tag, Typography } from 'antd';
import { fieldLabel } from '../../../lib/enforcement-fields.ts';
import { formatTime } from '../format.ts';
import { genderLabel, staffKindLabel } from '../labels.ts';
import { t } from '../locale-detail.ts';

const mono = { fontFamily: 'monospace' } as const;

/** An officer's basic information; the ID number and phone as the server gives them (masked without pii.read). */
export function OfficerInfo({ officer }: { officer: Officer }) {
  const yesNo = (v: boolean) => (v ? t('yes') : t('no'));
  return (
    <Flex gap={24} wrap align="flex-start">
      {officer.hasPhoto ? (
        <Image
          src={`/api/officers/${encodeURIComponent(officer.id)}/photo`}
          alt={t('photoOf', { name: officer.name })}
          width={120}
          style={{ borderRadius: 4, border: '1px solid #eee' }}
        />
      ) : null}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ flex: 1, minWidth: 280 }}
        items={[
          { key: 'org', label: t('org'), children: officer.orgName },
          { key: 'post', label: t('post'), children: officer.post },
          { key: 'staffKind', label: t('staffKind'), children: staffKindLabel(officer.staffKind) },
          { key: 'gender', label: t('gender'), children: genderLabel(officer.gender) },
          { key: 'birth', label: t('birthDate'), children: officer.birthDate },
          { key: 'id', label: t('idNumber'), children: <span style={mono}>{officer.idNumber}</span> },
          { key: 'phone', label: t('phone'), children: <span style={mono}>{officer.phone ?? '—'}</span> },
          { key: 'lq', label: t('legalQualification'), children: yesNo(officer.legalQualification) },
          { key: 'lr', label: t('legalReviewerLong'), children: yesNo(officer.legalReviewer) },
          {
            key: 'fields',
            label: t('fields'),
            span: 'filled',
            children: officer.fields.map((f) => <Tag key={f}>{fieldLabel(f)}</Tag>),
          },
          {
            key: 'photo',
            label: t('photo'),
            children: officer.hasPhoto
              ? officer.photoPublic
                ? t('photoIsPublic')
                : t('photoNotPublic')
              : t('noPhoto'),
          },
          {
            key: 'updated',
            label: t('updatedAt'),
            children: <Typography.Text type="secondary">{formatTime(officer.updatedAt)}</Typography.Text>,
          },
        ]}
      />
    </Flex>
  );
}
