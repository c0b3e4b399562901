import type { RuleParameterOverride } from '@jiandu/contracts/warnings';
import { Typography } from 'antd';
import { fieldLabel } from '../../../lib/enforcement-fields.ts';
import { useRegion } from '../api/use-region.ts';
import { t } from '../locale-rules.ts';

/** Where a setting applies: the region's full name (or all regions) and the field (or all fields). */
export function OverrideScope({
  override,
}: {
  override: Pick<RuleParameterOverride, 'regionCode' | 'field'>;
}) {
  const region = useRegion(override.regionCode);
  const regionText = override.regionCode ? (region.data?.fullName ?? override.regionCode) : t('allRegions');
  return (
    <span>
      {regionText}
      <Typography.Text type="secondary">
        {' '}
        · {override.field ? fieldLabel(override.field) : t('allFields')}
      </Typography.Text>
    </span>
  );
}
