import { Flex, Radio, Typography } from 'antd';
import { t } from '../locale.ts';

interface Props {
  id?: string;
  value?: 'dengbao' | 'asvs';
  onChange?: (value: 'dengbao' | 'asvs') => void;
  disabled?: boolean;
}

const PROFILES = [
  { value: 'dengbao', title: 'dengbao', rules: 'dengbaoRules' },
  { value: 'asvs', title: 'asvs', rules: 'asvsRules' },
] as const;

/** The two password profiles, each with what it demands, so the choice is made knowingly. */
export function PasswordProfileField({ id, value, onChange, disabled }: Props) {
  return (
    <Radio.Group
      id={id}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange?.(e.target.value)}
      style={{ width: '100%' }}
    >
      <Flex vertical gap={8}>
        {PROFILES.map((p) => (
          <div
            key={p.value}
            style={{
              border: `1px solid ${value === p.value ? '#1f5fbf' : '#e8ebf0'}`,
              borderRadius: 4,
              padding: '8px 12px',
            }}
          >
            <Radio value={p.value} style={{ alignItems: 'flex-start' }}>
              <Typography.Text strong>{t(p.title)}</Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                {t(p.rules)}
              </Typography.Paragraph>
            </Radio>
          </div>
        ))}
      </Flex>
    </Radio.Group>
  );
}
